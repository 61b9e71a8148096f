using Microsoft.Extensions.Logging;

namespace OneStop.Application.Portal;

/// <summary>
/// One round of the national portal's connection, the same in both hosts (the server's worker every few seconds, the
/// Functions timer every minute): report the dossiers whose attempt is due (several instances may run it at once:
/// each dossier is leased by one), then, in fetch mode and when asked, read the dossiers filed on the portal since the
/// last fetch. What fails is logged and tried again next round.
/// </summary>
public sealed class PortalRound(PortalReporter reporter, PortalIntake intake, PortalSettings settings, ILogger<PortalRound> logger)
{
    /// <param name="sweepLimit">At most this many dossiers reported in the round.</param>
    /// <param name="fetch">Whether this round also fetches (the server fetches less often than it reports).</param>
    public async Task RunAsync(int sweepLimit, bool fetch, CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
        {
            return;
        }
        var report = await reporter.SweepAsync(sweepLimit, cancellationToken);
        if (report.Failed > 0)
        {
            logger.LogWarning("Portal reports: {Reported} dossiers reported, {Failed} attempts failed and wait to be retried", report.Reported, report.Failed);
        }
        foreach (var dead in report.DeadLettered)
        {
            logger.LogError("Portal reports of dossier {Dossier} stopped after {Attempts} attempts, in the dead letters: {Reason}", dead.DossierCode, dead.Attempts, dead.LastError);
        }
        if (!fetch || settings.Inbound != PortalInboundMode.Fetch)
        {
            return;
        }
        try
        {
            var received = await intake.FetchAsync(cancellationToken);
            logger.LogInformation("Portal fetch: {Count} dossiers read, {Refused} refused", received.Count, received.Count(r => r.Outcome == PortalIntakeOutcome.Refused));
            foreach (var refused in received.Where(r => r.Outcome == PortalIntakeOutcome.Refused))
            {
                logger.LogWarning("Portal dossier {PortalCode} refused: {Problems}", refused.PortalCode, string.Join(" ", refused.Problems));
            }
        }
        catch (PortalUnavailableException e)
        {
            logger.LogWarning("The portal's dossiers could not be fetched, tried again next round: {Reason}", e.Message);
        }
    }
}
