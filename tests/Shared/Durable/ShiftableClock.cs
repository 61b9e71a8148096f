namespace OneStop.Testing.Durable;

/// <summary>
/// The activities' clock: real time, unless a test sets it back for a while. Durable timers fire in real time, so
/// a test that wants a deadline seconds away files its dossier "in the past": received a working day ago, say, the
/// step falls due in seconds, and when its timer fires the clock reads real time again.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
        set => Interlocked.Exchange(ref offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Runs <paramref name="action"/> with the clock reading <paramref name="at"/>, then real time again.</summary>
    public async Task<T> AtAsync<T>(DateTimeOffset at, Func<Task<T>> action)
    {
        Offset = at - base.GetUtcNow();
        try
        {
            return await action();
        }
        finally
        {
            Offset = TimeSpan.Zero;
        }
    }
}
