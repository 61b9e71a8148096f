using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneStop.Server.Hosting;

/// <summary>Ready when the dossier store, the attachment container and the queue service all answer.</summary>
public sealed class StorageReadiness(Database database, BlobContainerClient attachments, QueueServiceClient queues) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        try
        {
            using var response = await database.ReadStreamAsync(cancellationToken: cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"dossier store answered {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add($"dossier store: {e.GetType().Name}");
        }
        try
        {
            if (!await attachments.ExistsAsync(cancellationToken))
            {
                failures.Add("attachment container missing");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add($"blob service: {e.GetType().Name}");
        }
        try
        {
            await queues.GetPropertiesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add($"queue service: {e.GetType().Name}");
        }
        return failures.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join("; ", failures));
    }
}
