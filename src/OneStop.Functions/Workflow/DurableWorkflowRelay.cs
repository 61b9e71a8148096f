using System.Text.Json;
using Microsoft.DurableTask.Client;
using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;

namespace OneStop.Functions.Workflow;

/// <summary>
/// The relay of dossiers in Azure: one Durable orchestration each, instance id = dossier code. A restart purges what
/// is left of an ended orchestration and starts a new one, whose first turn reads the dossier's document.
/// </summary>
public sealed class DurableWorkflowRelay(DurableTaskClient durable, DossierOrchestrationClient orchestrations, TimeProvider time) : IWorkflowRelay
{
    /// <summary>A decision made in the workspace goes where a Service Bus decision goes once vetted: the inbox, then the event.</summary>
    public Task HandOverAsync(DepartmentCode department, MessageEnvelope decision, CancellationToken cancellationToken = default) =>
        orchestrations.HandOverAsync(
            durable, HeldSignal.Of(decision.DossierId, department.Value, JsonSerializer.Serialize(decision, DomainJson.Options), time.GetUtcNow()), cancellationToken);

    public async Task<RelayState> StateAsync(string dossierId, CancellationToken cancellationToken = default) =>
        (await durable.GetInstanceAsync(dossierId, false, cancellationToken))?.RuntimeStatus switch
        {
            null => RelayState.Missing,
            OrchestrationRuntimeStatus.Completed => RelayState.Completed,
            OrchestrationRuntimeStatus.Failed => RelayState.Failed,
            OrchestrationRuntimeStatus.Terminated => RelayState.Terminated,
            _ => RelayState.Running,
        };

    public async Task RestartAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        if (await durable.GetInstanceAsync(dossierId, false, cancellationToken) is not null)
        {
            await durable.PurgeInstanceAsync(dossierId, null, cancellationToken);
        }
        await orchestrations.EnsureStartedAsync(durable, dossierId, cancellationToken);
    }

    public Task WakeAsync(string dossierId, CancellationToken cancellationToken = default) =>
        orchestrations.NudgeAsync(durable, dossierId, cancellationToken);
}
