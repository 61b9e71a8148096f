using BenchmarkDotNet.Attributes;
using OneStop.Domain.Calendar;

namespace OneStop.Benchmarks;

/// <summary>Working-time arithmetic must cost the same for 5 days as for 500.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class CalendarBenchmarks
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly DateTimeOffset Start = new(2026, 2, 12, 15, 30, 0, TimeSpan.FromHours(7));

    [Params(5, 500)]
    public int Days { get; set; }

    [Benchmark]
    public DateTimeOffset AddWorkingDays() => Calendar.AddWorkingDays(Start, Days);

    [Benchmark]
    public TimeSpan WorkingTimeBetween() => Calendar.WorkingTimeBetween(Start, Start.AddDays(Days));

    [Benchmark]
    public DateTimeOffset ClockStart() => Calendar.ClockStart(Start.AddDays(Days));
}

/// <summary>The one-off cost of laying out 1900–2199 (lunar holidays included) when a calendar is built.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class CalendarConstructionBenchmarks
{
    [Benchmark]
    public WorkingCalendar Build() => new(WorkingCalendarSettings.Default, []);
}
