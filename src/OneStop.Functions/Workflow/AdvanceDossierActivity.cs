using OneStop.Application.Workflow;

namespace OneStop.Functions.Workflow;

/// <summary>The activity each orchestration turn calls: the shared <see cref="DossierTurns"/>, nothing more.</summary>
public sealed class AdvanceDossierActivity(DossierTurns turns)
{
    public const string Name = "AdvanceDossier";

    [Function(Name)]
    public Task<TurnOutcome> RunAsync([ActivityTrigger] TurnRequest request, CancellationToken cancellationToken) =>
        turns.AdvanceAsync(request, cancellationToken);
}
