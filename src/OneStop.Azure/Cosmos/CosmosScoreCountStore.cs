using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The scorecard's aggregate records in the scores container: one document per day of receipt, intake point and
/// procedure, partitioned by month, holding its dossiers' entries and the two fields a period filters on (how many
/// are open, the latest end). An entry is put in with optimistic concurrency on the record's ETag, retried from a
/// fresh read when another writer came first; an entry no newer than the one held changes nothing.
/// </summary>
public sealed class CosmosScoreCountStore(Container container) : IScoreCountStore
{
    private const int MaxAttempts = 8;

    public async Task RecordAsync(ScoreEntry entry, CancellationToken cancellationToken = default)
    {
        var partition = new PartitionKey(MonthOf(entry.ReceivedDay));
        for (int attempt = 1; ; attempt++)
        {
            using var read = await container.ReadItemStreamAsync(entry.Bucket, partition, cancellationToken: cancellationToken);
            ResponseMessage written;
            if (read.StatusCode == HttpStatusCode.NotFound)
            {
                written = await container.CreateItemStreamAsync(CosmosJson.ToStream(ScoreDocument.Of(ScoreRecord.For(entry))), partition, cancellationToken: cancellationToken);
            }
            else
            {
                read.EnsureSuccessStatusCode();
                var held = (await CosmosJson.ReadAsync<ScoreDocument>(read, cancellationToken)).Record();
                var updated = held.With(entry);
                if (ReferenceEquals(updated, held))
                {
                    return;
                }
                written = await container.ReplaceItemStreamAsync(CosmosJson.ToStream(ScoreDocument.Of(updated)), entry.Bucket, partition,
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
            .WithParameter("@lastDay", lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .WithParameter("@from", from.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await foreach (var document in CosmosJson.QueryAsync<ScoreDocument>(container, query, null, cancellationToken))
        {
            yield return document.Record();
        }
    }

    private static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The stored shape: the record, its month (the partition), its day as yyyy-MM-dd and its latest end in UTC, so
    /// that the period's filter compares strings in their natural order.
    /// </summary>
    private sealed record ScoreDocument(string Id, string Month, string Day, string IntakePoint, string Procedure, int Open, string? LatestEnd, IReadOnlyList<ScoreEntry> Entries)
    {
        public static ScoreDocument Of(ScoreRecord record) => new(
            record.Id, MonthOf(record.Day), record.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.IntakePoint, record.Procedure,
            record.Open, record.LatestEnd?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), record.Entries);

        public ScoreRecord Record() => new(Id, DateOnly.ParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), IntakePoint, Procedure, Entries);
    }
}
