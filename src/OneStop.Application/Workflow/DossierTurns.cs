using OneStop.Application.Dossiers;
using OneStop.Application.Messaging;
using OneStop.Application.Ports;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Workflow;

/// <summary>
/// One turn of a dossier's workflow: what arrived (a department's decision, or nothing: the wake-up time came or a
/// change was made over HTTP) is applied, and the answer says when to look again. This is the Durable activity
/// <c>AdvanceDossier</c> in Azure and what the server's decision and wake-up workers call, so every decision the
/// orchestration takes is made here, in code both hosts share and the server's tests cover.
/// </summary>
public sealed class DossierTurns(DossierService dossiers, IDossierStore store, DossierEngine engine)
{
    /// <summary>A turn as the orchestration asks for it: the decision message as it came off its queue, or nothing.</summary>
    /// <exception cref="DossierNotFoundException">No such dossier.</exception>
    public async Task<TurnOutcome> AdvanceAsync(TurnRequest request, CancellationToken cancellationToken = default)
    {
        Signal signal = new Tick();
        if (request.Decision is { } text)
        {
            var department = new DepartmentCode(request.Department ?? throw new ArgumentException("A decision turn names the decision queue's department.", nameof(request)));
            var (envelope, problem) = MessageEnvelope.Parse(text);
            try
            {
                signal = DecisionMessages.Validate(department, envelope ?? throw new MessageRejectedException(problem!));
            }
            catch (MessageRejectedException rejected)
            {
                return await RefusedAsync(request.DossierId, rejected.Message, cancellationToken);
            }
        }
        return await AdvanceAsync(request.DossierId, signal, cancellationToken);
    }

    /// <summary>A turn with a signal already read and checked (the server's decision worker).</summary>
    /// <exception cref="DossierNotFoundException">No such dossier.</exception>
    public async Task<TurnOutcome> AdvanceAsync(string dossierId, Signal signal, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await dossiers.ApplyAsync(dossierId, signal, cancellationToken);
            return Outcome(result.Dossier, result.Outcome == AdvanceOutcome.Applied, null);
        }
        catch (SignalRefusedException refused)
        {
            return await RefusedAsync(dossierId, $"{refused.Refusal.Code}: {refused.Refusal.Message}", cancellationToken);
        }
    }

    /// <summary>Refused: nothing changed; the answer is read from the dossier as it is.</summary>
    private async Task<TurnOutcome> RefusedAsync(string dossierId, string refusal, CancellationToken cancellationToken)
    {
        var stored = DossierCode.TryParse(dossierId, out var code) ? await store.FindAsync(code, cancellationToken) : null;
        return Outcome((stored ?? throw new DossierNotFoundException(dossierId)).Dossier, false, refusal);
    }

    /// <summary>Ticks every dossier whose wake-up time has come (the server's stand-in for durable timers); returns how many moved.</summary>
    public async Task<int> WakeDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        int woken = 0;
        await foreach (var due in store.DueAsync(now, limit, cancellationToken))
        {
            woken += (await AdvanceAsync(new TurnRequest(due.Dossier.Id), cancellationToken)).Moved ? 1 : 0;
        }
        return woken;
    }

    /// <summary>A finished dossier whose outbox could not be sent yet is finished too: the outbox sweep sends it.</summary>
    private TurnOutcome Outcome(Dossier dossier, bool moved, string? refusal) =>
        new(engine.WakeAt(dossier), dossier.Status.IsFinal(), (int)dossier.Status, moved, refusal);
}

/// <summary>
/// What a turn is given: the dossier, and either a decision message as it came off the named department's
/// decision queue (JSON text, so that it crosses the orchestration's serializer untouched) or nothing.
/// </summary>
public sealed record TurnRequest(string DossierId, string? Department = null, string? Decision = null);

/// <summary>
/// What a turn answers: when to wake up even if nothing arrives (null: only a signal can move the dossier),
/// whether the dossier is finished for good, its status, whether this turn changed it, and why a decision was
/// refused (it changed nothing).
/// </summary>
public sealed record TurnOutcome(DateTimeOffset? WakeAt, bool Finished, int Status, bool Moved, string? Refusal = null);
