using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Application.Dossiers;

/// <summary>A dossier's code and status as the store's index has them, read without the dossier itself.</summary>
public sealed record DossierHeader(string Code, DossierStatus Status);

/// <summary>A dossier as stored, with the version tag a later write must present.</summary>
public sealed record StoredDossier(Dossier Dossier, string ETag, DateTimeOffset? WakeAt);

/// <summary>
/// Where dossiers live: one document per dossier, every write guarded by its version tag, so that of two
/// writers starting from the same version exactly one succeeds and the other is told.
/// </summary>
public interface IDossierStore
{
    Task<StoredDossier?> FindAsync(DossierCode code, CancellationToken cancellationToken = default);

    /// <exception cref="DossierConflictException">A dossier with this code exists already.</exception>
    Task<StoredDossier> CreateAsync(Dossier dossier, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default);

    /// <exception cref="DossierConflictException">The dossier changed since <paramref name="etag"/> was read.</exception>
    Task<StoredDossier> ReplaceAsync(Dossier dossier, DateTimeOffset? wakeAt, string etag, CancellationToken cancellationToken = default);

    /// <summary>Dossiers whose wake-up time has come, earliest first: what is due, never a scan of all.</summary>
    IAsyncEnumerable<StoredDossier> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Dossiers under way with a step due, or their appointment, at or before <paramref name="until"/>: overdue and
    /// due-soon work, found by an indexed query whose cost follows what it finds.
    /// </summary>
    IAsyncEnumerable<StoredDossier> NeedingAttentionAsync(DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Dossiers in a status, optionally only those with a step under way at a department.</summary>
    IAsyncEnumerable<StoredDossier> InStatusAsync(DossierStatus status, DepartmentCode? activeAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every dossier not finished, code and status only: read from the indexed fields, so a document whose body
    /// cannot be read is still listed (what an operator repairing the workflow needs most).
    /// </summary>
    IAsyncEnumerable<DossierHeader> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>A page of the dossiers a filter selects, the oldest filed first, read from the indexed fields.</summary>
    /// <param name="continuation">Where the page starts: null for the first, else the token the previous page gave.</param>
    Task<DossierPage> SearchAsync(DossierFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken = default);

    /// <summary>How many dossiers a filter selects, counted by the store from the indexed fields (no document is read).</summary>
    Task<int> CountAsync(DossierFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Dossiers a report for the period counts: received before its end and not ended before its start.</summary>
    IAsyncEnumerable<StoredDossier> ForPeriodAsync(ReportPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Dossiers whose outbox holds commands not yet dispatched (a crash between save and dispatch).</summary>
    /// <param name="savedBefore">Only dossiers last written before this (real) time: a fresh outbox is its writer's to send.</param>
    IAsyncEnumerable<StoredDossier> WithPendingOutboxAsync(DateTimeOffset savedBefore, int limit, CancellationToken cancellationToken = default);
}

/// <summary>A write lost a race: the dossier exists already, or changed since it was read. Nothing was written.</summary>
public sealed class DossierConflictException(string dossierId, string message) : Exception(message)
{
    public string DossierId { get; } = dossierId;
}
