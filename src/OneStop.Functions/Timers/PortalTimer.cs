using OneStop.Application.Portal;

namespace OneStop.Functions.Timers;

/// <summary>
/// The national portal's round, every minute when the connection is enabled: reports the dossiers whose attempt is
/// due (several instances may run it at once: each dossier is leased by one), and in fetch mode reads the dossiers
/// filed on the portal since the last fetch.
/// </summary>
public sealed class PortalTimer(PortalReporter reporter, PortalIntake intake, PortalSettings settings, ILogger<PortalTimer> logger)
{
    [Function(nameof(PortalTimer))]
    public async Task RunAsync([TimerTrigger("0 * * * * *")] TimerInfo timer, FunctionContext context)
    {
        if (!settings.Enabled)
        {
            return;
        }
        var report = await reporter.SweepAsync(500, context.CancellationToken);
        foreach (var dead in report.DeadLettered)
        {
            logger.LogError("Portal reports of dossier {Dossier} stopped after {Attempts} attempts, in the dead letters: {Reason}", dead.DossierCode, dead.Attempts, dead.LastError);
        }
        if (settings.Inbound != PortalInboundMode.Fetch)
        {
            return;
        }
        try
        {
            var received = await intake.FetchAsync(context.CancellationToken);
            logger.LogInformation("Portal fetch: {Count} dossiers read, {Refused} refused", received.Count, received.Count(r => r.Outcome == PortalIntakeOutcome.Refused));
        }
        catch (PortalUnavailableException e)
        {
            logger.LogWarning("The portal's dossiers could not be fetched, tried again next minute: {Reason}", e.Message);
        }
    }
}
