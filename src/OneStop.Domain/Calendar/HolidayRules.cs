using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Domain.Calendar;

public enum HolidayDateKind
{
    Solar,
    Lunar,
}

/// <summary>Whether a holiday has one more day beside it, placed each year by the government (2/9 since 2021).</summary>
public enum AdjacentDay
{
    None,
    BeforeOrAfter,
}

/// <summary>
/// One public holiday as the law states it: its date (solar, or lunar in the Vietnamese calendar), how many days, how
/// many of them come before the date (Tết), and whether an adjacent day is added.
/// </summary>
public sealed record HolidayRule(string Name, HolidayDateKind Calendar, int Month, int Day, int Days = 1, int DaysBefore = 0, AdjacentDay Adjacent = AdjacentDay.None);

/// <summary>
/// The public holidays a law sets, from the date it takes effect, with the text they come from. A day off that falls
/// on the weekly rest day gives the next working day off (the compensatory rule of the same law).
/// </summary>
public sealed record HolidayRuleSet(DateOnly EffectiveFrom, string Source, IReadOnlyList<HolidayRule> Holidays);

/// <summary>
/// The holiday rules as data (Domain/Calendar/holiday-rules.json, shipped inside the core; a host may load another file):
/// a rule set per law, each from its effective date. A year follows the set in force on its 1 January; a year before
/// the first set follows the first set (the calendar's earlier years carry no dossiers).
/// </summary>
public static class HolidayRules
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<IReadOnlyList<HolidayRuleSet>> Shipped = new(() =>
    {
        using var stream = typeof(HolidayRules).Assembly.GetManifestResourceStream("OneStop.Domain.Calendar.holiday-rules.json")
            ?? throw new InvalidOperationException("The holiday rules are not embedded in the core.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    });

    /// <summary>The rules shipped with the core.</summary>
    public static IReadOnlyList<HolidayRuleSet> Default => Shipped.Value;

    /// <exception cref="FormatException">The document is not a list of rule sets, or a rule is not usable.</exception>
    public static IReadOnlyList<HolidayRuleSet> FromJson(string json)
    {
        HolidayRuleSet[]? sets;
        try
        {
            sets = JsonSerializer.Deserialize<HolidayRuleSet[]>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The holiday rules are not valid: {e.Message}", e);
        }
        if (sets is null || sets.Length == 0)
        {
            throw new FormatException("The holiday rules are empty.");
        }
        foreach (var rule in sets.SelectMany(s => s.Holidays ?? throw new FormatException($"The rule set of {s.EffectiveFrom} lists no holidays.")))
        {
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Month is < 1 or > 12 || rule.Day is < 1 or > 31 || rule.Days < 1 || rule.DaysBefore < 0 || rule.DaysBefore >= rule.Days)
            {
                throw new FormatException($"The holiday rule '{rule.Name}' is not usable.");
            }
        }
        return [.. sets.OrderBy(s => s.EffectiveFrom)];
    }

    /// <summary>The set a year follows: the one in force on its 1 January, or the first.</summary>
    public static HolidayRuleSet ForYear(IReadOnlyList<HolidayRuleSet> sets, int year) =>
        sets.LastOrDefault(s => s.EffectiveFrom <= new DateOnly(year, 1, 1)) ?? sets[0];
}
