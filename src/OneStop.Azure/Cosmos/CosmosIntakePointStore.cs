using Microsoft.Azure.Cosmos;
using OneStop.Application.Centers;

namespace OneStop.Azure.Cosmos;

/// <summary>The intake points administrators added or changed, in the administration container (partition "intake-points"), one document per code.</summary>
public sealed class CosmosIntakePointStore(Container container) : IIntakePointStore
{
    private readonly AdministrationPartition points = new(container, "intake-points");

    public Task SaveAsync(IntakePointEntry entry, CancellationToken cancellationToken = default) =>
        points.UpsertAsync(new PointDocument($"intake-point-{entry.Point.Code}", points.Name, entry), cancellationToken);

    public async Task<IReadOnlyList<IntakePointEntry>> LoadAsync(CancellationToken cancellationToken = default) =>
        [.. (await points.LoadAsync<PointDocument>(cancellationToken)).Select(d => d.Entry)];

    private sealed record PointDocument(string Id, string Partition, IntakePointEntry Entry);
}
