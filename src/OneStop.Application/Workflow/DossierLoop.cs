
namespace OneStop.Application.Workflow;

/// <summary>
/// The loop one Durable orchestration runs for one dossier (instance id = dossier code): a turn of
/// <see cref="DossierTurns"/> (the activity <c>AdvanceDossier</c>: it takes what waits in the dossier's inbox and
/// acts on deadlines), then a race between the next signal and a timer at the wake-up time the turn answered,
/// again and again until the dossier is finished. Every <see cref="OrchestrationPolicy.TurnsPerGeneration"/> turns
/// it restarts itself as new so the replayed history stays short. It holds nothing that is not kept elsewhere: a
/// signal only says "look at the inbox", so a signal lost at a generation's end (or anywhere) loses no decision;
/// the next turn, at the latest the new generation's first, takes it. The loop decides nothing about the dossier,
/// and it is deterministic as Durable replay requires: its only inputs are what the context answers.
/// </summary>
public static class DossierLoop
{
    /// <summary>The name of the external event a decision handed over or an HTTP change raises.</summary>
    public const string SignalEvent = "signal";

    public static async Task RunAsync(DossierRun run, IDossierOrchestrationContext context)
    {
        var policy = run.Policy ?? OrchestrationPolicy.Default;
        for (int turn = 1; turn <= policy.TurnsPerGeneration; turn++)
        {
            TurnOutcome outcome;
            try
            {
                outcome = await context.AdvanceAsync(new TurnRequest(run.DossierId));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The activity already retried transient faults; what remains (the store down for a while) waits and
                // tries again, so an outage delays a dossier instead of ending its orchestration.
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.TurnFailed, e.Message));
                await context.DelayUntilAsync(context.UtcNow + policy.RetryDelay);
                continue;
            }
            foreach (var refusal in outcome.Refusals)
            {
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.SignalRefused, refusal));
            }
            if (outcome.Parked > 0)
            {
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.SignalParked, $"{outcome.Parked} signal(s) parked for an operator"));
            }
            if (outcome.Finished)
            {
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.Finished, $"status {outcome.Status}"));
                return;
            }
            // A signal that failed but has tries left is taken again after the retry delay, or sooner if woken.
            var wakeAt = outcome.RetryWanted ? Earliest(outcome.WakeAt, context.UtcNow + policy.RetryDelay) : outcome.WakeAt;
            await context.NextSignalAsync(wakeAt);
        }
        context.Observe(new OrchestrationNote(run.DossierId, NoteKind.ContinuedAsNew, $"generation {run.Generation + 1}"));
        context.ContinueAsNew(run with { Generation = run.Generation + 1 });
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } first && first < b ? first : b;
}

/// <summary>
/// What the orchestration of a dossier starts with: its code, its generation, and its timing (part of the input,
/// so that replay sees the same; the default when none is given).
/// </summary>
public sealed record DossierRun(string DossierId, int Generation = 0, OrchestrationPolicy? Policy = null);

/// <summary>
/// The payload of the <c>signal</c> event: which held signal prompted it, if any, kept in the orchestration's history
/// for whoever traces a dossier there; a turn reads the inbox whatever it says.
/// </summary>
public sealed record DossierSignal(string? HeldSignalId = null);

public enum NoteKind
{
    SignalRefused,
    TurnFailed,
    SignalParked,
    Finished,
    ContinuedAsNew,
}

/// <summary>Something the orchestration noticed, for the host's (replay-safe) log.</summary>
public sealed record OrchestrationNote(string DossierId, NoteKind Kind, string Detail);

/// <summary>What the orchestration loop needs from its host: the port the Durable context is adapted to.</summary>
public interface IDossierOrchestrationContext
{
    /// <summary>The orchestration's own, replay-safe, current time.</summary>
    DateTimeOffset UtcNow { get; }

    /// <summary>Runs one turn as an activity.</summary>
    Task<TurnOutcome> AdvanceAsync(TurnRequest request);

    /// <summary>
    /// The next signal, or null when <paramref name="wakeAt"/> came first (never, when it is null). A signal raised
    /// at any moment, also while a turn runs or right after the timer won, is answered by exactly one call.
    /// </summary>
    Task<DossierSignal?> NextSignalAsync(DateTimeOffset? wakeAt);

    /// <summary>A durable timer: waits until <paramref name="when"/>, leaving signals for the next wait.</summary>
    Task DelayUntilAsync(DateTimeOffset when);

    /// <summary>Ends this generation and starts the next with <paramref name="next"/>.</summary>
    void ContinueAsNew(DossierRun next);

    void Observe(OrchestrationNote note);
}
