using OneStop.Domain.Reporting;

namespace OneStop.Application.Reports;

/// <summary>
/// One aggregate record of the scorecard: the dossiers received on one day at one intake point, each as its small
/// <see cref="ScoreEntry"/>, with what lets a period skip the record (how many are still open, the latest end among
/// the others).
/// </summary>
public sealed record ScoreRecord(string Id, DateOnly Day, string IntakePoint, IReadOnlyList<ScoreEntry> Entries)
{
    public int Open => Entries.Count(e => e.EndedAt is null);

    public DateTimeOffset? LatestEnd => Entries.Max(e => e.EndedAt);

    /// <summary>The record with the entry in it, unless it holds a reading of the dossier as new or newer (then itself).</summary>
    public ScoreRecord With(ScoreEntry entry)
    {
        var held = Entries.FirstOrDefault(e => e.Code == entry.Code);
        if (held is not null && held.Version >= entry.Version)
        {
            return this;
        }
        return this with { Entries = [.. Entries.Where(e => e.Code != entry.Code), entry] };
    }

    public static ScoreRecord For(ScoreEntry entry) => new(entry.Bucket, entry.ReceivedDay, entry.IntakePoint, [entry]);
}

/// <summary>
/// The scorecard's aggregate records, kept in the same store as the dossiers, one per day of receipt and intake
/// point. Recording is idempotent and order-proof: a repeated change, or one older than what the record
/// holds, changes nothing.
/// </summary>
public interface IScoreCountStore
{
    /// <summary>Puts the entry in its record, unless the record holds the same or a newer reading of the dossier.</summary>
    Task RecordAsync(ScoreEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// The records that may count in a period: received on a day up to <paramref name="lastDay"/>, and with an entry
    /// still open or ended at or after <paramref name="from"/>.
    /// </summary>
    IAsyncEnumerable<ScoreRecord> ForPeriodAsync(DateTimeOffset from, DateOnly lastDay, CancellationToken cancellationToken = default);
}
