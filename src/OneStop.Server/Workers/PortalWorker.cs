using OneStop.Application.Portal;

namespace OneStop.Server.Workers;

/// <summary>
/// Keeps the national portal informed and, in fetch mode, reads the dossiers filed on it: every few seconds it
/// reports the dossiers whose attempt is due, and every fetch interval it asks the portal for new dossiers. Runs only
/// when the connection is enabled; failures are logged and retried by the next round.
/// </summary>
public sealed class PortalWorker(PortalReporter reporter, PortalIntake intake, PortalSettings settings, ILogger<PortalWorker> logger) : BackgroundService
{
    private const int SweepLimit = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextFetch = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await reporter.SweepAsync(SweepLimit, stoppingToken);
                Log(report);
                if (settings.Inbound == PortalInboundMode.Fetch && DateTimeOffset.UtcNow >= nextFetch)
                {
                    nextFetch = DateTimeOffset.UtcNow + settings.FetchInterval;
                    var received = await intake.FetchAsync(stoppingToken);
                    foreach (var refused in received.Where(r => r.Outcome == PortalIntakeOutcome.Refused))
                    {
                        logger.LogWarning("Portal dossier {PortalCode} refused: {Problems}", refused.PortalCode, string.Join(" ", refused.Problems));
                    }
                }
            }
            catch (PortalUnavailableException e)
            {
                logger.LogWarning("The portal's dossiers could not be fetched, tried again next round: {Reason}", e.Message);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Portal round failed; tried again next round");
            }
            await Task.Delay(settings.SweepInterval, stoppingToken);
        }
    }

    private void Log(PortalSweepReport report)
    {
        if (report.Failed > 0)
        {
            logger.LogWarning("Portal reports: {Reported} dossiers reported, {Failed} attempts failed and wait to be retried", report.Reported, report.Failed);
        }
        foreach (var dead in report.DeadLettered)
        {
            logger.LogError("Portal reports of dossier {Dossier} stopped after {Attempts} attempts, in the dead letters: {Reason}", dead.DossierCode, dead.Attempts, dead.LastError);
        }
    }
}
