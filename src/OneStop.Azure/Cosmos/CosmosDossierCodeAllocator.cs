using System.Net;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Filing;
using OneStop.Domain.Dossiers;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// Dossier codes from one counter document per series (an agency's day, named as the codes are without their number:
/// "{agency}-{yyMMdd}" for the general format, as before the formats were data), advanced by Cosmos DB's atomic increment patch:
/// each call moves the counter once and reads the value it moved it to, so concurrent callers never get the
/// same number and nobody retries in a loop.
/// </summary>
public sealed class CosmosDossierCodeAllocator(Container container) : IDossierCodeAllocator
{
    private static readonly PatchOperation[] Increment = [PatchOperation.Increment("/last", 1)];

    public async Task<DossierCode> NextAsync(DossierCodeSeries series, CancellationToken cancellationToken = default)
    {
        var id = series.Key;
        var partition = new PartitionKey(id);
        while (true)
        {
            using var response = await container.PatchItemStreamAsync(id, partition, Increment, cancellationToken: cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // First code of the day: create the counter at 0 (a concurrent creator may win; either way it exists) and increment.
                using var created = await container.CreateItemStreamAsync(CosmosJson.ToStream(new Counter(id, 0)), partition, cancellationToken: cancellationToken);
                if (!created.IsSuccessStatusCode && created.StatusCode != HttpStatusCode.Conflict)
                {
                    created.EnsureSuccessStatusCode();
                }
                continue;
            }
            response.EnsureSuccessStatusCode();
            var counter = await CosmosJson.ReadAsync<Counter>(response, cancellationToken);
            return series.Number((int)counter.Last);
        }
    }

    private sealed record Counter(string Id, long Last);
}
