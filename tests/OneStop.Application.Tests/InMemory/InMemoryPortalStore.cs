using OneStop.Application.Portal;

namespace OneStop.Application.Tests.InMemory;

/// <summary>The portal store's contract in memory: ETag-guarded states, received codes, refusals, the fetch mark.</summary>
internal sealed class InMemoryPortalStore : IPortalStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredPortalSync> syncs = [];
    private readonly Dictionary<string, string> received = [];
    private readonly Dictionary<string, PortalRefusal> refusals = [];
    private DateTimeOffset? fetchedUntil;

    public Task<StoredPortalSync?> FindAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(syncs.GetValueOrDefault(dossierCode));
        }
    }

    public Task<StoredPortalSync> SaveAsync(PortalSync sync, string? etag, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var exists = syncs.TryGetValue(sync.DossierCode, out var current);
            if ((etag is null && exists) || (etag is not null && current?.ETag != etag))
            {
                throw new PortalStateConflictException(sync.DossierCode);
            }
            var stored = new StoredPortalSync(sync, Guid.NewGuid().ToString("N"));
            syncs[sync.DossierCode] = stored;
            return Task.FromResult(stored);
        }
    }

    public async IAsyncEnumerable<StoredPortalSync> DueAsync(DateTimeOffset now, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<StoredPortalSync> due;
        lock (gate)
        {
            due = [.. syncs.Values.Where(s => s.Sync.IsDue(now)).Take(limit)];
        }
        foreach (var stored in due)
        {
            await Task.Yield();
            yield return stored;
        }
    }

    public Task<IReadOnlyList<PortalSync>> DeadLettersAsync(int limit, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PortalSync>>([.. syncs.Values.Select(s => s.Sync).Where(s => s.DeadLetteredAt is not null).OrderByDescending(s => s.DeadLetteredAt).Take(limit)]);
        }
    }

    public Task<string?> FindReceivedAsync(string portalCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(received.GetValueOrDefault(portalCode));
        }
    }

    public Task SaveReceivedAsync(string portalCode, string dossierCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            received[portalCode] = dossierCode;
        }
        return Task.CompletedTask;
    }

    public Task SaveRefusalAsync(PortalRefusal refusal, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            refusals[refusal.PortalCode] = refusal;
        }
        return Task.CompletedTask;
    }

    public Task RemoveRefusalAsync(string portalCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            refusals.Remove(portalCode);
        }
        return Task.CompletedTask;
    }

    public Task<PortalRefusal?> FindRefusalAsync(string portalCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(refusals.GetValueOrDefault(portalCode));
        }
    }

    public Task<IReadOnlyList<PortalRefusal>> RefusalsAsync(int limit, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PortalRefusal>>([.. refusals.Values.OrderByDescending(r => r.At).Take(limit)]);
        }
    }

    public Task<DateTimeOffset?> FetchedUntilAsync(CancellationToken cancellationToken = default) => Task.FromResult(fetchedUntil);

    public Task SaveFetchedUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        fetchedUntil = until;
        return Task.CompletedTask;
    }
}
