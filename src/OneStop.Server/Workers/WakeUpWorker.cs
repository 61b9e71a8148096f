using OneStop.Application.Dossiers;
using OneStop.Application.Workflow;
using OneStop.Server.Hosting;

namespace OneStop.Server.Workers;

/// <summary>
/// Does what the Durable timers do in Azure: runs a turn for each dossier whose wake-up time has come (an indexed
/// query of what is due, never a scan), and dispatches outboxes a crash left behind.
/// </summary>
public sealed class WakeUpWorker(DossierTurns turns, DossierService dossiers, ServerSettings settings, TimeProvider time, ILogger<WakeUpWorker> logger) : BackgroundService
{
    /// <summary>Outbox sweeps need not run as often as wake-ups: they only pick up what a crash or a failed send left.</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sinceSweep = System.Diagnostics.Stopwatch.StartNew();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int woken = await turns.WakeDueAsync(time.GetUtcNow(), 100, stoppingToken);
                int dispatched = 0;
                if (sinceSweep.Elapsed >= SweepInterval)
                {
                    dispatched = await dossiers.DispatchPendingAsync(100, stoppingToken);
                    sinceSweep.Restart();
                }
                if (woken + dispatched > 0)
                {
                    logger.LogInformation("Woke {Woken} dossiers, dispatched {Dispatched} pending commands", woken, dispatched);
                    continue;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Wake-up round failed; retrying");
            }
            await Task.Delay(settings.Workers.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
