using Microsoft.Azure.Cosmos;
using OneStop.Application.Administration;
using OneStop.Domain.Calendar;

namespace OneStop.Azure.Cosmos;

/// <summary>The holiday notices administrators applied, in the administration container: one document per year (partition "notices"), replaced by a later one.</summary>
public sealed class CosmosHolidayNoticeStore(Container container) : IHolidayNoticeStore
{
    private readonly AdministrationPartition notices = new(container, "notices");

    public Task SaveAsync(AnnualNotice notice, CancellationToken cancellationToken = default) =>
        notices.UpsertAsync(new NoticeDocument($"notice-{notice.Year}", notices.Name, notice), cancellationToken);

    public async Task<IReadOnlyList<AnnualNotice>> LoadAsync(CancellationToken cancellationToken = default) =>
        [.. (await notices.LoadAsync<NoticeDocument>(cancellationToken)).Select(d => d.Notice)];

    private sealed record NoticeDocument(string Id, string Partition, AnnualNotice Notice);
}
