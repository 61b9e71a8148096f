using Microsoft.Azure.Cosmos;
using OneStop.Application.Common;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// Administrators' changes on Cosmos DB: one document per change, only ever created, all in one logical partition
/// (a few changes a day at most), read newest first by the indexed instant.
/// </summary>
public sealed class CosmosAdministrationLog(Container container) : IAdministrationLog
{
    private const string Partition = "changes";

    public async Task AppendAsync(AdminChange change, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(new ChangeDocument(change.Id, Partition, change.At.ToUnixTimeMilliseconds(), change));
        using var response = await container.CreateItemStreamAsync(payload, new PartitionKey(Partition), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<AdminChange>> ReadAsync(int limit, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT TOP @limit * FROM c ORDER BY c.at DESC").WithParameter("@limit", limit);
        var changes = new List<AdminChange>();
        await foreach (var document in CosmosJson.QueryAsync<ChangeDocument>(container, query, new QueryRequestOptions { PartitionKey = new PartitionKey(Partition) }, cancellationToken))
        {
            changes.Add(document.Change);
        }
        return changes;
    }

    private sealed record ChangeDocument(string Id, string Partition, long At, AdminChange Change);
}
