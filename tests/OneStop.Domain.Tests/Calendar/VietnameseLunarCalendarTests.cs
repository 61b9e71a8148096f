using System.Globalization;
using FsCheck.Xunit;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1975, "1975-02-11")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(1990, "1990-01-27")]
    [InlineData(2000, "2000-02-05")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2012, "2012-01-23")]
    [InlineData(2015, "2015-02-19")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2030, "2030-02-02")]
    public void Tet_falls_on_the_published_day(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.NewYear(year));
    }

    [Theory]
    [InlineData(2017, "2017-04-06")]
    [InlineData(2019, "2019-04-14")]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2021, "2021-04-21")]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToGregorian(new LunarDate(year, 3, 10)));
    }

    [Theory]
    [InlineData(1985)]
    [InlineData(2007)]
    [InlineData(2030)]
    public void Differs_from_the_Chinese_calendar_where_UTC_plus_7_changes_the_day(int year)
    {
        var chinese = DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));
        Assert.NotEqual(chinese, VietnameseLunarCalendar.NewYear(year));
    }

    [Theory]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void Finds_the_leap_month(int year, int month)
    {
        Assert.Equal(month, VietnameseLunarCalendar.LeapMonth(year));
    }

    [Fact]
    public void A_year_without_a_leap_month_has_none()
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(2024));
        Assert.False(VietnameseLunarCalendar.TryToGregorian(new LunarDate(2024, 3, 1, IsLeapMonth: true), out _));
    }

    [Fact]
    public void Knows_the_lunar_date_of_a_gregorian_day()
    {
        Assert.Equal(new LunarDate(2023, 2, 1, IsLeapMonth: true), VietnameseLunarCalendar.FromGregorian(new DateOnly(2023, 3, 22)));
        Assert.Equal(new LunarDate(2026, 1, 1), VietnameseLunarCalendar.FromGregorian(new DateOnly(2026, 2, 17)));
        var newYearsEve = VietnameseLunarCalendar.FromGregorian(new DateOnly(2026, 2, 16));
        Assert.Equal((2025, 12, false), (newYearsEve.Year, newYearsEve.Month, newYearsEve.IsLeapMonth));
    }

    [Property(MaxTest = 500)]
    public void Converting_to_lunar_and_back_returns_the_same_day(ushort offset)
    {
        var date = new DateOnly(1901, 1, 1).AddDays(offset * 2 % 109_500);
        Assert.Equal(date, VietnameseLunarCalendar.ToGregorian(VietnameseLunarCalendar.FromGregorian(date)));
    }

    [Fact]
    public void Every_lunar_year_from_1900_to_2199_begins_between_21_January_and_20_February()
    {
        for (int year = 1901; year <= 2199; year++)
        {
            var tet = VietnameseLunarCalendar.NewYear(year);
            Assert.InRange(tet, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }
}
