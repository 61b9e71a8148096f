using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class StatutoryHolidaysTests
{
    [Theory]
    [InlineData(2026)]
    [InlineData(2031)]
    [InlineData(2150)]
    public void Every_year_has_the_eleven_statutory_days_off(int year)
    {
        var holidays = StatutoryHolidays.For(year);
        var tet = VietnameseLunarCalendar.NewYear(year);
        DateOnly[] statutory =
        [
            new(year, 1, 1), tet.AddDays(-1), tet, tet.AddDays(1), tet.AddDays(2), tet.AddDays(3),
            VietnameseLunarCalendar.ToGregorian(new LunarDate(year, 3, 10)), new(year, 4, 30), new(year, 5, 1), new(year, 9, 2),
        ];
        Assert.All(statutory, day => Assert.True(holidays.ContainsKey(day), $"{day} should be a holiday"));
        Assert.True(holidays.ContainsKey(new DateOnly(year, 9, 1)) || holidays.ContainsKey(new DateOnly(year, 9, 3)));
    }

    [Fact]
    public void Tet_2026_gives_the_five_weekdays_16_to_20_February()
    {
        var holidays = StatutoryHolidays.For(2026);
        for (int day = 16; day <= 20; day++)
        {
            Assert.True(holidays.ContainsKey(new DateOnly(2026, 2, day)));
        }
        Assert.False(holidays.ContainsKey(new DateOnly(2026, 2, 23)));
    }

    [Fact]
    public void A_holiday_on_a_weekend_gives_the_next_working_day_off()
    {
        // Hùng Kings' day 2026 is Sunday 26 April: Monday 27 April is the compensatory day.
        Assert.StartsWith("Nghỉ bù", StatutoryHolidays.For(2026)[new DateOnly(2026, 4, 27)]);
        // New Year's Day 2022 was a Saturday: Monday 3 January was off.
        Assert.True(StatutoryHolidays.For(2022).ContainsKey(new DateOnly(2022, 1, 3)));
    }

    [Fact]
    public void Two_weekend_holidays_in_a_row_give_two_compensatory_days()
    {
        // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday 3/5.
        var holidays = StatutoryHolidays.For(2022);
        Assert.True(holidays.ContainsKey(new DateOnly(2022, 5, 2)));
        Assert.True(holidays.ContainsKey(new DateOnly(2022, 5, 3)));
        Assert.False(holidays.ContainsKey(new DateOnly(2022, 5, 4)));
    }

    [Theory]
    [InlineData(2024, 3)] // 2/9 is a Monday: the adjacent day is Tuesday 3/9
    [InlineData(2025, 1)] // 2/9 is a Tuesday: Monday 1/9
    public void National_day_has_an_adjacent_day(int year, int adjacent)
    {
        Assert.True(StatutoryHolidays.For(year).ContainsKey(new DateOnly(year, 9, adjacent)));
    }
}
