using OneStop.Domain.Reporting;

namespace OneStop.Application.Reports;

/// <summary>What the lines of an on-time report are: departments, procedures, intake points, or the weeks or months of its days.</summary>
public enum ReportGrouping
{
    Department,
    Procedure,
    IntakePoint,
    Week,
    Month,
}

/// <summary>An on-time report over the local days [<see cref="From"/>, <see cref="To"/>], one line per <see cref="By"/>.</summary>
public sealed record OnTimeQuery(DateOnly From, DateOnly To, ReportGrouping By)
{
    /// <summary>A report covers at most a year and a day, so that it reads a bounded set of dossiers.</summary>
    public const int MaxDays = 366;

    public bool IsValid => From <= To && To.DayNumber - From.DayNumber <= MaxDays;

    /// <summary>The figure of one line that a drill-down lists the dossiers of.</summary>
    public sealed record Figure(string Key, OnTimeMeasure Measure);
}
