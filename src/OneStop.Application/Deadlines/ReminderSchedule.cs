using Cronos;
using OneStop.Domain.Calendar;

namespace OneStop.Application.Deadlines;

/// <summary>When the reminder round runs: a cron expression (5 fields) in the province's time.</summary>
public sealed record ReminderSettings
{
    public string Schedule { get; init; } = "0 7 * * 1-5";
}

/// <summary>
/// When the reminder round runs: a cron expression (minute hour day month weekday) read in the province's time,
/// on working days only (a holiday's round is skipped, not moved). The server sleeps until the next occurrence;
/// the Functions timer wakes often and asks whether an occurrence fell since its last run, because Azure reads
/// timer schedules in UTC.
/// </summary>
public sealed class ReminderSchedule
{
    private readonly CronExpression cron;
    private readonly Func<WorkingCalendar> currentCalendar;
    private readonly TimeZoneInfo zone;

    /// <exception cref="FormatException">Not a 5-field cron expression.</exception>
    public ReminderSchedule(string expression, WorkingCalendar calendar)
        : this(expression, () => calendar)
    {
    }

    /// <summary>A schedule that follows the calendar in force (a holiday notice applied while it runs).</summary>
    /// <exception cref="FormatException">Not a 5-field cron expression.</exception>
    public ReminderSchedule(string expression, Func<WorkingCalendar> currentCalendar)
    {
        cron = CronExpression.Parse(expression);
        this.currentCalendar = currentCalendar;
        zone = TimeZoneInfo.CreateCustomTimeZone("OneStop", currentCalendar().Settings.UtcOffset, "Province time", "Province time");
    }

    public static bool IsValid(string expression) => CronExpression.TryParse(expression, out _);

    /// <summary>
    /// The first occurrence after <paramref name="after"/> that falls on a working day; null when none does within
    /// a year and a half (a schedule that only ever hits holidays).
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var horizon = after.AddDays(550);
        for (var next = cron.GetNextOccurrence(after, zone); next is { } at && at < horizon; next = cron.GetNextOccurrence(at, zone))
        {
            var calendar = currentCalendar();
            if (calendar.IsWorkingDay(calendar.LocalDate(at)))
            {
                return at;
            }
        }
        return null;
    }

    /// <summary>Whether a round was due in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public bool IsDueBetween(DateTimeOffset from, DateTimeOffset to) => NextAfter(from) is { } next && next <= to;
}
