using System.Globalization;
using System.Net;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Portal;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The portal connection's state in the portal container, partitioned by id: one document per dossier reported
/// (id: the dossier code; <c>waiting</c>, <c>dueAt</c> and <c>dead</c> indexed, so the sweep and the dead letters
/// are indexed queries), per dossier received from the portal (received-…), per dossier refused (refusal-…), and the
/// fetch's mark. Writes of a dossier's state are guarded by its ETag.
/// </summary>
public sealed class CosmosPortalStore(Container container) : IPortalStore
{
    private const string FetchMarkId = "fetch-mark";

    public async Task<StoredPortalSync?> FindAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        using var response = await container.ReadItemStreamAsync(dossierCode, new PartitionKey(dossierCode), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return new StoredPortalSync((await CosmosJson.ReadAsync<SyncDocument>(response, cancellationToken)).Sync, response.Headers.ETag);
    }

    public async Task<StoredPortalSync> SaveAsync(PortalSync sync, string? etag, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(SyncDocument.Of(sync));
        using var response = etag is null
            ? await container.CreateItemStreamAsync(payload, new PartitionKey(sync.DossierCode), cancellationToken: cancellationToken)
            : await container.ReplaceItemStreamAsync(payload, sync.DossierCode, new PartitionKey(sync.DossierCode), new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new PortalStateConflictException(sync.DossierCode);
        }
        response.EnsureSuccessStatusCode();
        return new StoredPortalSync(sync, response.Headers.ETag);
    }

    public async IAsyncEnumerable<StoredPortalSync> DueAsync(DateTimeOffset now, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT TOP @limit * FROM c WHERE c.type = 'sync' AND c.waiting = true AND c.dueAt <= @now")
            .WithParameter("@limit", limit).WithParameter("@now", Instant(now));
        await foreach (var document in CosmosJson.QueryAsync<SyncDocumentWithTag>(container, query, null, cancellationToken))
        {
            yield return new StoredPortalSync(document.Sync, document.ETag);
        }
    }

    public async Task<IReadOnlyList<PortalSync>> DeadLettersAsync(int limit, CancellationToken cancellationToken = default)
    {
        var found = new List<PortalSync>();
        var query = new QueryDefinition("SELECT TOP @limit * FROM c WHERE c.type = 'sync' AND c.dead = true").WithParameter("@limit", limit);
        await foreach (var document in CosmosJson.QueryAsync<SyncDocument>(container, query, null, cancellationToken))
        {
            found.Add(document.Sync);
        }
        return [.. found.OrderByDescending(s => s.DeadLetteredAt)];
    }

    public async Task<string?> FindReceivedAsync(string portalCode, CancellationToken cancellationToken = default) =>
        (await ReadAsync<ReceivedDocument>(ReceivedId(portalCode), cancellationToken))?.DossierCode;

    public Task SaveReceivedAsync(string portalCode, string dossierCode, CancellationToken cancellationToken = default) =>
        UpsertAsync(new ReceivedDocument(ReceivedId(portalCode), "received", portalCode, dossierCode), ReceivedId(portalCode), cancellationToken);

    public Task SaveRefusalAsync(PortalRefusal refusal, CancellationToken cancellationToken = default) =>
        UpsertAsync(new RefusalDocument(RefusalId(refusal.PortalCode), "refusal", refusal), RefusalId(refusal.PortalCode), cancellationToken);

    public async Task RemoveRefusalAsync(string portalCode, CancellationToken cancellationToken = default)
    {
        using var response = await container.DeleteItemStreamAsync(RefusalId(portalCode), new PartitionKey(RefusalId(portalCode)), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task<PortalRefusal?> FindRefusalAsync(string portalCode, CancellationToken cancellationToken = default) =>
        (await ReadAsync<RefusalDocument>(RefusalId(portalCode), cancellationToken))?.Refusal;

    public async Task<IReadOnlyList<PortalRefusal>> RefusalsAsync(int limit, CancellationToken cancellationToken = default)
    {
        var found = new List<PortalRefusal>();
        var query = new QueryDefinition("SELECT TOP @limit * FROM c WHERE c.type = 'refusal'").WithParameter("@limit", limit);
        await foreach (var document in CosmosJson.QueryAsync<RefusalDocument>(container, query, null, cancellationToken))
        {
            found.Add(document.Refusal);
        }
        return [.. found.OrderByDescending(r => r.At)];
    }

    public async Task<DateTimeOffset?> FetchedUntilAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync<FetchMarkDocument>(FetchMarkId, cancellationToken))?.Until;

    public Task SaveFetchedUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default) =>
        UpsertAsync(new FetchMarkDocument(FetchMarkId, "fetch-mark", until), FetchMarkId, cancellationToken);

    private async Task<T?> ReadAsync<T>(string id, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await CosmosJson.ReadAsync<T>(response, cancellationToken);
    }

    private async Task UpsertAsync<T>(T document, string id, CancellationToken cancellationToken)
    {
        using var payload = CosmosJson.ToStream(document);
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(id), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string ReceivedId(string portalCode) => $"received-{portalCode}";

    private static string RefusalId(string portalCode) => $"refusal-{portalCode}";

    /// <summary>Instants as sortable UTC text, so that "due by now" is a string comparison the index serves.</summary>
    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private record SyncDocument(string Id, string Type, PortalSync Sync, bool Waiting, string DueAt, bool Dead)
    {
        public static SyncDocument Of(PortalSync sync) =>
            new(sync.DossierCode, "sync", sync, sync.DeadLetteredAt is null && sync.PendingThrough > sync.ReportedThrough, Instant(sync.NextAttemptAt ?? DateTimeOffset.UnixEpoch), sync.DeadLetteredAt is not null);
    }

    private sealed record SyncDocumentWithTag(string Id, string Type, PortalSync Sync, bool Waiting, string DueAt, bool Dead, [property: System.Text.Json.Serialization.JsonPropertyName("_etag")] string ETag)
        : SyncDocument(Id, Type, Sync, Waiting, DueAt, Dead);

    private sealed record ReceivedDocument(string Id, string Type, string PortalCode, string DossierCode);

    private sealed record RefusalDocument(string Id, string Type, PortalRefusal Refusal);

    private sealed record FetchMarkDocument(string Id, string Type, DateTimeOffset Until);
}
