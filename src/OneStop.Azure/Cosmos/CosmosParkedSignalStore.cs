using System.Net;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Ports;
using OneStop.Application.Workflow;

namespace OneStop.Azure.Cosmos;

/// <summary>Parked signals on Cosmos DB: one document each, partitioned by dossier; upserted, so parking is idempotent.</summary>
public sealed class CosmosParkedSignalStore(Container container) : IParkedSignalStore
{
    public async Task ParkAsync(ParkedSignal signal, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(signal);
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(signal.DossierId), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<ParkedSignal>> ListAsync(string? dossierId, int limit, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition(dossierId is null
                ? "SELECT TOP @limit * FROM c ORDER BY c.parkedAt"
                : "SELECT TOP @limit * FROM c WHERE c.dossierId = @dossier ORDER BY c.parkedAt")
            .WithParameter("@limit", limit)
            .WithParameter("@dossier", dossierId);
        var options = dossierId is null ? null : new QueryRequestOptions { PartitionKey = new PartitionKey(dossierId) };
        var signals = new List<ParkedSignal>();
        await foreach (var signal in CosmosJson.QueryAsync<ParkedSignal>(container, query, options, cancellationToken))
        {
            signals.Add(signal);
        }
        return signals;
    }

    public async Task RemoveAsync(ParkedSignal signal, CancellationToken cancellationToken = default)
    {
        using var response = await container.DeleteItemStreamAsync(signal.Id, new PartitionKey(signal.DossierId), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }
}
