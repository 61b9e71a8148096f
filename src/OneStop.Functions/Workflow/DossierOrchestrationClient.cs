using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using OneStop.Application.Workflow;

namespace OneStop.Functions.Workflow;

/// <summary>The client side of the dossiers' orchestrations: start one (idempotently), hand one a decision, nudge one.</summary>
public sealed class DossierOrchestrationClient(OrchestrationPolicy policy, ISignalInbox inbox)
{
    /// <summary>
    /// Starts the dossier's orchestration (instance id = dossier code) unless it exists, running or finished. Two
    /// callers racing both find it missing; the second start fails, and finding it then is success.
    /// </summary>
    public async Task EnsureStartedAsync(DurableTaskClient durable, string code, CancellationToken cancellationToken)
    {
        if (await durable.GetInstanceAsync(code, false, cancellationToken) is not null)
        {
            return;
        }
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(DossierOrchestrator.Name, new DossierRun(code, Policy: policy), new StartOrchestrationOptions(code), cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (await durable.GetInstanceAsync(code, false, cancellationToken) is null)
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Hands a vetted decision to its dossier: kept in the inbox first, then the orchestration (started if need be)
    /// told to look. Once this returns, the decision is kept whatever becomes of the event.
    /// </summary>
    public async Task HandOverAsync(DurableTaskClient durable, HeldSignal signal, CancellationToken cancellationToken)
    {
        await inbox.AddAsync(signal, cancellationToken);
        await EnsureStartedAsync(durable, signal.DossierId, cancellationToken);
        await durable.RaiseEventAsync(signal.DossierId, DossierLoop.SignalEvent, new DossierSignal(signal.Id), cancellationToken);
    }

    /// <summary>Tells the orchestration the dossier changed outside it, so that its next turn reads the new wake-up time.</summary>
    public Task NudgeAsync(DurableTaskClient durable, string code, CancellationToken cancellationToken) =>
        durable.RaiseEventAsync(code, DossierLoop.SignalEvent, new DossierSignal(), cancellationToken);
}
