using System.Net;
using System.Text;
using Microsoft.Azure.Cosmos;

namespace OneStop.Azure.Tests;

/// <summary>
/// The local Cosmos DB stand-in behaves as Cosmos DB does where the adapters depend on it: queries run (the
/// SDK gets a query plan), a query scoped to a partition sees only that partition, and a missing item is 404.
/// </summary>
public class CosmosStandInTests(LocalServices services) : IClassFixture<LocalServices>
{
    private async Task<Container> ContainerAsync()
    {
        var database = services.Cosmos.GetDatabase(services.Settings.CosmosDatabase);
        return (await database.CreateContainerIfNotExistsAsync(new ContainerProperties("standin", "/pk"))).Container;
    }

    private static MemoryStream Json(string id, string pk, int n) => new(Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","pk":"{{pk}}","n":{{n}}}"""));

    [Fact]
    public async Task A_query_scoped_to_a_partition_sees_only_that_partition()
    {
        var container = await ContainerAsync();
        await container.UpsertItemStreamAsync(Json("a1", "a", 1), new PartitionKey("a"));
        await container.UpsertItemStreamAsync(Json("a2", "a", 2), new PartitionKey("a"));
        await container.UpsertItemStreamAsync(Json("b1", "b", 3), new PartitionKey("b"));

        var ids = new List<string>();
        using var iterator = container.GetItemQueryIterator<Item>("SELECT * FROM c ORDER BY c.n", requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("a") });
        while (iterator.HasMoreResults)
        {
            ids.AddRange((await iterator.ReadNextAsync()).Select(i => i.Id));
        }

        Assert.Equal(["a1", "a2"], ids);
    }

    [Fact]
    public async Task A_cross_partition_query_sees_every_partition()
    {
        var container = await ContainerAsync();
        await container.UpsertItemStreamAsync(Json("c1", "c", 10), new PartitionKey("c"));
        await container.UpsertItemStreamAsync(Json("d1", "d", 11), new PartitionKey("d"));

        using var iterator = container.GetItemQueryIterator<int>("SELECT VALUE COUNT(1) FROM c WHERE c.n >= 10");
        var count = (await iterator.ReadNextAsync()).Single();

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Reading_a_missing_item_is_404()
    {
        var container = await ContainerAsync();
        using var response = await container.ReadItemStreamAsync("nobody", new PartitionKey("nowhere"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public sealed record Item(string Id, string Pk, int N);
}
