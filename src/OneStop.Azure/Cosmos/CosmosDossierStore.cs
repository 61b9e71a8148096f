using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Azure.Cosmos;

/// <summary>The dossier store on Cosmos DB: one document per dossier, ETag-guarded writes, indexed queries.</summary>
public sealed class CosmosDossierStore(Container container) : IDossierStore
{
    public async Task<StoredDossier?> FindAsync(DossierCode code, CancellationToken cancellationToken = default)
    {
        using var response = await container.ReadItemStreamAsync(code.Value, new PartitionKey(code.Value), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        var document = await CosmosJson.ReadAsync<DossierDocument>(response, cancellationToken);
        return document.ToStored(response.Headers.ETag);
    }

    public async Task<StoredDossier> CreateAsync(Dossier dossier, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default)
    {
        var document = DossierDocument.From(dossier, wakeAt);
        using var payload = CosmosJson.ToStream(document);
        using var response = await container.CreateItemStreamAsync(payload, new PartitionKey(dossier.Id), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            throw new DossierConflictException(dossier.Id, $"Dossier {dossier.Id} exists already.");
        }
        response.EnsureSuccessStatusCode();
        return document.ToStored(response.Headers.ETag);
    }

    public async Task<StoredDossier> ReplaceAsync(Dossier dossier, DateTimeOffset? wakeAt, string etag, CancellationToken cancellationToken = default)
    {
        var document = DossierDocument.From(dossier, wakeAt);
        using var payload = CosmosJson.ToStream(document);
        using var response = await container.ReplaceItemStreamAsync(
            payload, dossier.Id, new PartitionKey(dossier.Id), new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new DossierConflictException(dossier.Id, $"Dossier {dossier.Id} changed since version {etag} was read.");
        }
        response.EnsureSuccessStatusCode();
        return document.ToStored(response.Headers.ETag);
    }

    public IAsyncEnumerable<StoredDossier> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            new QueryDefinition("SELECT TOP @limit * FROM c WHERE c.wakeAt <= @now ORDER BY c.wakeAt")
                .WithParameter("@limit", limit)
                .WithParameter("@now", now.ToUnixTimeMilliseconds()),
            cancellationToken);

    public IAsyncEnumerable<StoredDossier> NeedingAttentionAsync(DateTimeOffset until, CancellationToken cancellationToken = default) =>
        QueryAsync(
            new QueryDefinition("SELECT * FROM c WHERE c.attentionAt <= @until ORDER BY c.attentionAt")
                .WithParameter("@until", until.ToUnixTimeMilliseconds()),
            cancellationToken);

    public IAsyncEnumerable<StoredDossier> InStatusAsync(DossierStatus status, DepartmentCode? activeAt, CancellationToken cancellationToken = default) =>
        QueryAsync(
            activeAt is { } department
                ? new QueryDefinition("SELECT * FROM c WHERE c.status = @status AND ARRAY_CONTAINS(c.activeDepartments, @department)")
                    .WithParameter("@status", (int)status)
                    .WithParameter("@department", department.Value)
                : new QueryDefinition("SELECT * FROM c WHERE c.status = @status").WithParameter("@status", (int)status),
            cancellationToken);

    public async IAsyncEnumerable<DossierHeader> OpenAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var open = Enum.GetValues<DossierStatus>().Where(s => !s.IsFinal()).Select(s => (int)s).ToArray();
        var query = new QueryDefinition("SELECT c.id, c.status FROM c WHERE ARRAY_CONTAINS(@open, c.status)").WithParameter("@open", open);
        await foreach (var header in CosmosJson.QueryAsync<HeaderDocument>(container, query, null, cancellationToken))
        {
            yield return new DossierHeader(header.Id, (DossierStatus)header.Status);
        }
    }

    public IAsyncEnumerable<StoredDossier> ForPeriodAsync(ReportPeriod period, CancellationToken cancellationToken = default) =>
        QueryAsync(
            new QueryDefinition("SELECT * FROM c WHERE c.receivedAt < @to AND (NOT IS_DEFINED(c.endedAt) OR c.endedAt >= @from)")
                .WithParameter("@from", period.From.ToUnixTimeMilliseconds())
                .WithParameter("@to", period.To.ToUnixTimeMilliseconds()),
            cancellationToken);

    public async Task<DossierPage> SearchAsync(DossierFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        var query = DossierSearchQuery.For(filter);
        using var iterator = container.GetItemQueryStreamIterator(query, continuation, new QueryRequestOptions { MaxItemCount = pageSize });
        using var response = await iterator.ReadNextAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest && continuation is not null)
        {
            throw new ArgumentException("The continuation token is not one this search gave.", nameof(continuation));
        }
        response.EnsureSuccessStatusCode();
        var page = await CosmosJson.ReadAsync<CosmosJson.QueryPage<DossierDocument>>(response, cancellationToken);
        return new DossierPage([.. page.Documents.Select(d => d.ToStored(d.ETag ?? ""))], response.ContinuationToken);
    }

    public async Task<int> CountAsync(DossierFilter filter, CancellationToken cancellationToken = default)
    {
        // A count across partitions may come back as one partial count per page: their sum is the answer.
        int count = 0;
        using var iterator = container.GetItemQueryIterator<int>(DossierSearchQuery.Count(filter));
        while (iterator.HasMoreResults)
        {
            count += (await iterator.ReadNextAsync(cancellationToken)).Sum();
        }
        return count;
    }

    public IAsyncEnumerable<StoredDossier> WithPendingOutboxAsync(DateTimeOffset savedBefore, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            new QueryDefinition("SELECT TOP @limit * FROM c WHERE c.outboxCount > 0 AND c.savedAt < @before")
                .WithParameter("@limit", limit)
                .WithParameter("@before", savedBefore.ToUnixTimeMilliseconds()),
            cancellationToken);

    private sealed record HeaderDocument(string Id, int Status);

    private async IAsyncEnumerable<StoredDossier> QueryAsync(QueryDefinition query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in CosmosJson.QueryAsync<DossierDocument>(container, query, null, cancellationToken))
        {
            yield return document.ToStored(document.ETag ?? "");
        }
    }
}
