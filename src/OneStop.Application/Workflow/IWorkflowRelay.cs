using OneStop.Application.Common;
using OneStop.Domain.Catalog;

namespace OneStop.Application.Workflow;

/// <summary>How the relay of one dossier stands: what carries its signals and wakes it at its deadlines.</summary>
public enum RelayState
{
    /// <summary>Relaying: signals and timers reach the dossier's turns.</summary>
    Running,

    /// <summary>Nothing relays the dossier: its orchestration was never started, or was purged.</summary>
    Missing,

    /// <summary>The orchestration ended, though the dossier is still open.</summary>
    Completed,

    /// <summary>The orchestration failed.</summary>
    Failed,

    /// <summary>Someone terminated the orchestration.</summary>
    Terminated,
}

/// <summary>
/// What relays dossiers in a host: one Durable orchestration per dossier in Azure; the queue and wake-up workers
/// in the self-hosted server, which serve every dossier and have nothing of their own to restart. The dossier's
/// document and its inbox are the truth; a relay holds nothing a restart could lose.
/// </summary>
public interface IWorkflowRelay
{
    Task<RelayState> StateAsync(string dossierId, CancellationToken cancellationToken = default);

    /// <summary>Starts relaying a dossier that nothing relays (any state but <see cref="RelayState.Running"/>), from its document.</summary>
    Task RestartAsync(string dossierId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands a department's decision to the dossier on the path the department's own system uses: its decision queue
    /// in the self-hosted server, the dossier's inbox and a Durable event in Azure.
    /// </summary>
    Task HandOverAsync(DepartmentCode department, MessageEnvelope decision, CancellationToken cancellationToken = default);

    /// <summary>Has the dossier take a turn soon: what waits in its inbox, and what time has brought.</summary>
    Task WakeAsync(string dossierId, CancellationToken cancellationToken = default);
}
