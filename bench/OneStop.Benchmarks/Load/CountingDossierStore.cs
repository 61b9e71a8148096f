using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Benchmarks.Load;

/// <summary>The dossier store as the server uses it, counting the documents it reads and writes and the queries it runs.</summary>
internal sealed class CountingDossierStore(IDossierStore inner) : IDossierStore
{
    private long reads;
    private long writes;
    private long queries;

    public (long Reads, long Writes, long Queries) Counts => (Interlocked.Read(ref reads), Interlocked.Read(ref writes), Interlocked.Read(ref queries));

    public Task<StoredDossier?> FindAsync(DossierCode code, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.FindAsync(code, cancellationToken);
    }

    public Task<StoredDossier> CreateAsync(Dossier dossier, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref writes);
        return inner.CreateAsync(dossier, wakeAt, cancellationToken);
    }

    public Task<StoredDossier> ReplaceAsync(Dossier dossier, DateTimeOffset? wakeAt, string etag, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref writes);
        return inner.ReplaceAsync(dossier, wakeAt, etag, cancellationToken);
    }

    public IAsyncEnumerable<StoredDossier> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.DueAsync(now, limit, cancellationToken);
    }

    public IAsyncEnumerable<StoredDossier> NeedingAttentionAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.NeedingAttentionAsync(until, cancellationToken);
    }

    public Task<int> CountAsync(DossierFilter filter, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.CountAsync(filter, cancellationToken);
    }

    public Task<DossierPage> SearchAsync(DossierFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.SearchAsync(filter, pageSize, continuation, cancellationToken);
    }

    public IAsyncEnumerable<StoredDossier> InStatusAsync(DossierStatus status, DepartmentCode? activeAt, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.InStatusAsync(status, activeAt, cancellationToken);
    }

    public IAsyncEnumerable<DossierHeader> OpenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.OpenAsync(cancellationToken);
    }

    public IAsyncEnumerable<StoredDossier> ForPeriodAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.ForPeriodAsync(period, cancellationToken);
    }

    public IAsyncEnumerable<StoredDossier> WithPendingOutboxAsync(DateTimeOffset savedBefore, int limit, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.WithPendingOutboxAsync(savedBefore, limit, cancellationToken);
    }
}
