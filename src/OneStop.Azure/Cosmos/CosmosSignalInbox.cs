using System.Net;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Workflow;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The dossiers' inboxes on Cosmos DB: one document per held signal, partitioned by dossier, so a turn's read of
/// its inbox is a single-partition query. Parked signals stay in the same container, marked by their parking time
/// (absent while a signal waits: the domain's JSON leaves nulls out).
/// </summary>
public sealed class CosmosSignalInbox(Container container) : ISignalInbox
{
    public async Task AddAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(signal);
        using var response = await container.CreateItemStreamAsync(payload, new PartitionKey(signal.DossierId), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    public Task<IReadOnlyList<HeldSignal>> WaitingAsync(string dossierId, CancellationToken cancellationToken = default) =>
        ListAsync(
            new QueryDefinition("SELECT * FROM c WHERE c.dossierId = @dossier AND NOT IS_DEFINED(c.parkedAt) ORDER BY c.receivedAt")
                .WithParameter("@dossier", dossierId),
            dossierId,
            cancellationToken);

    public Task<IReadOnlyList<HeldSignal>> ParkedAsync(string? dossierId, int limit, CancellationToken cancellationToken = default) =>
        ListAsync(
            new QueryDefinition(dossierId is null
                    ? "SELECT TOP @limit * FROM c WHERE IS_DEFINED(c.parkedAt) ORDER BY c.parkedAt"
                    : "SELECT TOP @limit * FROM c WHERE c.dossierId = @dossier AND IS_DEFINED(c.parkedAt) ORDER BY c.parkedAt")
                .WithParameter("@limit", limit)
                .WithParameter("@dossier", dossierId),
            dossierId,
            cancellationToken);

    public async Task SaveAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(signal);
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(signal.DossierId), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task RemoveAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        using var response = await container.DeleteItemStreamAsync(signal.Id, new PartitionKey(signal.DossierId), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    private async Task<IReadOnlyList<HeldSignal>> ListAsync(QueryDefinition query, string? dossierId, CancellationToken cancellationToken)
    {
        var options = dossierId is null ? null : new QueryRequestOptions { PartitionKey = new PartitionKey(dossierId) };
        var signals = new List<HeldSignal>();
        await foreach (var signal in CosmosJson.QueryAsync<HeldSignal>(container, query, options, cancellationToken))
        {
            signals.Add(signal);
        }
        return signals;
    }
}
