using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Application.Tests.InMemory;

/// <summary>The scorecard's aggregate records in memory, with the store's rule: a newer reading of a dossier replaces an older one, never the reverse.</summary>
internal sealed class InMemoryScoreCountStore : IScoreCountStore
{
    private readonly ConcurrentDictionary<string, ScoreRecord> records = new();

    public IReadOnlyCollection<ScoreRecord> Records => [.. records.Values];

    /// <summary>Loses one record, as an outage between a dossier's write and its count would.</summary>
    public void Forget(string id) => records.TryRemove(id, out _);

    public Task RecordAsync(ScoreEntry entry, CancellationToken cancellationToken = default)
    {
        records.AddOrUpdate(entry.Bucket, _ => ScoreRecord.For(entry), (_, held) => held.With(entry));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ScoreRecord> ForPeriodAsync(DateTimeOffset from, DateOnly lastDay, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var record in records.Values.Where(r => r.Day <= lastDay && (r.Open > 0 || r.LatestEnd >= from)).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            yield return record;
        }
    }
}
