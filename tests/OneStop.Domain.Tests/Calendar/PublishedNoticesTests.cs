using System.Globalization;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

/// <summary>
/// The published holiday notices 2024–2026 as the core ships them: every day off and every day worked instead that
/// the texts name (docs/holiday-notices.md gives each text), and deadlines that cross them.
/// </summary>
public class PublishedNoticesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly WorkingCalendar Calendar = new(WorkingCalendarSettings.Default, PublishedNotices.All);

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static DateTimeOffset NineOn(string date) => new(Day(date).ToDateTime(new TimeOnly(9, 0)), Vietnam);

    [Theory]
    // 2024, Thông báo 5015/TB-LĐTBXH: Tết from Thursday 8/2 (29 Chạp) to Wednesday 14/2; Quốc khánh 2 and 3/9.
    [InlineData("2024-02-08")]
    [InlineData("2024-02-09")]
    [InlineData("2024-02-12")]
    [InlineData("2024-02-13")]
    [InlineData("2024-02-14")]
    // 2024, Công văn 2450/VPCP-KGVX: Monday 29/4 off, between the weekend and 30/4.
    [InlineData("2024-04-29")]
    [InlineData("2024-04-30")]
    [InlineData("2024-05-01")]
    [InlineData("2024-09-02")]
    [InlineData("2024-09-03")]
    // 2025, Thông báo 6150/TB-BLĐTBXH: Tết Monday 27/1 to Friday 31/1 (with the weekends, 25/1 to 2/2); Friday 2/5 swapped.
    [InlineData("2025-01-27")]
    [InlineData("2025-01-28")]
    [InlineData("2025-01-29")]
    [InlineData("2025-01-30")]
    [InlineData("2025-01-31")]
    [InlineData("2025-04-30")]
    [InlineData("2025-05-01")]
    [InlineData("2025-05-02")]
    [InlineData("2025-09-01")]
    [InlineData("2025-09-02")]
    // 2026, Công văn 12729/VPCP-KGVX: 1/1 and Friday 2/1; Thông báo 9441/TB-BNV: Tết 16/2 to 20/2, Monday 31/8 swapped, 1 and 2/9.
    [InlineData("2026-01-01")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-16")]
    [InlineData("2026-02-17")]
    [InlineData("2026-02-18")]
    [InlineData("2026-02-19")]
    [InlineData("2026-02-20")]
    [InlineData("2026-04-27")] // Giỗ Tổ falls on Sunday 26/4: the statutory compensatory day (no notice of its own was found)
    [InlineData("2026-04-30")]
    [InlineData("2026-05-01")]
    [InlineData("2026-08-31")]
    [InlineData("2026-09-01")]
    [InlineData("2026-09-02")]
    public void A_day_the_notices_give_off_is_not_a_working_day(string date)
    {
        Assert.False(Calendar.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2024-02-15")] // Tết 2024 ends on Wednesday 14/2: the rule's second compensatory day is worked
    [InlineData("2024-05-04")] // Saturday worked for Monday 29/4
    [InlineData("2025-02-03")] // Tết 2025 ends on Sunday 2/2, with no compensatory day
    [InlineData("2025-04-26")] // Saturday worked for Friday 2/5
    [InlineData("2026-01-10")] // Saturday worked for Friday 2/1
    [InlineData("2026-08-22")] // Saturday worked for Monday 31/8
    public void A_day_the_notices_have_worked_is_a_working_day(string date)
    {
        Assert.True(Calendar.IsWorkingDay(Day(date)));
        Assert.NotEqual(Calendar.IsWorkingDay(Day(date)), WorkingCalendar.Default.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2025-12-31", 3, "2026-01-07")] // over 1/1 and the swapped Friday 2/1
    [InlineData("2026-01-09", 1, "2026-01-10")] // the Saturday worked instead counts
    [InlineData("2026-02-11", 5, "2026-02-25")] // over Tết Bính Ngọ, 14/2 to 22/2
    [InlineData("2026-08-21", 1, "2026-08-22")]
    [InlineData("2026-08-28", 1, "2026-09-03")] // over 29/8 to 2/9
    [InlineData("2025-01-24", 1, "2025-02-03")] // over Tết Ất Tỵ, back on Monday 3/2
    [InlineData("2024-04-26", 3, "2024-05-04")] // over 27/4 to 1/5, due on the Saturday worked
    public void A_deadline_that_crosses_a_notice_counts_its_days(string received, int workingDays, string due)
    {
        Assert.Equal(NineOn(due), Calendar.AddWorkingDays(NineOn(received), workingDays));
    }

    [Fact]
    public void Each_notice_can_be_applied_and_cites_a_text_for_every_day()
    {
        Assert.Equal([2024, 2025, 2026], PublishedNotices.All.Select(n => n.Year));
        Assert.All(PublishedNotices.All, n => Assert.Empty(n.Problems()));
        Assert.All(PublishedNotices.All.SelectMany(n => n.DaysOff.Concat(n.WorkingDays)), d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        Assert.Equal([2027], Calendar.YearsMissingANotice(new DateOnly(2026, 12, 4)));
    }
}
