using Microsoft.DurableTask;
using OneStop.Application.Workflow;

namespace OneStop.Functions.Workflow;

/// <summary>
/// One orchestration per dossier, running the shared <see cref="DossierOrchestration"/> loop over the Durable
/// context. Everything it decides comes from the activity <see cref="AdvanceDossierActivity"/>.
/// </summary>
public static class DossierOrchestrator
{
    public const string Name = nameof(DossierOrchestrator);

    [Function(Name)]
    public static Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DossierOrchestration.RunAsync(context.GetInput<DossierRun>() ?? new DossierRun(context.InstanceId), new DurableDossierContext(context));
}

/// <summary>
/// The orchestration port on a Durable context, following its determinism rules: time from the context, waits and
/// timers from the context, a replay-safe logger, no I/O, and every await left on the orchestration thread.
/// </summary>
internal sealed class DurableDossierContext(TaskOrchestrationContext context) : IDossierOrchestrationContext
{
    /// <summary>Transient faults (a throttled store, a restarted worker) are retried by Durable before the loop sees them.</summary>
    private static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2.0, TimeSpan.FromMinutes(1)));

    private readonly ILogger logger = context.CreateReplaySafeLogger(DossierOrchestrator.Name);

    public DateTimeOffset UtcNow => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public Task<TurnOutcome> AdvanceAsync(TurnRequest request) =>
        context.CallActivityAsync<TurnOutcome>(AdvanceDossierActivity.Name, request, ActivityRetry);

    public async Task<DossierSignal?> NextSignalAsync(DateTimeOffset? wakeAt)
    {
        using var cancel = new CancellationTokenSource();
        var signal = context.WaitForExternalEvent<DossierSignal>(DossierOrchestration.SignalEvent, cancel.Token);
        if (wakeAt is null)
        {
            return await signal;
        }
        var timer = context.CreateTimer(wakeAt.Value.UtcDateTime, cancel.Token);
        var first = await Task.WhenAny(signal, timer);
        // The loser is cancelled; a signal that arrives later waits in the instance's buffer for the next wait.
        cancel.Cancel();
        return first == signal ? await signal : null;
    }

    public Task DelayUntilAsync(DateTimeOffset when) => context.CreateTimer(when.UtcDateTime, CancellationToken.None);

    public void ContinueAsNew(DossierRun next) => context.ContinueAsNew(next, preserveUnprocessedEvents: true);

    public void Observe(OrchestrationNote note) =>
        logger.Log(
            note.Kind is NoteKind.TurnFailed or NoteKind.SignalDropped or NoteKind.SignalRefused ? LogLevel.Warning : LogLevel.Information,
            "Dossier {DossierCode}: {Note} {Detail}",
            note.DossierId,
            note.Kind,
            note.Detail);
}
