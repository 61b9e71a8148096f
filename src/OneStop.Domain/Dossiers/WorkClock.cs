using OneStop.Domain.Calendar;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// A stopwatch of working time against an allowance: the dossier's time limit, or a step's budget. It stops
/// while the dossier waits for the applicant and resumes where it stopped, so used time never goes back.
/// </summary>
/// <param name="Allowance">The working time granted.</param>
/// <param name="Used">Working time used before <paramref name="RunningSince"/>.</param>
/// <param name="RunningSince">When the clock last started, or null while it is stopped.</param>
public sealed record WorkClock(TimeSpan Allowance, TimeSpan Used, DateTimeOffset? RunningSince)
{
    public bool IsRunning => RunningSince is not null;

    public static WorkClock StartedAt(DateTimeOffset start, TimeSpan allowance) => new(allowance, TimeSpan.Zero, start);

    /// <summary>Working time used by an instant. A clock that starts in the future (after the cut-off) has used none yet.</summary>
    public TimeSpan UsedBy(DateTimeOffset now, WorkingCalendar calendar)
    {
        if (RunningSince is not { } since)
        {
            return Used;
        }
        var running = calendar.WorkingTimeBetween(since, now);
        return running > TimeSpan.Zero ? Used + running : Used;
    }

    public WorkClock Stop(DateTimeOffset now, WorkingCalendar calendar) =>
        IsRunning ? this with { Used = UsedBy(now, calendar), RunningSince = null } : this;

    public WorkClock Resume(DateTimeOffset start) => IsRunning ? this : this with { RunningSince = start };

    /// <summary>When the allowance runs out if the clock keeps running; null while it is stopped.</summary>
    public DateTimeOffset? DueAt(WorkingCalendar calendar) =>
        RunningSince is { } since ? calendar.Add(since, Allowance - Used) : null;
}
