using OneStop.Domain.Calendar;

namespace OneStop.Testing.Durable;

/// <summary>
/// A working calendar for tests that run on real time at any hour: every day of the weeks around today is a
/// working day (by a notice, as a province would swap days), of one session from midnight to midnight, with no
/// cut-off. A deadline counted back from "now plus a few seconds" is then always an instant the engine can reach.
/// </summary>
internal static class AllDayCalendar
{
    public static WorkingCalendar Around(DateTimeOffset now)
    {
        var hours = new WorkingHours([new WorkingSession(TimeOnly.MinValue, TimeOnly.MaxValue)]);
        var settings = WorkingCalendarSettings.Default with { Hours = hours, DailyCutOff = TimeOnly.MaxValue };
        var today = DateOnly.FromDateTime(now.ToOffset(settings.UtcOffset).DateTime);
        var days = Enumerable.Range(-60, 121).Select(today.AddDays).ToList();
        var notices = days.GroupBy(d => d.Year).Select(year => new AnnualNotice(
            year.Key, "test: every day a working day", [], [.. year.Select(d => new NoticeDay(d, "test"))]));
        return new WorkingCalendar(settings, notices);
    }
}
