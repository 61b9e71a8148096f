using Microsoft.Azure.Cosmos;
using OneStop.Application.Administration;
using OneStop.Domain.Calendar;

namespace OneStop.Azure.Cosmos;

/// <summary>The holiday notices administrators applied, in the administration container: one document per year (partition "notices"), replaced by a later one.</summary>
public sealed class CosmosHolidayNoticeStore(Container container) : IHolidayNoticeStore
{
    private const string Partition = "notices";

    public async Task SaveAsync(AnnualNotice notice, CancellationToken cancellationToken = default)
    {
        using var payload = CosmosJson.ToStream(new NoticeDocument($"notice-{notice.Year}", Partition, notice));
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(Partition), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<AnnualNotice>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var notices = new List<AnnualNotice>();
        await foreach (var document in CosmosJson.QueryAsync<NoticeDocument>(
            container, new QueryDefinition("SELECT * FROM c"), new QueryRequestOptions { PartitionKey = new PartitionKey(Partition) }, cancellationToken))
        {
            notices.Add(document.Notice);
        }
        return notices;
    }

    private sealed record NoticeDocument(string Id, string Partition, AnnualNotice Notice);
}
