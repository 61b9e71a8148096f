using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;

namespace OneStop.Server.Workers;

/// <summary>
/// The relay of dossiers in the self-hosted server: its decision and wake-up workers serve every dossier from the
/// store, so each is always relayed and a restart has nothing to start. Waking a dossier is a turn, at once.
/// </summary>
public sealed class ServerWorkflowRelay(DossierTurns turns, IMessageQueue queue) : IWorkflowRelay
{
    /// <summary>A decision made in the workspace travels the department's decision queue, as its system's would.</summary>
    public Task HandOverAsync(DepartmentCode department, MessageEnvelope decision, CancellationToken cancellationToken = default) =>
        queue.SendAsync(QueueNames.Decisions(department), decision, cancellationToken);

    public Task<RelayState> StateAsync(string dossierId, CancellationToken cancellationToken = default) => Task.FromResult(RelayState.Running);

    public Task RestartAsync(string dossierId, CancellationToken cancellationToken = default) =>
        turns.AdvanceAsync(new TurnRequest(dossierId), cancellationToken);

    public Task WakeAsync(string dossierId, CancellationToken cancellationToken = default) =>
        turns.AdvanceAsync(new TurnRequest(dossierId), cancellationToken);
}
