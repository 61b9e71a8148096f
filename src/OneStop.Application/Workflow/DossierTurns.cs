using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Workflow;

/// <summary>
/// One turn of a dossier's workflow: the decisions waiting in its inbox are applied, then what time has brought,
/// and the answer says when to look again. This is the Durable activity <c>AdvanceDossier</c> in Azure; the
/// server's decision and wake-up workers apply their signals through the same code, so every decision the
/// orchestration relays is made here, in code both hosts share and the server's tests cover.
/// </summary>
public sealed class DossierTurns(DossierService dossiers, IDossierStore store, DossierEngine engine, ISignalInbox inbox, TimeProvider time)
{
    /// <summary>
    /// A turn as the orchestration asks for it: every decision waiting in the dossier's inbox, in the order received
    /// (each removed once applied or refused; a failing one kept for another try, or parked after its last, and the
    /// ones after it left to wait, so a department's decisions keep their order), then what time has brought.
    /// </summary>
    /// <exception cref="DossierNotFoundException">No such dossier.</exception>
    public async Task<TurnOutcome> AdvanceAsync(TurnRequest request, CancellationToken cancellationToken = default)
    {
        var taken = new List<string>();
        var refusals = new List<string>();
        int parked = 0;
        bool moved = false, retry = false;
        foreach (var held in await inbox.WaitingAsync(request.DossierId, cancellationToken))
        {
            try
            {
                var outcome = await TakeAsync(held, cancellationToken);
                moved |= outcome.Moved;
                refusals.AddRange(outcome.Refusals);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var failed = held.Failed(e.Message, time.GetUtcNow());
                await inbox.SaveAsync(failed, cancellationToken);
                if (failed.Parked)
                {
                    parked++;
                    continue;
                }
                retry = true;
                break;
            }
            await inbox.RemoveAsync(held, cancellationToken);
            taken.Add(held.Id);
        }
        var ticked = await AdvanceAsync(request.DossierId, new Tick(), cancellationToken);
        return ticked with { Moved = moved || ticked.Moved, Taken = taken, Refusals = refusals, Parked = parked, RetryWanted = retry };
    }

    /// <summary>Applies one held decision; a decision its queue may not carry is refused like one the engine refuses.</summary>
    private async Task<TurnOutcome> TakeAsync(HeldSignal held, CancellationToken cancellationToken)
    {
        var (envelope, problem) = MessageEnvelope.Parse(held.Decision);
        DepartmentDecision decision;
        try
        {
            decision = DecisionMessage.Read(new DepartmentCode(held.Department), envelope ?? throw new MessageRejectedException(problem!));
        }
        catch (MessageRejectedException rejected)
        {
            return new TurnOutcome(null, false, 0, false) { Refusals = [rejected.Message] };
        }
        return await AdvanceAsync(held.DossierId, decision, cancellationToken);
    }

    /// <summary>A turn with a signal already read and checked (the server's decision worker).</summary>
    /// <exception cref="DossierNotFoundException">No such dossier.</exception>
    public async Task<TurnOutcome> AdvanceAsync(string dossierId, Signal signal, CancellationToken cancellationToken = default)
    {
        var result = await dossiers.ApplyAsync(dossierId, signal, cancellationToken);
        return result.Refusal is { } refusal
            ? Outcome(result.Dossier, false) with { Refusals = [$"{refusal.Code}: {refusal.Message}"] }
            : Outcome(result.Dossier, result.Outcome == AdvanceOutcome.Applied);
    }

    /// <summary>
    /// Ticks every dossier whose wake-up time has come (the server's stand-in for durable timers); returns how many
    /// moved. The server's decisions come straight off its queues, never through the inbox, so it is not read here.
    /// </summary>
    public async Task<int> WakeDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        int woken = 0;
        await foreach (var due in store.DueAsync(now, limit, cancellationToken))
        {
            woken += (await AdvanceAsync(due.Dossier.Id, new Tick(), cancellationToken)).Moved ? 1 : 0;
        }
        return woken;
    }

    /// <summary>A finished dossier whose outbox could not be sent yet is finished too: the outbox sweep sends it.</summary>
    private TurnOutcome Outcome(Dossier dossier, bool moved) =>
        new(engine.WakeAt(dossier), dossier.Status.IsFinal(), (int)dossier.Status, moved);
}

/// <summary>What a turn is given: the dossier. What it takes, it finds in the dossier's inbox.</summary>
public sealed record TurnRequest(string DossierId);

/// <summary>
/// What a turn answers: when to wake up even if nothing arrives (null: only a signal can move the dossier),
/// whether the dossier is finished for good, its status, whether this turn changed it, which held signals it took,
/// why decisions were refused (they changed nothing), how many signals it parked, and whether one failed and waits
/// to be tried again.
/// </summary>
public sealed record TurnOutcome(DateTimeOffset? WakeAt, bool Finished, int Status, bool Moved)
{
    public IReadOnlyList<string> Taken { get; init; } = [];

    public IReadOnlyList<string> Refusals { get; init; } = [];

    public int Parked { get; init; }

    public bool RetryWanted { get; init; }
}
