using System.Text.Json;

namespace OneStop.Domain.Calendar;

/// <summary>A date a government notice names, with what the notice says of it.</summary>
public sealed record NoticeDay(DateOnly Date, string Reason);

/// <summary>
/// The yearly government notice on public holidays (for example the Ministry's notice on Tết and National Day
/// for civil servants): extra days off, and days that become working days (a Saturday swapped for a bridge
/// day, or a weekday the computed compensation rule would have given off). A notice overrides the computed
/// calendar for the dates it names.
/// </summary>
public sealed record AnnualNotice(int Year, string Reference, IReadOnlyList<NoticeDay> DaysOff, IReadOnlyList<NoticeDay> WorkingDays)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads notices from their JSON form: an array of {year, reference, daysOff: [{date, reason}], workingDays: [...]}.</summary>
    public static IReadOnlyList<AnnualNotice> ListFromJson(string json)
    {
        var notices = JsonSerializer.Deserialize<AnnualNotice[]>(json, JsonOptions)
            ?? throw new FormatException("The notices document is empty.");
        foreach (var notice in notices)
        {
            var misplaced = (notice.DaysOff ?? []).Concat(notice.WorkingDays ?? []).FirstOrDefault(d => d.Date.Year != notice.Year);
            if (misplaced is not null)
            {
                throw new FormatException($"Notice {notice.Reference} for {notice.Year} names {misplaced.Date:yyyy-MM-dd}, outside its year.");
            }
        }
        return [.. notices.Select(n => n with { DaysOff = n.DaysOff ?? [], WorkingDays = n.WorkingDays ?? [] })];
    }
}
