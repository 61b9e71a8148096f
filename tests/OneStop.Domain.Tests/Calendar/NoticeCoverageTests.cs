using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class NoticeCoverageTests
{
    private static readonly AnnualNotice Notice2026 = new(2026, "sample notice", [], []);

    [Theory]
    [InlineData("2026-03-02", new int[0])] // the year's notice is loaded; the next is not due yet
    [InlineData("2026-09-30", new int[0])]
    [InlineData("2026-10-01", new[] { 2027 })] // from October the next year's is expected
    [InlineData("2027-01-02", new[] { 2027 })]
    public void The_years_missing_a_notice_are_the_current_one_and_from_october_the_next(string today, int[] missing)
    {
        var calendar = new WorkingCalendar(WorkingCalendarSettings.Default, [Notice2026]);
        Assert.Equal(missing, calendar.YearsMissingANotice(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_any_notice_the_current_year_is_missing()
    {
        Assert.Equal([2026], WorkingCalendar.Default.YearsMissingANotice(new DateOnly(2026, 5, 4)));
    }
}
