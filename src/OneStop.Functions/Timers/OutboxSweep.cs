using OneStop.Application.Dossiers;

namespace OneStop.Functions.Timers;

/// <summary>
/// Dispatches what saved dossiers still hold in their outbox: commands whose sending failed, or whose worker died
/// between the save and the send. Sending twice is harmless (stable message ids, duplicate detection).
/// </summary>
public sealed class OutboxSweep(DossierService dossiers, ILogger<OutboxSweep> logger)
{
    [Function(nameof(OutboxSweep))]
    public async Task RunAsync([TimerTrigger("0 */2 * * * *")] TimerInfo timer, FunctionContext context)
    {
        int dispatched = await dossiers.DispatchPendingAsync(100, context.CancellationToken);
        if (dispatched > 0)
        {
            logger.LogInformation("Dispatched {Count} pending commands", dispatched);
        }
    }
}
