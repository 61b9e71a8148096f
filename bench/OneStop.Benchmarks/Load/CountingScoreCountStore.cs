using System.Diagnostics;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Benchmarks.Load;

/// <summary>The scorecard's aggregate records, counting what keeping them costs: entries recorded, and the time spent recording.</summary>
internal sealed class CountingScoreCountStore(IScoreCountStore inner) : IScoreCountStore
{
    private long recorded;
    private long ticks;

    public (long Recorded, TimeSpan Time) Counts => (Interlocked.Read(ref recorded), TimeSpan.FromTicks(Interlocked.Read(ref ticks)));

    public async Task RecordAsync(ScoreEntry entry, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.RecordAsync(entry, cancellationToken);
        Interlocked.Increment(ref recorded);
        Interlocked.Add(ref ticks, Stopwatch.GetElapsedTime(started).Ticks);
    }

    public IAsyncEnumerable<ScoreRecord> ForPeriodAsync(DateTimeOffset from, DateOnly lastDay, CancellationToken cancellationToken = default) =>
        inner.ForPeriodAsync(from, lastDay, cancellationToken);
}
