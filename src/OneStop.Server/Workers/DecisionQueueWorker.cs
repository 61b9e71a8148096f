using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Application.Decisions;
using OneStop.Server.Hosting;

namespace OneStop.Server.Workers;

/// <summary>
/// Reads every department's decision queue and turns each message into a signal. A message for another
/// department's step, or one the engine refuses, goes to the poison queue with the reason. On shutdown the
/// message in hand is finished or left on its queue, never half applied (the save is one write).
/// </summary>
public sealed class DecisionQueueWorker(IMessageQueue queue, DecisionMessages decisions, CatalogCache catalog, ServerSettings settings, ILogger<DecisionQueueWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan DepthSampleInterval = TimeSpan.FromSeconds(30);
    private DateTimeOffset lastDepthSample = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled = 0;
            foreach (var department in catalog.Current.Departments)
            {
                try
                {
                    var name = QueueNames.Decisions(department.Code);
                    var report = await queue.ProcessAsync(name, async (message, ct) =>
                    {
                        using (logger.BeginScope(new Dictionary<string, object> { ["DossierCode"] = message.DossierId, ["MessageId"] = message.MessageId }))
                        {
                            await decisions.HandleAsync(department.Code, message, ct);
                        }
                    }, 16, stoppingToken);
                    handled += report.Completed + report.Poisoned;
                    if (report.Poisoned > 0)
                    {
                        logger.LogWarning("{Count} decision messages of {Department} went to the poison queue", report.Poisoned, department.Code);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Reading the decision queue of {Department} failed; retrying", department.Code);
                }
            }
            if (handled == 0)
            {
                await SampleDepthsAsync(stoppingToken);
                await Task.Delay(settings.Workers.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Queue depths for the metrics, sampled when the worker is idle, at most every 30 seconds.</summary>
    private async Task SampleDepthsAsync(CancellationToken stoppingToken)
    {
        if (DateTimeOffset.UtcNow - lastDepthSample < DepthSampleInterval)
        {
            return;
        }
        lastDepthSample = DateTimeOffset.UtcNow;
        foreach (var department in catalog.Current.Departments)
        {
            var name = QueueNames.Decisions(department.Code);
            try
            {
                OneStopTelemetry.SampleQueueDepth(name, await queue.DepthAsync(name, stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Sampling the depth of {Queue} failed", name);
            }
        }
    }
}
