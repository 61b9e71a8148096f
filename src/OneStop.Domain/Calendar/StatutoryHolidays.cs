namespace OneStop.Domain.Calendar;

/// <summary>
/// The public holidays of Labour Code 2019, Article 112, for one Gregorian year, before any annual notice:
/// 1/1; Tết (five days); Hùng Kings' day (10th day of the 3rd lunar month); 30/4; 1/5; 2/9 and one adjacent day.
/// A holiday falling on the weekly rest day gives a compensatory day off on the next working day (Art. 111(3), the
/// article on weekly rest).
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>
    /// The holidays of a year with their names, compensatory days included.
    /// Where the law leaves the exact days to the Prime Minister (which five days of Tết, which day beside 2/9),
    /// this uses the usual choice: the last day of the old lunar year and the first four of the new; 1/9, or
    /// 3/9 when 2/9 is a Monday. The year's notice corrects both.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, string> For(int year)
    {
        var holidays = new SortedDictionary<DateOnly, string>
        {
            [new DateOnly(year, 1, 1)] = "Tết Dương lịch",
        };
        var tet = VietnameseLunarCalendar.NewYear(year);
        holidays[tet.AddDays(-1)] = "Tết Nguyên đán (ngày cuối năm âm lịch)";
        for (int day = 0; day < 4; day++)
        {
            holidays[tet.AddDays(day)] = $"Tết Nguyên đán (mùng {day + 1})";
        }
        holidays[VietnameseLunarCalendar.ToGregorian(new LunarDate(year, 3, 10))] = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
        holidays[new DateOnly(year, 4, 30)] = "Ngày Chiến thắng 30/4";
        holidays[new DateOnly(year, 5, 1)] = "Ngày Quốc tế Lao động 1/5";
        var nationalDay = new DateOnly(year, 9, 2);
        holidays[nationalDay] = "Quốc khánh 2/9";
        holidays[nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1)] = "Quốc khánh (ngày liền kề)";

        var result = new SortedDictionary<DateOnly, string>(holidays);
        foreach (var (date, name) in holidays)
        {
            if (!IsWeekend(date))
            {
                continue;
            }
            var compensatory = date.AddDays(1);
            while (IsWeekend(compensatory) || result.ContainsKey(compensatory))
            {
                compensatory = compensatory.AddDays(1);
            }
            result[compensatory] = $"Nghỉ bù {name}";
        }
        return result;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
