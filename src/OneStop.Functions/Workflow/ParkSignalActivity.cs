using OneStop.Application.Ports;
using OneStop.Application.Workflow;

namespace OneStop.Functions.Workflow;

/// <summary>The activity the orchestration calls for a signal no turn could apply: keep it for an operator.</summary>
public sealed class ParkSignalActivity(IParkedSignalStore parked)
{
    public const string Name = "ParkSignal";

    [Function(Name)]
    public Task RunAsync([ActivityTrigger] ParkedSignal signal, CancellationToken cancellationToken) =>
        parked.ParkAsync(signal, cancellationToken);
}
