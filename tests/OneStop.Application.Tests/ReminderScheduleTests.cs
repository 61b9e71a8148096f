using OneStop.Application.Deadlines;
using OneStop.Domain.Calendar;

namespace OneStop.Application.Tests;

/// <summary>The reminder schedule both hosts share: cron in the province's time, working days only.</summary>
public class ReminderScheduleTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);
    private readonly ReminderSchedule schedule = new("0 7 * * 1-5", WorkingCalendar.Default);

    [Fact]
    public void Seven_o_clock_is_read_in_the_provinces_time_not_in_UTC()
    {
        var sundayEvening = new DateTimeOffset(2026, 11, 22, 20, 0, 0, Hanoi);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 7, 0, 0, Hanoi), schedule.NextAfter(sundayEvening));
    }

    [Fact]
    public void A_holiday_round_is_skipped_to_the_next_working_day()
    {
        // 2 September 2026 (National Day) is a Wednesday; 1 September is its adjoining day off.
        var before = new DateTimeOffset(2026, 8, 31, 8, 0, 0, Hanoi);
        Assert.Equal(new DateTimeOffset(2026, 9, 3, 7, 0, 0, Hanoi), schedule.NextAfter(before));
    }

    [Fact]
    public void A_timer_that_wakes_every_few_minutes_sees_the_round_due_exactly_once()
    {
        var start = new DateTimeOffset(2026, 11, 23, 6, 0, 0, Hanoi);
        var due = Enumerable.Range(0, 36)
            .Select(i => (From: start.AddMinutes(5 * i), To: start.AddMinutes(5 * (i + 1))))
            .Count(w => schedule.IsDueBetween(w.From, w.To));
        Assert.Equal(1, due);
    }

    [Fact]
    public void A_schedule_that_only_falls_on_holidays_has_no_next_round()
    {
        var newYearOnly = new ReminderSchedule("0 7 1 1 *", WorkingCalendar.Default);
        Assert.Null(newYearOnly.NextAfter(new DateTimeOffset(2026, 11, 23, 7, 0, 0, Hanoi)));
    }

    [Fact]
    public void An_expression_that_is_not_cron_is_not_valid()
    {
        Assert.False(ReminderSchedule.IsValid("every morning"));
        Assert.True(ReminderSchedule.IsValid("30 6 * * 1-6"));
    }
}
