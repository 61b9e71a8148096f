using System.Text;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Access;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The access log on Cosmos DB: each read one document, only ever created (the app's code has no replace or delete
/// of it); partitioned by dossier. In Azure, retention and who may delete are the account's policy, not the app's.
/// </summary>
public sealed class CosmosAccessLog(Container container) : IAccessLog
{
    public async Task AppendAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(new AccessDocument(record.Id, record.DossierId, record.At.ToUnixTimeMilliseconds(), record.ActorId, record));
        using var response = await container.CreateItemStreamAsync(payload, new PartitionKey(record.DossierId), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<AccessRecord>> ReadAsync(
        DateTimeOffset from, DateTimeOffset to, string? dossierId, string? actorId, int limit, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder("SELECT TOP @limit * FROM c WHERE c.at >= @from AND c.at < @to");
        if (dossierId is not null)
        {
            text.Append(" AND c.dossierId = @dossier");
        }
        if (actorId is not null)
        {
            text.Append(" AND c.actorId = @actor");
        }
        var query = new QueryDefinition(text.Append(" ORDER BY c.at DESC").ToString())
            .WithParameter("@limit", limit)
            .WithParameter("@from", from.ToUnixTimeMilliseconds())
            .WithParameter("@to", to.ToUnixTimeMilliseconds())
            .WithParameter("@dossier", dossierId)
            .WithParameter("@actor", actorId);
        var options = dossierId is null ? null : new QueryRequestOptions { PartitionKey = new PartitionKey(dossierId) };
        var records = new List<AccessRecord>();
        await foreach (var document in CosmosJson.QueryAsync<AccessDocument>(container, query, options, cancellationToken))
        {
            records.Add(document.Record);
        }
        return records;
    }

    /// <summary>A record with the fields queries filter on at the top; the instant in Unix milliseconds, to compare as numbers.</summary>
    private sealed record AccessDocument(string Id, string DossierId, long At, string ActorId, AccessRecord Record);
}
