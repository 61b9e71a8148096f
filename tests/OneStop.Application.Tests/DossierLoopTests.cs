using OneStop.Application.Workflow;
using static OneStop.Application.Tests.ScriptedOrchestrationContext;

namespace OneStop.Application.Tests;

/// <summary>The loop each dossier's Durable orchestration runs, played against a scripted context.</summary>
public class DossierLoopTests
{
    private const string Code = "000.00.12.H56-261123-0001";
    private static readonly DateTimeOffset StepDue = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly DossierSignal Signal = new("held-1");
    private static readonly TurnRequest Turn = new(Code);

    private static TurnOutcome Waiting(DateTimeOffset? wakeAt = null) => new(wakeAt, false, 4, true);

    private static readonly TurnOutcome Done = new(null, true, 10, true);

    [Fact]
    public async Task A_finished_dossier_ends_its_orchestration_after_the_first_turn()
    {
        var context = new ScriptedOrchestrationContext(Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Single(context.Turns);
        Assert.Empty(context.Waits);
        Assert.Null(context.ContinuedWith);
        Assert.Equal(NoteKind.Finished, Assert.Single(context.Notes).Kind);
    }

    [Fact]
    public async Task It_waits_for_a_signal_or_the_wake_up_time_the_turn_answered()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), new TimerFired(), Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Equal([StepDue], context.Waits);
    }

    [Fact]
    public async Task Without_a_deadline_running_it_waits_for_a_signal_only()
    {
        var context = new ScriptedOrchestrationContext(Waiting(), Signal, Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Equal([(DateTimeOffset?)null], context.Waits);
    }

    [Fact]
    public async Task Every_turn_is_the_same_request_a_signal_or_a_timer_only_says_when()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), new TimerFired(), Waiting(StepDue), Signal, Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Equal([Turn, Turn, Turn], context.Turns);
    }

    [Fact]
    public async Task Refused_decisions_and_parked_signals_are_noted_and_the_dossier_waits_on()
    {
        var refused = Waiting(StepDue) with { Refusals = ["step_not_active: …"], Parked = 1 };
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Signal, refused, new TimerFired(), Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Contains(context.Notes, n => n.Kind == NoteKind.SignalRefused && n.Detail.StartsWith("step_not_active", StringComparison.Ordinal));
        Assert.Contains(context.Notes, n => n.Kind == NoteKind.SignalParked);
        Assert.Equal(3, context.Turns.Count);
    }

    [Fact]
    public async Task A_signal_left_to_try_again_brings_the_next_turn_forward_to_the_retry_delay()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue) with { RetryWanted = true }, new TimerFired(), Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Equal([context.UtcNow + OrchestrationPolicy.Default.RetryDelay], context.Waits);
    }

    [Fact]
    public async Task A_sooner_deadline_is_kept_when_a_signal_waits_to_be_tried_again()
    {
        var soon = new ScriptedOrchestrationContext().UtcNow.AddMinutes(1);
        var context = new ScriptedOrchestrationContext(Waiting(soon) with { RetryWanted = true }, new TimerFired(), Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Equal([soon], context.Waits);
    }

    [Fact]
    public async Task After_a_generation_of_turns_it_continues_as_new()
    {
        var script = new List<object>();
        for (int i = 0; i < OrchestrationPolicy.Default.TurnsPerGeneration; i++)
        {
            script.Add(Waiting(StepDue));
            script.Add(i % 2 == 0 ? Signal : new TimerFired());
        }
        var context = new ScriptedOrchestrationContext([.. script]);
        await DossierLoop.RunAsync(new DossierRun(Code, Generation: 2), context);
        Assert.Equal(OrchestrationPolicy.Default.TurnsPerGeneration, context.Turns.Count);
        Assert.Equal(new DossierRun(Code, 3), context.ContinuedWith);
    }

    [Fact]
    public async Task A_generation_keeps_its_timing()
    {
        var policy = new OrchestrationPolicy { TurnsPerGeneration = 2, RetryDelay = TimeSpan.FromSeconds(2) };
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Signal, Waiting(StepDue), Signal);
        await DossierLoop.RunAsync(new DossierRun(Code, 0, policy), context);
        Assert.Equal(new DossierRun(Code, 1, policy), context.ContinuedWith);
    }

    [Fact]
    public async Task A_failed_turn_is_tried_again_after_a_delay_and_the_dossier_goes_on()
    {
        var failure = new TimeoutException("storage unavailable");
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Signal, failure, failure, failure, failure, Done);
        await DossierLoop.RunAsync(new DossierRun(Code), context);
        Assert.Equal(6, context.Turns.Count);
        Assert.Equal(4, context.Delays.Count);
        Assert.All(context.Delays, d => Assert.Equal(context.UtcNow + OrchestrationPolicy.Default.RetryDelay, d));
        Assert.Equal(4, context.Notes.Count(n => n.Kind == NoteKind.TurnFailed));
    }

    [Fact]
    public void A_held_signal_has_the_same_id_however_often_it_is_handed_over()
    {
        var first = HeldSignal.Of(Code, "SXD", "{}", StepDue);
        Assert.Equal(first.Id, HeldSignal.Of(Code, "SXD", "{}", StepDue.AddHours(1)).Id);
        Assert.NotEqual(first.Id, HeldSignal.Of(Code, "STC", "{}", StepDue).Id);
    }

    [Fact]
    public void A_held_signal_is_parked_at_its_last_try_and_renewed_by_a_replay()
    {
        var held = HeldSignal.Of(Code, "SXD", "{}", StepDue);
        var once = held.Failed("a", StepDue);
        var twice = once.Failed("b", StepDue);
        var parked = twice.Failed("c", StepDue.AddMinutes(1));
        Assert.Equal((1, false), (once.Attempts, once.Parked));
        Assert.Equal((2, false), (twice.Attempts, twice.Parked));
        Assert.Equal((HeldSignal.MaxAttempts, true, "c", StepDue.AddMinutes(1)), (parked.Attempts, parked.Parked, parked.LastError, parked.ParkedAt!.Value));
        Assert.Equal((0, false), (parked.Replayed().Attempts, parked.Replayed().Parked));
    }
}
