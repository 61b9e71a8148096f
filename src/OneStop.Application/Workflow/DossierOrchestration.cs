namespace OneStop.Application.Workflow;

/// <summary>
/// The loop one Durable orchestration runs for one dossier (instance id = dossier code): a turn of
/// <see cref="DossierTurns"/> (the activity <c>AdvanceDossier</c>), then a race between the next signal and a
/// timer at the wake-up time the turn answered, again and again until the dossier is finished. It restarts itself
/// as new every <see cref="TurnsPerGeneration"/> turns so the replayed history stays short. The loop decides
/// nothing about the dossier; it only waits and relays, and it is deterministic as Durable replay requires: its
/// only inputs are what the context answers.
/// </summary>
public static class DossierOrchestration
{
    /// <summary>The name of the external event a Service Bus decision or an HTTP change raises.</summary>
    public const string SignalEvent = "signal";

    /// <summary>Turns per generation: a dossier's life is a few dozen turns; a long one restarts every 50.</summary>
    public const int TurnsPerGeneration = 50;

    /// <summary>A failed turn is tried again after this long, at most <see cref="AttemptsPerSignal"/> times.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    public const int AttemptsPerSignal = 3;

    public static async Task RunAsync(DossierRun run, IDossierOrchestrationContext context)
    {
        var pending = run.Pending;
        int failures = 0;
        for (int turn = 0; turn < TurnsPerGeneration; turn++)
        {
            TurnOutcome outcome;
            try
            {
                outcome = await context.AdvanceAsync(new TurnRequest(run.DossierId, pending?.Department, pending?.Decision));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The activity already retried transient faults; what remains waits a while (signals arriving
                // meanwhile wait in the event buffer) and tries again, so a storage outage delays a dossier instead
                // of ending its orchestration. A signal that fails every time is dropped and said so.
                failures++;
                bool giveUp = failures >= AttemptsPerSignal;
                context.Observe(new OrchestrationNote(run.DossierId, giveUp ? NoteKind.SignalDropped : NoteKind.TurnFailed, e.Message));
                if (giveUp)
                {
                    pending = null;
                    failures = 0;
                }
                await context.DelayUntilAsync(context.UtcNow + RetryDelay);
                continue;
            }
            failures = 0;
            if (outcome.Refusal is { } refusal)
            {
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.SignalRefused, refusal));
            }
            if (outcome.Finished)
            {
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.Finished, $"status {outcome.Status}"));
                return;
            }
            pending = await context.NextSignalAsync(outcome.WakeAt);
        }
        context.Observe(new OrchestrationNote(run.DossierId, NoteKind.ContinuedAsNew, $"generation {run.Generation + 1}"));
        context.ContinueAsNew(run with { Pending = pending, Generation = run.Generation + 1 });
    }
}

/// <summary>What the orchestration of a dossier starts with: its code, a signal carried over from the last generation.</summary>
public sealed record DossierRun(string DossierId, DossierSignal? Pending = null, int Generation = 0);

/// <summary>
/// The payload of the <c>signal</c> event: a decision message as it came off a department's decision queue, or
/// nothing at all (a nudge after a change over HTTP: the next turn reads the new wake-up time).
/// </summary>
public sealed record DossierSignal(string? Department = null, string? Decision = null);

public enum NoteKind
{
    SignalRefused,
    TurnFailed,
    SignalDropped,
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

    /// <summary>The next signal, or null when <paramref name="wakeAt"/> came first (never, when it is null).</summary>
    Task<DossierSignal?> NextSignalAsync(DateTimeOffset? wakeAt);

    /// <summary>A durable timer: waits until <paramref name="when"/>, leaving signals in the buffer.</summary>
    Task DelayUntilAsync(DateTimeOffset when);

    /// <summary>Ends this generation and starts the next with <paramref name="next"/>, keeping events not yet received.</summary>
    void ContinueAsNew(DossierRun next);

    void Observe(OrchestrationNote note);
}
