
namespace OneStop.Application.Portal;

/// <summary>A dossier's reporting state as stored, with the version tag a later write must present.</summary>
public sealed record StoredPortalSync(PortalSync Sync, string ETag);

/// <summary>
/// What the center keeps about its connection to the national portal: per dossier, how far its history was
/// reported (and its dead letter, when reporting gave up); the portal's dossiers received (so none is filed twice);
/// the portal's dossiers refused, with the reason; and how far the scheduled fetch has read.
/// </summary>
public interface IPortalStore
{
    Task<StoredPortalSync?> FindAsync(string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>Creates the state (<paramref name="etag"/> null) or replaces it (the tag it was read with).</summary>
    /// <exception cref="PortalStateConflictException">It exists already, or changed since it was read. Nothing was written.</exception>
    Task<StoredPortalSync> SaveAsync(PortalSync sync, string? etag, CancellationToken cancellationToken = default);

    /// <summary>Dossiers with events to report whose next attempt is due (<see cref="PortalSync.IsDue"/>), oldest attempt first.</summary>
    IAsyncEnumerable<StoredPortalSync> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Dossiers whose reporting gave up, the latest first: what an administrator replays.</summary>
    Task<IReadOnlyList<PortalSync>> DeadLettersAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>The center's dossier code for a dossier the portal filed, once received.</summary>
    Task<string?> FindReceivedAsync(string portalCode, CancellationToken cancellationToken = default);

    Task SaveReceivedAsync(string portalCode, string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>Keeps (or replaces) the refusal of a dossier the portal filed.</summary>
    Task SaveRefusalAsync(PortalRefusal refusal, CancellationToken cancellationToken = default);

    Task RemoveRefusalAsync(string portalCode, CancellationToken cancellationToken = default);

    Task<PortalRefusal?> FindRefusalAsync(string portalCode, CancellationToken cancellationToken = default);

    /// <summary>The refused dossiers, the latest first.</summary>
    Task<IReadOnlyList<PortalRefusal>> RefusalsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>The receipt time up to which the scheduled fetch has read the portal, or null before the first fetch.</summary>
    Task<DateTimeOffset?> FetchedUntilAsync(CancellationToken cancellationToken = default);

    Task SaveFetchedUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default);
}

/// <summary>A write of reporting state lost a race: it exists already, or changed since it was read.</summary>
public sealed class PortalStateConflictException(string dossierCode) : Exception($"The portal state of {dossierCode} changed meanwhile.");
