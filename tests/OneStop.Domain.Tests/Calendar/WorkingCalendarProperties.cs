using FsCheck.Xunit;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class WorkingCalendarProperties
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    /// <summary>Any instant of 2000–2099, to the minute.</summary>
    private static DateTimeOffset Instant(uint seed) =>
        new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)).AddMinutes(seed % (100u * 365 * 24 * 60));

    private static bool WithinOfficeHours(DateTimeOffset instant)
    {
        var local = instant.ToOffset(TimeSpan.FromHours(7));
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime))
            && Calendar.Settings.Hours.Sessions.Any(s => time >= s.Opens && time <= s.Closes);
    }

    [Property(MaxTest = 1000)]
    public void Adding_then_measuring_returns_the_same_span(uint start, ushort minutes)
    {
        var from = Instant(start);
        var span = TimeSpan.FromMinutes(minutes);
        Assert.Equal(span, Calendar.WorkingTimeBetween(from, Calendar.Add(from, span)));
    }

    [Property(MaxTest = 1000)]
    public void Adding_working_time_always_lands_in_office_hours(uint start, ushort minutes)
    {
        Assert.True(WithinOfficeHours(Calendar.Add(Instant(start), TimeSpan.FromMinutes(minutes + 1))));
    }

    [Property(MaxTest = 1000)]
    public void The_next_working_instant_is_working_time_and_not_earlier(uint start)
    {
        var from = Instant(start);
        var next = Calendar.NextWorkingInstant(from);
        Assert.True(Calendar.IsWorkingTime(next));
        Assert.True(next >= from);
    }

    [Property(MaxTest = 1000)]
    public void Adding_days_one_by_one_equals_adding_them_at_once(uint start, byte days)
    {
        var from = Calendar.ClockStart(Instant(start));
        var stepwise = from;
        for (int i = 0; i < days % 40; i++)
        {
            stepwise = Calendar.AddWorkingDays(stepwise, 1);
        }
        Assert.Equal(Calendar.WorkingTimeBetween(from, Calendar.AddWorkingDays(from, days % 40)), Calendar.WorkingTimeBetween(from, stepwise));
    }

    [Property(MaxTest = 500)]
    public void Working_time_between_is_never_more_than_elapsed_time(uint a, uint b)
    {
        var (from, to) = (Instant(a), Instant(b));
        if (from > to)
        {
            (from, to) = (to, from);
        }
        var working = Calendar.WorkingTimeBetween(from, to);
        Assert.InRange(working, TimeSpan.Zero, to - from);
    }
}
