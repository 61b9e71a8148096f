using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The scorecard's aggregate records in the scores container: one document per day of receipt and intake point,
/// partitioned by month, in the compact shape of <see cref="ScoreDocuments"/>. An entry is put in with
/// optimistic concurrency on the record's ETag, retried from a fresh read when another writer came first; an entry no
/// newer than the one held changes nothing.
/// </summary>
public sealed class CosmosScoreCountStore(Container container) : IScoreCountStore
{
    private const int MaxAttempts = 8;

    public async Task RecordAsync(ScoreEntry entry, CancellationToken cancellationToken = default)
    {
        var partition = new PartitionKey(ScoreDocuments.MonthOf(entry.ReceivedDay));
        for (int attempt = 1; ; attempt++)
        {
            using var read = await container.ReadItemStreamAsync(entry.Bucket, partition, cancellationToken: cancellationToken);
            ResponseMessage written;
            if (read.StatusCode == HttpStatusCode.NotFound)
            {
                written = await container.CreateItemStreamAsync(ScoreDocuments.ToStream(ScoreRecord.For(entry)), partition, cancellationToken: cancellationToken);
            }
            else
            {
                read.EnsureSuccessStatusCode();
                var held = await ScoreDocuments.ReadAsync(read.Content, cancellationToken);
                var updated = held.With(entry);
                if (ReferenceEquals(updated, held))
                {
                    return;
                }
                written = await container.ReplaceItemStreamAsync(ScoreDocuments.ToStream(updated), entry.Bucket, partition,
                    new ItemRequestOptions { IfMatchEtag = read.Headers.ETag }, cancellationToken);
            }
            using (written)
            {
                if (written.IsSuccessStatusCode)
                {
                    return;
                }
                if (written.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed) || attempt == MaxAttempts)
                {
                    written.EnsureSuccessStatusCode();
                }
            }
        }
    }

    public async IAsyncEnumerable<ScoreRecord> ForPeriodAsync(DateTimeOffset from, DateOnly lastDay, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.day <= @lastDay AND (c.open > 0 OR c.latestEnd >= @from)")
            .WithParameter("@lastDay", ScoreDocuments.DayOf(lastDay))
            .WithParameter("@from", ScoreDocuments.InstantOf(from));
        using var iterator = container.GetItemQueryStreamIterator(query);
        while (iterator.HasMoreResults)
        {
            using var page = await iterator.ReadNextAsync(cancellationToken);
            page.EnsureSuccessStatusCode();
            await foreach (var record in ScoreDocuments.ReadPageAsync(page.Content, cancellationToken))
            {
                yield return record;
            }
        }
    }
}
