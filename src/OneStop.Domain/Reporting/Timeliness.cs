using OneStop.Domain.Calendar;

namespace OneStop.Domain.Reporting;

/// <summary>How a finished piece of work stands against its deadline (trước hạn, đúng hạn, quá hạn).</summary>
public enum Timeliness
{
    Early,
    OnTime,
    Late,
}

public static class TimelinessRule
{
    /// <summary>Late after the deadline; early when finished on a day before the deadline's day; on time otherwise.</summary>
    public static Timeliness Of(DateTimeOffset finishedAt, DateTimeOffset dueAt, WorkingCalendar calendar) =>
        finishedAt > dueAt ? Timeliness.Late
        : calendar.LocalDate(finishedAt) < calendar.LocalDate(dueAt) ? Timeliness.Early
        : Timeliness.OnTime;

    public static string Vietnamese(this Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => "Trước hạn",
        Timeliness.OnTime => "Đúng hạn",
        _ => "Quá hạn",
    };
}
