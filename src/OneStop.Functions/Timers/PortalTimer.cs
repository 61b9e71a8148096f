using OneStop.Application.Portal;

namespace OneStop.Functions.Timers;

/// <summary>The national portal's round (<see cref="PortalRound"/>) every minute, fetching each time in fetch mode.</summary>
public sealed class PortalTimer(PortalRound round)
{
    private const int SweepLimit = 500;

    [Function(nameof(PortalTimer))]
    public Task RunAsync([TimerTrigger("0 * * * * *")] TimerInfo timer, FunctionContext context) =>
        round.RunAsync(SweepLimit, fetch: true, context.CancellationToken);
}
