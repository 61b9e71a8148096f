using OneStop.Application.Workflow;

namespace OneStop.Application.Tests;

/// <summary>
/// The orchestration port played from a script, the way Durable replays it: each turn answers the next scripted
/// outcome (or failure), each wait answers the next scripted signal, and everything asked is recorded.
/// </summary>
internal sealed class ScriptedOrchestrationContext(params object[] script) : IDossierOrchestrationContext
{
    private readonly Queue<object> script = new(script);

    public DateTimeOffset UtcNow { get; } = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public List<TurnRequest> Turns { get; } = [];

    public List<DateTimeOffset?> Waits { get; } = [];

    public List<DateTimeOffset> Delays { get; } = [];

    public List<OrchestrationNote> Notes { get; } = [];

    public DossierRun? ContinuedWith { get; private set; }

    public Task<TurnOutcome> AdvanceAsync(TurnRequest request)
    {
        Turns.Add(request);
        return script.Dequeue() switch
        {
            TurnOutcome outcome => Task.FromResult(outcome),
            Exception failure => Task.FromException<TurnOutcome>(failure),
            var other => throw new InvalidOperationException($"The script expected a wait, not a turn ({other})."),
        };
    }

    public Task<DossierSignal?> NextSignalAsync(DateTimeOffset? wakeAt)
    {
        Waits.Add(wakeAt);
        return script.Dequeue() switch
        {
            DossierSignal signal => Task.FromResult<DossierSignal?>(signal),
            TimerFired => Task.FromResult<DossierSignal?>(null),
            var other => throw new InvalidOperationException($"The script expected a turn, not a wait ({other})."),
        };
    }

    public Task DelayUntilAsync(DateTimeOffset when)
    {
        Delays.Add(when);
        return Task.CompletedTask;
    }

    public void ContinueAsNew(DossierRun next) => ContinuedWith = next;

    public void Observe(OrchestrationNote note) => Notes.Add(note);

    /// <summary>A scripted wait that the timer won.</summary>
    public sealed record TimerFired;
}
