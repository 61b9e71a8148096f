using Microsoft.Azure.Cosmos;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// One partition of the administration container, as the stores of administrators' data use it: a document upserted
/// under its id (a later one replaces it), and every document of the partition read back. Each store keeps its own
/// document shape, so documents already stored read as they were written.
/// </summary>
internal sealed class AdministrationPartition(Container container, string partition)
{
    public string Name => partition;

    public async Task UpsertAsync<TDocument>(TDocument document, CancellationToken cancellationToken)
    {
        using var payload = CosmosJson.ToStream(document);
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(partition), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<TDocument>> LoadAsync<TDocument>(CancellationToken cancellationToken)
    {
        var documents = new List<TDocument>();
        await foreach (var document in CosmosJson.QueryAsync<TDocument>(
            container, new QueryDefinition("SELECT * FROM c"), new QueryRequestOptions { PartitionKey = new PartitionKey(partition) }, cancellationToken))
        {
            documents.Add(document);
        }
        return documents;
    }
}
