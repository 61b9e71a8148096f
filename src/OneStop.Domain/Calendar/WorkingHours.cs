namespace OneStop.Domain.Calendar;

/// <summary>One continuous period of office hours in a day, such as 07:00–11:30.</summary>
public readonly record struct WorkingSession(TimeOnly Opens, TimeOnly Closes)
{
    public TimeSpan Length => Closes - Opens;
}

/// <summary>
/// A province's office hours: one or more sessions a day. The default is Vietnam's common 07:00–11:30 and
/// 13:30–17:00, an 8-hour working day.
/// </summary>
public sealed class WorkingHours
{
    public static readonly WorkingHours Default = new(
    [
        new WorkingSession(new TimeOnly(7, 0), new TimeOnly(11, 30)),
        new WorkingSession(new TimeOnly(13, 30), new TimeOnly(17, 0)),
    ]);

    private readonly WorkingSession[] sessions;

    public WorkingHours(IEnumerable<WorkingSession> sessions)
    {
        this.sessions = [.. sessions.OrderBy(s => s.Opens)];
        if (this.sessions.Length == 0)
        {
            throw new ArgumentException("Working hours need at least one session.", nameof(sessions));
        }
        for (int i = 0; i < this.sessions.Length; i++)
        {
            if (this.sessions[i].Closes <= this.sessions[i].Opens)
            {
                throw new ArgumentException($"Session {this.sessions[i]} closes before it opens.", nameof(sessions));
            }
            if (i > 0 && this.sessions[i].Opens < this.sessions[i - 1].Closes)
            {
                throw new ArgumentException("Working sessions overlap.", nameof(sessions));
            }
        }
        DayLength = TimeSpan.FromTicks(this.sessions.Sum(s => s.Length.Ticks));
    }

    public IReadOnlyList<WorkingSession> Sessions => sessions;

    /// <summary>The working time in one working day.</summary>
    public TimeSpan DayLength { get; }

    public TimeOnly Opening => sessions[0].Opens;

    public TimeOnly Closing => sessions[^1].Closes;

    public bool Contains(TimeOnly time) => sessions.Any(s => time >= s.Opens && time < s.Closes);

    /// <summary>The working time that has passed in a working day by a time of day.</summary>
    public TimeSpan ElapsedAt(TimeOnly time)
    {
        var elapsed = TimeSpan.Zero;
        foreach (var session in sessions)
        {
            if (time <= session.Opens)
            {
                break;
            }
            elapsed += (time < session.Closes ? time : session.Closes) - session.Opens;
        }
        return elapsed;
    }

    /// <summary>
    /// The time of day when a given working time has passed. At a break, <paramref name="atClose"/> chooses the
    /// end of the session before it (when a deadline falls) rather than the start of the one after (when work resumes).
    /// </summary>
    public TimeOnly TimeAt(TimeSpan elapsed, bool atClose)
    {
        foreach (var session in sessions)
        {
            if (elapsed < session.Length || (atClose && elapsed == session.Length))
            {
                return session.Opens.Add(elapsed);
            }
            elapsed -= session.Length;
        }
        return Closing;
    }
}
