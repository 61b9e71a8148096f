using Microsoft.DurableTask;
using OneStop.Application.Workflow;

namespace OneStop.Functions.Workflow;

/// <summary>
/// One orchestration per dossier, running the shared <see cref="DossierLoop"/> loop over the Durable
/// context. Everything it decides comes from the activity <see cref="AdvanceDossierActivity"/>.
/// </summary>
public static class DossierOrchestrator
{
    public const string Name = nameof(DossierOrchestrator);

    [Function(Name)]
    public static Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var run = context.GetInput<DossierRun>() ?? new DossierRun(context.InstanceId);
        return DossierLoop.RunAsync(run, new DurableDossierContext(context, run.Policy ?? OrchestrationPolicy.Default));
    }
}

/// <summary>
/// The orchestration port on a Durable context, following its determinism rules: time from the context, waits and
/// timers from the context, a replay-safe logger, no I/O, and every await left on the orchestration thread.
/// </summary>
internal sealed class DurableDossierContext(TaskOrchestrationContext context, OrchestrationPolicy policy) : IDossierOrchestrationContext
{
    /// <summary>Transient faults (a throttled store, a restarted worker) are retried by Durable before the loop sees them.</summary>
    private readonly TaskOptions activityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(policy.ActivityAttempts, policy.ActivityFirstRetry, 2.0, TimeSpan.FromMinutes(1)));

    private readonly ILogger logger = context.CreateReplaySafeLogger(DossierOrchestrator.Name);

    public DateTimeOffset UtcNow => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public Task<TurnOutcome> AdvanceAsync(TurnRequest request) =>
        context.CallActivityAsync<TurnOutcome>(AdvanceDossierActivity.Name, request, activityRetry);

    /// <summary>
    /// The one wait for a signal this execution has out. It is never cancelled: when the timer wins the race it stays
    /// out and the next wait takes it over, because a cancelled wait left behind can swallow the next event of its
    /// name (some Durable SDK releases do). So every signal, whenever it is raised, completes exactly one wait.
    /// </summary>
    private Task<DossierSignal>? outstanding;

    public async Task<DossierSignal?> NextSignalAsync(DateTimeOffset? wakeAt)
    {
        outstanding ??= context.WaitForExternalEvent<DossierSignal>(DossierLoop.SignalEvent);
        if (wakeAt is not null && !outstanding.IsCompleted)
        {
            using var cancelTimer = new CancellationTokenSource();
            var timer = context.CreateTimer(wakeAt.Value.UtcDateTime, cancelTimer.Token);
            if (await Task.WhenAny(outstanding, timer) == timer)
            {
                return null;
            }
            cancelTimer.Cancel();
        }
        var signal = await outstanding;
        outstanding = null;
        return signal;
    }

    public Task DelayUntilAsync(DateTimeOffset when) => context.CreateTimer(when.UtcDateTime, CancellationToken.None);

    /// <summary>Events not taken by this generation may be dropped: they carry nothing the inbox does not keep.</summary>
    public void ContinueAsNew(DossierRun next) => context.ContinueAsNew(next, preserveUnprocessedEvents: false);

    public void Observe(OrchestrationNote note) =>
        logger.Log(
            note.Kind is NoteKind.TurnFailed or NoteKind.SignalParked or NoteKind.SignalRefused ? LogLevel.Warning : LogLevel.Information,
            "Dossier {DossierCode}: {Note} {Detail}",
            note.DossierId,
            note.Kind,
            note.Detail);
}
