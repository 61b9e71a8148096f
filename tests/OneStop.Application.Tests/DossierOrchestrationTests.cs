using OneStop.Application.Workflow;
using static OneStop.Application.Tests.ScriptedOrchestrationContext;

namespace OneStop.Application.Tests;

/// <summary>The loop each dossier's Durable orchestration runs, played against a scripted context.</summary>
public class DossierOrchestrationTests
{
    private const string Code = "000.00.12.H56-261123-0001";
    private static readonly DateTimeOffset StepDue = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly DossierSignal Decision = new("SXD", """{"kind":"departmentDecision"}""");

    private static TurnOutcome Waiting(DateTimeOffset? wakeAt = null) => new(wakeAt, false, 4, true);

    private static readonly TurnOutcome Done = new(null, true, 10, true);

    [Fact]
    public async Task A_finished_dossier_ends_its_orchestration_after_the_first_turn()
    {
        var context = new ScriptedOrchestrationContext(Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Single(context.Turns);
        Assert.Empty(context.Waits);
        Assert.Null(context.ContinuedWith);
        Assert.Equal(NoteKind.Finished, Assert.Single(context.Notes).Kind);
    }

    [Fact]
    public async Task It_waits_for_a_signal_or_the_wake_up_time_the_turn_answered()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), new TimerFired(), Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal([StepDue], context.Waits);
    }

    [Fact]
    public async Task Without_a_deadline_running_it_waits_for_a_signal_only()
    {
        var context = new ScriptedOrchestrationContext(Waiting(), new DossierSignal(), Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal([(DateTimeOffset?)null], context.Waits);
    }

    [Fact]
    public async Task A_fired_timer_is_a_turn_without_a_decision()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), new TimerFired(), Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal(new TurnRequest(Code), context.Turns[1]);
    }

    [Fact]
    public async Task A_decision_is_relayed_to_the_next_turn_with_its_queue_department()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Decision, Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal(new TurnRequest(Code, "SXD", Decision.Decision), context.Turns[1]);
    }

    [Fact]
    public async Task A_refused_decision_is_noted_and_the_dossier_waits_on()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Decision, Waiting(StepDue) with { Refusal = "step_not_active: …" }, new TimerFired(), Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Contains(context.Notes, n => n.Kind == NoteKind.SignalRefused && n.Detail.StartsWith("step_not_active", StringComparison.Ordinal));
        Assert.Equal(3, context.Turns.Count);
    }

    [Fact]
    public async Task After_a_generation_of_turns_it_continues_as_new_carrying_the_last_signal()
    {
        var script = new List<object>();
        for (int i = 0; i < OrchestrationPolicy.Default.TurnsPerGeneration; i++)
        {
            script.Add(Waiting(StepDue));
            script.Add(i == OrchestrationPolicy.Default.TurnsPerGeneration - 1 ? Decision : new TimerFired());
        }
        var context = new ScriptedOrchestrationContext([.. script]);
        await DossierOrchestration.RunAsync(new DossierRun(Code, Generation: 2), context);
        Assert.Equal(OrchestrationPolicy.Default.TurnsPerGeneration, context.Turns.Count);
        Assert.Equal(new DossierRun(Code, Decision, 3), context.ContinuedWith);
    }

    [Fact]
    public async Task A_generation_past_its_turns_ends_only_when_a_signal_was_taken_never_after_a_timer()
    {
        var script = new List<object>();
        for (int i = 0; i < OrchestrationPolicy.Default.TurnsPerGeneration + 2; i++)
        {
            script.Add(Waiting(StepDue));
            script.Add(i == OrchestrationPolicy.Default.TurnsPerGeneration + 1 ? Decision : new TimerFired());
        }
        var context = new ScriptedOrchestrationContext([.. script]);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal(OrchestrationPolicy.Default.TurnsPerGeneration + 2, context.Turns.Count);
        Assert.Equal(new DossierRun(Code, Decision, 1), context.ContinuedWith);
    }

    [Fact]
    public async Task A_signal_carried_over_is_the_first_turn_of_the_new_generation()
    {
        var context = new ScriptedOrchestrationContext(Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code, Decision, 1), context);
        Assert.Equal(new TurnRequest(Code, "SXD", Decision.Decision), Assert.Single(context.Turns));
    }

    [Fact]
    public async Task A_failed_turn_is_tried_again_with_the_same_signal_after_a_delay()
    {
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Decision, new TimeoutException("storage unavailable"), Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal(context.Turns[1], context.Turns[2]);
        Assert.Equal([context.UtcNow + OrchestrationPolicy.Default.RetryDelay], context.Delays);
        Assert.Contains(context.Notes, n => n.Kind == NoteKind.TurnFailed);
    }

    [Fact]
    public async Task A_signal_that_fails_every_time_is_parked_with_the_reason_and_the_dossier_goes_on()
    {
        var failure = new InvalidOperationException("cannot be applied");
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), Decision, failure, failure, failure, Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        var parked = Assert.Single(context.Parked);
        Assert.Equal((Code, Decision, "cannot be applied"), (parked.DossierId, parked.Signal, parked.Reason));
        Assert.Equal(new TurnRequest(Code), context.Turns[^1]);
        Assert.Single(context.Notes, n => n.Kind == NoteKind.SignalParked);
    }

    [Fact]
    public async Task A_signal_whose_parking_fails_is_kept_trying_until_it_is_parked()
    {
        var failure = new InvalidOperationException("cannot be applied");
        var context = new ScriptedOrchestrationContext(
            Waiting(StepDue), Decision, failure, failure, failure, new ParkingFails("store unavailable"), new ParkingFails("store unavailable"), Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Equal(3, context.Parked.Count);
        Assert.All(context.Parked, p => Assert.Equal(context.Parked[0], p));
        Assert.Single(context.Notes, n => n.Kind == NoteKind.SignalParked);
    }

    [Fact]
    public async Task A_tick_that_fails_every_time_parks_nothing_and_is_tried_again_later()
    {
        var failure = new InvalidOperationException("store unavailable");
        var context = new ScriptedOrchestrationContext(Waiting(StepDue), new TimerFired(), failure, failure, failure, Done);
        await DossierOrchestration.RunAsync(new DossierRun(Code), context);
        Assert.Empty(context.Parked);
        Assert.Equal(new TurnRequest(Code), context.Turns[^1]);
    }

    [Fact]
    public void A_parked_signal_has_the_same_id_however_often_it_is_parked()
    {
        var first = ParkedSignal.Of(Code, Decision, "a", StepDue);
        Assert.Equal(first.Id, ParkedSignal.Of(Code, Decision, "b", StepDue.AddHours(1)).Id);
        Assert.NotEqual(first.Id, ParkedSignal.Of(Code, new DossierSignal("STC", Decision.Decision), "a", StepDue).Id);
    }
}
