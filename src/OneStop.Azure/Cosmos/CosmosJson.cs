using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Common;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The adapters talk to Cosmos DB through its stream APIs and read and write JSON themselves with the
/// domain's options: no second serializer, and status codes (404, 409, 412) come back as values, not exceptions.
/// </summary>
internal static class CosmosJson
{
    public static MemoryStream ToStream<T>(T value)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, value, DomainJson.Options);
        stream.Position = 0;
        return stream;
    }

    public static async Task<T> ReadAsync<T>(ResponseMessage response, CancellationToken cancellationToken) =>
        await JsonSerializer.DeserializeAsync<T>(response.Content, DomainJson.Options, cancellationToken)
        ?? throw new JsonException($"Cosmos DB answered an empty {typeof(T).Name}.");

    /// <summary>Runs a query and yields its items page by page.</summary>
    public static async IAsyncEnumerable<T> QueryAsync<T>(
        Container container, QueryDefinition query, QueryRequestOptions? options,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var iterator = container.GetItemQueryStreamIterator(query, requestOptions: options);
        while (iterator.HasMoreResults)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken);
            response.EnsureSuccessStatusCode();
            var page = await ReadAsync<QueryPage<T>>(response, cancellationToken);
            foreach (var item in page.Documents)
            {
                yield return item;
            }
        }
    }

    public sealed record QueryPage<T>(IReadOnlyList<T> Documents);
}
