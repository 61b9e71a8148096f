using OneStop.Application.Dossiers;
using OneStop.Application.Ports;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Workflow;

/// <summary>An open dossier that nothing relays.</summary>
public sealed record StalledWorkflow(string Code, DossierStatus Status, RelayState Relay);

/// <summary>What an operator sees: open dossiers nothing relays, and signals parked for replay.</summary>
public sealed record WorkflowReport(IReadOnlyList<StalledWorkflow> Stalled, IReadOnlyList<ParkedSignal> Parked);

/// <summary>What a restart did: the relay's state before it, whether it was restarted, how many parked signals were replayed.</summary>
public sealed record WorkflowRestart(string Code, RelayState Before, bool Restarted, int SignalsReplayed);

/// <summary>
/// The administrators' repair of the workflow: find open dossiers whose relay failed, ended or never started, and
/// signals that were parked; restart a dossier's relay from its document and replay its parked signals. A
/// parked signal is let go only after it was handed to the relay, so a repair that fails half-way loses nothing.
/// </summary>
public sealed class WorkflowRepair(IDossierStore store, IParkedSignalStore parked)
{
    private static readonly DossierStatus[] OpenStatuses = [.. Enum.GetValues<DossierStatus>().Where(s => !s.IsFinal())];

    /// <summary>Reads every open dossier's relay state (one look-up each): an operator's occasional check, not a hot path.</summary>
    public async Task<WorkflowReport> InspectAsync(IWorkflowRelay relay, int limit, CancellationToken cancellationToken = default)
    {
        var stalled = new List<StalledWorkflow>();
        foreach (var status in OpenStatuses)
        {
            await foreach (var stored in store.InStatusAsync(status, null, cancellationToken))
            {
                if (stalled.Count >= limit)
                {
                    break;
                }
                var state = await relay.StateAsync(stored.Dossier.Id, cancellationToken);
                if (state != RelayState.Running)
                {
                    stalled.Add(new StalledWorkflow(stored.Dossier.Id, stored.Dossier.Status, state));
                }
            }
        }
        return new WorkflowReport(stalled, await parked.ListAsync(null, limit, cancellationToken));
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
        var signals = await parked.ListAsync(code, 1000, cancellationToken);
        foreach (var signal in signals)
        {
            await relay.SignalAsync(code, signal.Signal, cancellationToken);
            await parked.RemoveAsync(signal, cancellationToken);
        }
        return new WorkflowRestart(code, before, before != RelayState.Running, signals.Count);
    }
}
