using System.Globalization;

namespace OneStop.Domain.Reporting;

/// <summary>How a report's days are cut into the periods of its lines.</summary>
public enum PeriodUnit
{
    Week,
    Month,
}

/// <summary>A reporting period, from its start (inclusive) to its end (exclusive).</summary>
/// <param name="Label">The period as a line's code: the Monday of a week (yyyy-MM-dd) or the month (yyyy-MM).</param>
/// <param name="Name">The period as people read it.</param>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To, string Label = "", string Name = "")
{
    public ReportKey Key => new(Label, Name);

    /// <summary>The local days [<paramref name="first"/>, <paramref name="last"/>] at an offset from UTC.</summary>
    public static ReportPeriod Days(DateOnly first, DateOnly last, TimeSpan offset) =>
        new(Start(first, offset), Start(last.AddDays(1), offset), $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}", $"Từ {Day(first)} đến {Day(last)}");

    /// <summary>The instant a report on the period judges its dossiers: its last instant, or now while it runs.</summary>
    public DateTimeOffset JudgedAt(DateTimeOffset now) => now < To ? now : To.AddTicks(-1);

    /// <summary>
    /// The weeks (Monday to Sunday) or calendar months that the local days [<paramref name="first"/>, <paramref name="last"/>]
    /// touch, the first and last cut to those days.
    /// </summary>
    public static IReadOnlyList<ReportPeriod> Split(DateOnly first, DateOnly last, PeriodUnit unit, TimeSpan offset)
    {
        var periods = new List<ReportPeriod>();
        for (var start = first; start <= last;)
        {
            var next = unit == PeriodUnit.Week
                ? start.AddDays(7 - ((int)start.DayOfWeek + 6) % 7)
                : new DateOnly(start.Year, start.Month, 1).AddMonths(1);
            var end = next.AddDays(-1) < last ? next.AddDays(-1) : last;
            var monday = start.AddDays(-(((int)start.DayOfWeek + 6) % 7));
            var (label, name) = unit == PeriodUnit.Week
                ? (monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"Tuần {start.ToString("dd'/'MM", CultureInfo.InvariantCulture)}–{Day(end)}")
                : (start.ToString("yyyy-MM", CultureInfo.InvariantCulture), $"Tháng {start.Month:00}/{start.Year}");
            periods.Add(new ReportPeriod(Start(start, offset), Start(end.AddDays(1), offset), label, name));
            start = next;
        }
        return periods;
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateTimeOffset Start(DateOnly day, TimeSpan offset) => new(day.ToDateTime(TimeOnly.MinValue), offset);
}
