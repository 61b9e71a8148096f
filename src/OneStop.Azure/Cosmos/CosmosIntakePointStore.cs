using Microsoft.Azure.Cosmos;
using OneStop.Application.Centers;

namespace OneStop.Azure.Cosmos;

/// <summary>The intake points administrators added or changed, in the administration container (partition "intake-points"), one document per code.</summary>
public sealed class CosmosIntakePointStore(Container container) : IIntakePointStore
{
    private const string Partition = "intake-points";

    public async Task SaveAsync(IntakePointEntry entry, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(new PointDocument($"intake-point-{entry.Point.Code}", Partition, entry));
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(Partition), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<IntakePointEntry>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var entries = new List<IntakePointEntry>();
        await foreach (var document in CosmosJson.QueryAsync<PointDocument>(
            container, new QueryDefinition("SELECT * FROM c"), new QueryRequestOptions { PartitionKey = new PartitionKey(Partition) }, cancellationToken))
        {
            entries.Add(document.Entry);
        }
        return entries;
    }

    private sealed record PointDocument(string Id, string Partition, IntakePointEntry Entry);
}
