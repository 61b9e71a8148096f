using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Application.Tests.InMemory;

/// <summary>The dossier store's contract in memory: version tags on every write, the same selections as the Cosmos DB queries.</summary>
internal sealed class InMemoryDossierStore : IDossierStore
{
    private readonly ConcurrentDictionary<string, StoredDossier> dossiers = new();
    private int version;

    public int Writes { get; private set; }

    /// <summary>Every dossier stored, as last written.</summary>
    public IReadOnlyCollection<StoredDossier> All => [.. dossiers.Values];

    public Task<StoredDossier?> FindAsync(DossierCode code, CancellationToken cancellationToken = default) =>
        Task.FromResult(dossiers.GetValueOrDefault(code.Value));

    public Task<StoredDossier> CreateAsync(Dossier dossier, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default)
    {
        var stored = Stored(dossier, wakeAt);
        if (!dossiers.TryAdd(dossier.Id, stored))
        {
            throw new DossierConflictException(dossier.Id, "exists");
        }
        return Task.FromResult(stored);
    }

    public Task<StoredDossier> ReplaceAsync(Dossier dossier, DateTimeOffset? wakeAt, string etag, CancellationToken cancellationToken = default)
    {
        var stored = Stored(dossier, wakeAt);
        if (!dossiers.TryGetValue(dossier.Id, out var current) || current.ETag != etag || !dossiers.TryUpdate(dossier.Id, stored, current))
        {
            throw new DossierConflictException(dossier.Id, "changed");
        }
        return Task.FromResult(stored);
    }

    public IAsyncEnumerable<StoredDossier> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        Select(s => s.WakeAt <= now, s => s.WakeAt, limit);

    public IAsyncEnumerable<StoredDossier> NeedingAttentionAsync(DateTimeOffset until, CancellationToken cancellationToken = default) =>
        Select(s => Attention.NeededAt(s.Dossier) <= until, s => Attention.NeededAt(s.Dossier));

    public IAsyncEnumerable<StoredDossier> InStatusAsync(DossierStatus status, DepartmentCode? activeAt, CancellationToken cancellationToken = default) =>
        Select(s => s.Dossier.Status == status && (activeAt is null || s.Dossier.ActiveSteps.Any(a => a.Department == activeAt)), s => s.Dossier.FiledAt);

    public async IAsyncEnumerable<DossierHeader> OpenAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var s in Select(s => !s.Dossier.Status.IsFinal(), s => s.Dossier.FiledAt))
        {
            yield return new DossierHeader(s.Dossier.Id, s.Dossier.Status);
        }
    }

    public Task<int> CountAsync(DossierFilter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult(dossiers.Values.Count(s => filter.Matches(s.Dossier)));

    public Task<DossierPage> SearchAsync(DossierFilter f, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        int skip = continuation is null ? 0 : int.TryParse(continuation, out var n) ? n : throw new ArgumentException("not a continuation", nameof(continuation));
        var matching = dossiers.Values.Select(s => s.Dossier)
            .Where(f.Matches)
            .OrderBy(d => d.FiledAt).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var page = matching.Skip(skip).Take(pageSize).Select(d => dossiers[d.Id]).ToList();
        return Task.FromResult(new DossierPage(page, skip + page.Count < matching.Count ? (skip + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    public IAsyncEnumerable<StoredDossier> ForPeriodAsync(ReportPeriod period, CancellationToken cancellationToken = default) =>
        Select(s => s.Dossier.ReceivedAt < period.To && (s.Dossier.EndedAt is null || s.Dossier.EndedAt >= period.From), s => s.Dossier.FiledAt);

    public IAsyncEnumerable<StoredDossier> WithPendingOutboxAsync(DateTimeOffset savedBefore, int limit, CancellationToken cancellationToken = default) =>
        Select(s => s.Dossier.Outbox.Length > 0, s => s.Dossier.FiledAt, limit);

    private StoredDossier Stored(Dossier dossier, DateTimeOffset? wakeAt)
    {
        Writes++;
        return new StoredDossier(dossier, $"v{Interlocked.Increment(ref version)}", wakeAt);
    }

    private async IAsyncEnumerable<StoredDossier> Select<TKey>(Func<StoredDossier, bool> where, Func<StoredDossier, TKey> orderBy, int limit = int.MaxValue)
    {
        await Task.Yield();
        foreach (var stored in dossiers.Values.Where(where).OrderBy(orderBy).Take(limit))
        {
            yield return stored;
        }
    }
}
