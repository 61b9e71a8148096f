using OneStop.Application.Portal;

namespace OneStop.Server.Workers;

/// <summary>
/// Runs the national portal's round (<see cref="PortalRound"/>) every sweep interval, fetching every fetch interval.
/// A round that fails is logged and the next one tries again.
/// </summary>
public sealed class PortalWorker(PortalRound round, PortalSettings settings, ILogger<PortalWorker> logger) : BackgroundService
{
    private const int SweepLimit = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextFetch = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                bool fetch = DateTimeOffset.UtcNow >= nextFetch;
                if (fetch)
                {
                    nextFetch = DateTimeOffset.UtcNow + settings.FetchInterval;
                }
                await round.RunAsync(SweepLimit, fetch, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Portal round failed; tried again next round");
            }
            await Task.Delay(settings.SweepInterval, stoppingToken);
        }
    }
}
