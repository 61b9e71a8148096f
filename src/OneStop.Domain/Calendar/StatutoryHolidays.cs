namespace OneStop.Domain.Calendar;

/// <summary>
/// The public holidays of one Gregorian year, before any annual notice, from the holiday rules in force that year
/// (<see cref="HolidayRules"/>: Labour Code 2019, Article 112(1), since 2021; Labour Code 2012, Article 115, before),
/// with the compensatory days: a day off on the weekly rest day gives the next working day off (Labour Code 2019,
/// Article 111(3)).
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>
    /// The holidays of a year with their names, compensatory days included. Where the law leaves the exact days to the
    /// Prime Minister (which five days of Tết, which day beside 2/9), the rules give the usual placement: Tết from the
    /// last day of the old lunar year (<see cref="HolidayRule.DaysBefore"/>); the day before 2/9, or the day after
    /// when 2/9 is a Monday. The year's notice corrects both.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, string> For(int year) => For(year, HolidayRules.Default);

    public static IReadOnlyDictionary<DateOnly, string> For(int year, IReadOnlyList<HolidayRuleSet> rules)
    {
        var holidays = new SortedDictionary<DateOnly, string>();
        foreach (var rule in HolidayRules.ForYear(rules, year).Holidays)
        {
            var date = rule.Calendar == HolidayDateKind.Lunar
                ? VietnameseLunarCalendar.ToGregorian(new LunarDate(year, rule.Month, rule.Day))
                : new DateOnly(year, rule.Month, rule.Day);
            for (int offset = -rule.DaysBefore; offset < rule.Days - rule.DaysBefore; offset++)
            {
                holidays[date.AddDays(offset)] = DayName(rule, offset);
            }
            if (rule.Adjacent == AdjacentDay.BeforeOrAfter)
            {
                holidays[date.DayOfWeek == DayOfWeek.Monday ? date.AddDays(1) : date.AddDays(-1)] = $"{rule.Name} (ngày liền kề)";
            }
        }

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

    private static string DayName(HolidayRule rule, int offset) => rule switch
    {
        { Days: 1 } => rule.Calendar == HolidayDateKind.Lunar ? $"{rule.Name} ({rule.Day}/{rule.Month} âm lịch)" : $"{rule.Name} {rule.Day}/{rule.Month}",
        { Calendar: HolidayDateKind.Lunar, Month: 1, Day: 1 } when offset < 0 => $"{rule.Name} (ngày cuối năm âm lịch)",
        { Calendar: HolidayDateKind.Lunar, Month: 1, Day: 1 } => $"{rule.Name} (mùng {offset + 1})",
        _ => $"{rule.Name} (ngày {offset + rule.DaysBefore + 1})",
    };
}
