namespace OneStop.Application.Workflow;

/// <summary>
/// The loop one Durable orchestration runs for one dossier (instance id = dossier code): a turn of
/// <see cref="DossierTurns"/> (the activity <c>AdvanceDossier</c>), then a race between the next signal and a
/// timer at the wake-up time the turn answered, again and again until the dossier is finished. After
/// <see cref="OrchestrationPolicy.TurnsPerGeneration"/> turns it restarts itself as new at the next signal it takes, carrying that
/// signal, so the replayed history stays short. The loop decides nothing about the dossier; it only waits and
/// relays, and it is deterministic as Durable replay requires: its only inputs are what the context answers.
/// </summary>
public static class DossierOrchestration
{
    /// <summary>The name of the external event a Service Bus decision or an HTTP change raises.</summary>
    public const string SignalEvent = "signal";

    public static async Task RunAsync(DossierRun run, IDossierOrchestrationContext context)
    {
        var policy = run.Policy ?? OrchestrationPolicy.Default;
        var pending = run.Pending;
        int failures = 0;
        for (int turn = 1; ; turn++)
        {
            TurnOutcome outcome;
            try
            {
                outcome = await context.AdvanceAsync(new TurnRequest(run.DossierId, pending?.Department, pending?.Decision));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The activity already retried transient faults; what remains waits a while (signals arriving
                // meanwhile wait for the next wait) and tries again, so a storage outage delays a dossier instead of
                // ending its orchestration. A signal that fails every time is parked for an operator to replay.
                failures++;
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.TurnFailed, e.Message));
                if (failures >= policy.AttemptsPerSignal)
                {
                    if (pending is not null)
                    {
                        await ParkAsync(run.DossierId, pending, e.Message, policy, context);
                    }
                    pending = null;
                    failures = 0;
                }
                await context.DelayUntilAsync(context.UtcNow + policy.RetryDelay);
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
            // Only with a signal in hand: then no wait for the next one is outstanding, so nothing raised from now
            // on can be taken by this generation and lost with it; it waits for the next generation.
            if (turn >= policy.TurnsPerGeneration && pending is not null)
            {
                context.Observe(new OrchestrationNote(run.DossierId, NoteKind.ContinuedAsNew, $"generation {run.Generation + 1}"));
                context.ContinueAsNew(run with { Pending = pending, Generation = run.Generation + 1 });
                return;
            }
        }
    }

    /// <summary>Keeps a signal that cannot be applied where an operator sees it; until it is kept, it is not let go.</summary>
    private static async Task ParkAsync(string dossierId, DossierSignal signal, string reason, OrchestrationPolicy policy, IDossierOrchestrationContext context)
    {
        var parked = ParkedSignal.Of(dossierId, signal, reason, context.UtcNow);
        while (true)
        {
            try
            {
                await context.ParkAsync(parked);
                context.Observe(new OrchestrationNote(dossierId, NoteKind.SignalParked, reason));
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Observe(new OrchestrationNote(dossierId, NoteKind.TurnFailed, $"parking a signal failed: {e.Message}"));
                await context.DelayUntilAsync(context.UtcNow + policy.RetryDelay);
            }
        }
    }
}

/// <summary>
/// What the orchestration of a dossier starts with: its code, a signal carried over from the last generation, and
/// its timing (part of the input, so that replay sees the same; the default when none is given).
/// </summary>
public sealed record DossierRun(string DossierId, DossierSignal? Pending = null, int Generation = 0, OrchestrationPolicy? Policy = null);

/// <summary>
/// The payload of the <c>signal</c> event: a decision message as it came off a department's decision queue, or
/// nothing at all (a nudge after a change over HTTP: the next turn reads the new wake-up time).
/// </summary>
public sealed record DossierSignal(string? Department = null, string? Decision = null);

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

    /// <summary>Keeps a signal no turn could apply (the activity <c>ParkSignal</c>); idempotent by its id.</summary>
    Task ParkAsync(ParkedSignal signal);

    /// <summary>A durable timer: waits until <paramref name="when"/>, leaving signals in the buffer.</summary>
    Task DelayUntilAsync(DateTimeOffset when);

    /// <summary>Ends this generation and starts the next with <paramref name="next"/>, keeping events not yet received.</summary>
    void ContinueAsNew(DossierRun next);

    void Observe(OrchestrationNote note);
}
