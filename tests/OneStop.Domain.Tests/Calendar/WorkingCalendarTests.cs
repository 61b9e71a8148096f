using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly WorkingCalendar calendar = WorkingCalendar.Default;

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Vietnam);

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 21))); // Saturday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 22))); // Sunday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 23)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 18))); // Tết
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 4, 27))); // compensatory day for Hùng Kings
    }

    [Fact]
    public void Working_time_is_office_hours_on_working_days()
    {
        Assert.True(calendar.IsWorkingTime(At(2026, 11, 23, 7)));
        Assert.False(calendar.IsWorkingTime(At(2026, 11, 23, 12))); // lunch break
        Assert.True(calendar.IsWorkingTime(At(2026, 11, 23, 16, 59)));
        Assert.False(calendar.IsWorkingTime(At(2026, 11, 23, 17)));
        Assert.False(calendar.IsWorkingTime(At(2026, 11, 22, 9)));
    }

    [Fact]
    public void Working_time_is_judged_in_the_provinces_time_zone()
    {
        // 02:00 UTC is 09:00 in Hà Nội.
        Assert.True(calendar.IsWorkingTime(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)));
        Assert.False(calendar.IsWorkingTime(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_next_working_instant_skips_breaks_nights_weekends_and_holidays()
    {
        Assert.Equal(At(2026, 11, 23, 13, 30), calendar.NextWorkingInstant(At(2026, 11, 23, 12)));
        Assert.Equal(At(2026, 11, 24, 7), calendar.NextWorkingInstant(At(2026, 11, 23, 19)));
        Assert.Equal(At(2026, 11, 23, 7), calendar.NextWorkingInstant(At(2026, 11, 21, 10)));
        Assert.Equal(At(2026, 2, 23, 7), calendar.NextWorkingInstant(At(2026, 2, 17, 10)));
        Assert.Equal(At(2026, 11, 23, 9, 15), calendar.NextWorkingInstant(At(2026, 11, 23, 9, 15)));
    }

    [Fact]
    public void A_dossier_received_after_the_cut_off_counts_from_the_next_working_day()
    {
        Assert.Equal(At(2026, 11, 23, 14, 59), calendar.ClockStart(At(2026, 11, 23, 14, 59)));
        Assert.Equal(At(2026, 11, 24, 7), calendar.ClockStart(At(2026, 11, 23, 15, 1)));
        // Friday after the cut-off: Monday.
        Assert.Equal(At(2026, 11, 30, 7), calendar.ClockStart(At(2026, 11, 27, 16)));
    }

    [Fact]
    public void Adding_working_days_keeps_the_time_of_day()
    {
        Assert.Equal(At(2026, 11, 30, 9), calendar.AddWorkingDays(At(2026, 11, 23, 9), 5));
    }

    [Fact]
    public void Adding_working_days_across_Tet_skips_the_holiday()
    {
        // Thursday 12/2/2026 + 5 working days: Fri 13, then Tết (16–20), then 23, 24, 25, 26.
        Assert.Equal(At(2026, 2, 26, 9), calendar.AddWorkingDays(At(2026, 2, 12, 9), 5));
    }

    [Fact]
    public void A_deadline_at_the_end_of_a_day_is_its_closing_time_not_the_next_opening()
    {
        Assert.Equal(At(2026, 11, 27, 17), calendar.AddWorkingDays(At(2026, 11, 24, 7), 4));
        Assert.Equal(At(2026, 11, 23, 11, 30), calendar.Add(At(2026, 11, 23, 7), TimeSpan.FromHours(4.5)));
    }

    [Fact]
    public void Adding_working_hours_crosses_the_lunch_break_and_the_night()
    {
        Assert.Equal(At(2026, 11, 23, 14), calendar.AddWorkingHours(At(2026, 11, 23, 10), 2));
        Assert.Equal(At(2026, 11, 24, 8), calendar.AddWorkingHours(At(2026, 11, 23, 16), 2));
    }

    [Fact]
    public void Working_time_between_two_instants_counts_only_office_hours()
    {
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(At(2026, 11, 23, 7), At(2026, 11, 24, 7)));
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(At(2026, 11, 27, 9), At(2026, 11, 30, 9)));
        Assert.Equal(TimeSpan.FromHours(-8), calendar.WorkingTimeBetween(At(2026, 11, 30, 9), At(2026, 11, 27, 9)));
    }

    [Fact]
    public void Same_day_limit_ends_at_the_close_of_the_day_the_clock_starts()
    {
        Assert.Equal(At(2026, 11, 23, 17), calendar.DueAt(At(2026, 11, 23, 9), TimeLimit.SameDay));
    }

    [Fact]
    public void An_annual_notice_adds_days_off_and_turns_days_into_working_days()
    {
        // 2025: Tết ran 25/1–2/2; Monday 27/1 was given off, and Monday 3/2 was worked though the
        // computed rule compensates Saturday 1/2 (mùng 4) with it.
        var notices = AnnualNotice.ListFromJson("""
            [{ "year": 2025, "reference": "Thông báo nghỉ Tết Ất Tỵ 2025",
               "daysOff": [{ "date": "2025-01-27", "reason": "Nghỉ Tết" }],
               "workingDays": [{ "date": "2025-02-03", "reason": "Đi làm" }] }]
            """);
        var withNotice = new WorkingCalendar(WorkingCalendarSettings.Default, notices);

        Assert.True(WorkingCalendar.Default.IsWorkingDay(new DateOnly(2025, 1, 27)));
        Assert.False(withNotice.IsWorkingDay(new DateOnly(2025, 1, 27)));
        Assert.False(WorkingCalendar.Default.IsWorkingDay(new DateOnly(2025, 2, 3)));
        Assert.True(withNotice.IsWorkingDay(new DateOnly(2025, 2, 3)));
    }

    [Fact]
    public void A_swapped_Saturday_becomes_a_working_day()
    {
        var notice = new AnnualNotice(2026, "Hoán đổi ngày làm việc", [new NoticeDay(new DateOnly(2026, 5, 4), "Nghỉ hoán đổi")], [new NoticeDay(new DateOnly(2026, 5, 9), "Làm bù")]);
        var swapped = new WorkingCalendar(WorkingCalendarSettings.Default, [notice]);
        Assert.True(swapped.IsWorkingDay(new DateOnly(2026, 5, 9)));
        Assert.False(swapped.IsWorkingDay(new DateOnly(2026, 5, 4)));
    }

    [Fact]
    public void A_notice_naming_a_date_outside_its_year_is_rejected()
    {
        Assert.Throws<FormatException>(() => AnnualNotice.ListFromJson("""
            [{ "year": 2026, "reference": "x", "daysOff": [{ "date": "2027-01-02", "reason": "x" }], "workingDays": [] }]
            """));
    }

    [Fact]
    public void Office_hours_are_configurable()
    {
        var hours = new WorkingHours([new WorkingSession(new TimeOnly(7, 30), new TimeOnly(11, 30)), new WorkingSession(new TimeOnly(13, 0), new TimeOnly(17, 0))]);
        var custom = new WorkingCalendar(WorkingCalendarSettings.Default with { Hours = hours }, []);
        Assert.Equal(TimeSpan.FromHours(8), custom.WorkingDayLength);
        Assert.Equal(At(2026, 11, 23, 13), custom.NextWorkingInstant(At(2026, 11, 23, 12)));
    }
}
