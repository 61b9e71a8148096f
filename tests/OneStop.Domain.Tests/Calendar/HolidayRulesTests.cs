using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

/// <summary>The statutory holidays are data: a rule set per law, from its effective date, each citing its text.</summary>
public class HolidayRulesTests
{
    [Fact]
    public void The_shipped_rules_cite_the_labour_codes_from_their_effective_dates()
    {
        var sets = HolidayRules.Default;

        Assert.Equal([new DateOnly(2013, 5, 1), new DateOnly(2021, 1, 1)], sets.Select(s => s.EffectiveFrom));
        Assert.Contains("45/2019/QH14", sets[1].Source);
        Assert.Contains("10/2012/QH13", sets[0].Source);
        Assert.All(sets, s => Assert.Equal(6, s.Holidays.Count));
    }

    [Fact]
    public void National_day_has_its_adjacent_day_from_2021_and_not_before()
    {
        // 2/9/2020 was a Wednesday: under the 2012 code only 2/9 was off.
        var before = StatutoryHolidays.For(2020);
        Assert.True(before.ContainsKey(new DateOnly(2020, 9, 2)));
        Assert.False(before.ContainsKey(new DateOnly(2020, 9, 1)));
        Assert.False(before.ContainsKey(new DateOnly(2020, 9, 3)));
        // 2/9/2021 was a Thursday: the 2019 code adds a day beside it.
        Assert.True(StatutoryHolidays.For(2021).ContainsKey(new DateOnly(2021, 9, 1)));
    }

    [Fact]
    public void A_new_law_is_a_new_rule_set_in_a_file_not_a_release()
    {
        // Test data, not a law: a holiday added from 2030.
        var rules = HolidayRules.FromJson("""
            [
              { "effectiveFrom": "2021-01-01", "source": "test", "holidays": [ { "name": "Quốc khánh", "calendar": "Solar", "month": 9, "day": 2 } ] },
              { "effectiveFrom": "2030-01-01", "source": "test", "holidays": [
                  { "name": "Quốc khánh", "calendar": "Solar", "month": 9, "day": 2 },
                  { "name": "Ngày thử nghiệm", "calendar": "Solar", "month": 11, "day": 20 } ] }
            ]
            """);

        Assert.False(StatutoryHolidays.For(2029, rules).ContainsKey(new DateOnly(2029, 11, 20)));
        Assert.Equal("Ngày thử nghiệm 20/11", StatutoryHolidays.For(2030, rules)[new DateOnly(2030, 11, 20)]);
        var calendar = new WorkingCalendar(WorkingCalendarSettings.Default, [], rules);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 11, 20)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2029, 11, 20)));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{ "effectiveFrom": "2021-01-01", "source": "x", "holidays": [ { "name": "", "calendar": "Solar", "month": 1, "day": 1 } ] }]""")]
    [InlineData("""[{ "effectiveFrom": "2021-01-01", "source": "x", "holidays": [ { "name": "Tết", "calendar": "Lunar", "month": 1, "day": 1, "days": 2, "daysBefore": 2 } ] }]""")]
    [InlineData("not json")]
    public void Unusable_rules_are_refused(string json)
    {
        Assert.Throws<FormatException>(() => HolidayRules.FromJson(json));
    }
}
