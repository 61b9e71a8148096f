using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Workflow;

/// <summary>An open dossier that nothing relays.</summary>
public sealed record StalledWorkflow(string Code, DossierStatus Status, RelayState Relay);

/// <summary>What an operator sees: open dossiers nothing relays, and signals parked for replay.</summary>
public sealed record WorkflowReport(IReadOnlyList<StalledWorkflow> Stalled, IReadOnlyList<HeldSignal> Parked);

/// <summary>What a restart did: the relay's state before it, whether it was restarted, how many parked signals were replayed.</summary>
public sealed record WorkflowRestart(string Code, RelayState Before, bool Restarted, int SignalsReplayed);

/// <summary>
/// The administrators' repair of the workflow: find open dossiers whose relay failed, ended or never started, and
/// signals that were parked; restart a dossier's relay from its document and replay its parked signals (back into
/// its inbox with their tries renewed, then a turn). Nothing is removed here, so a repair that fails half-way
/// loses nothing and can be run again.
/// </summary>
public sealed class WorkflowRepair(IDossierStore store, ISignalInbox inbox)
{
    /// <summary>Reads every open dossier's relay state (one look-up each): an operator's occasional check, not a hot path.</summary>
    public async Task<WorkflowReport> InspectAsync(IWorkflowRelay relay, int limit, CancellationToken cancellationToken = default)
    {
        var stalled = new List<StalledWorkflow>();
        await foreach (var open in store.OpenAsync(cancellationToken))
        {
            var state = await relay.StateAsync(open.Code, cancellationToken);
            if (state != RelayState.Running)
            {
                stalled.Add(new StalledWorkflow(open.Code, open.Status, state));
                if (stalled.Count >= limit)
                {
                    break;
                }
            }
        }
        return new WorkflowReport(stalled, await inbox.ParkedAsync(null, limit, cancellationToken));
    }

    /// <exception cref="DossierNotFoundException">No such dossier.</exception>
    /// <exception cref="SignalRefusedException">The dossier is finished: there is nothing left to relay.</exception>
    public async Task<WorkflowRestart> RestartAsync(IWorkflowRelay relay, string code, CancellationToken cancellationToken = default)
    {
        var stored = (DossierCode.TryParse(code, out var parsed) ? await store.FindAsync(parsed, cancellationToken) : null)
            ?? throw new DossierNotFoundException(code);
        if (stored.Dossier.Status.IsFinal())
        {
            throw new SignalRefusedException(new Domain.Workflow.Refusal(
                "dossier_finished", $"Hồ sơ {code} đã kết thúc ({stored.Dossier.Status.Vietnamese()}); không còn gì để chạy lại."));
        }
        var before = await relay.StateAsync(code, cancellationToken);
        if (before != RelayState.Running)
        {
            await relay.RestartAsync(code, cancellationToken);
        }
        var parked = await inbox.ParkedAsync(code, 1000, cancellationToken);
        foreach (var signal in parked)
        {
            await inbox.SaveAsync(signal.Replayed(), cancellationToken);
        }
        await relay.WakeAsync(code, cancellationToken);
        return new WorkflowRestart(code, before, before != RelayState.Running, parked.Count);
    }
}
