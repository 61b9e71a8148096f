using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

public class DepartmentStepsTests
{
    [Fact]
    public void Sequential_steps_pass_the_dossier_from_one_department_to_the_next()
    {
        var afterFirst = Engine.Advance(Received(), Decision(Construction, 0, DecisionKind.Approve), At(11, 25, 10));

        var assignment = Assert.Single(afterFirst.Commands.OfType<AssignToDepartment>());
        Assert.Equal((Agriculture, 1), (assignment.Department, assignment.Step));
        Assert.Equal(At(11, 27, 10), assignment.DueAt);
        Assert.Equal(1, afterFirst.Dossier.CurrentStep);
    }

    [Fact]
    public void The_last_approval_issues_the_result_and_the_clock_stops()
    {
        var dossier = Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 25, 10));
        var result = Engine.Advance(dossier, Decision(Agriculture, 1, DecisionKind.Approve), At(11, 26, 10));

        Assert.Equal(DossierStatus.Processed, result.Dossier.Status);
        Assert.Equal(ResultOutcome.Granted, result.Dossier.Outcome);
        Assert.False(result.Dossier.Clock!.IsRunning);
        Assert.Equal(TimeSpan.FromHours(3 * 8 + 1), result.Dossier.Clock.Used);
        Assert.Contains(result.Commands, c => c is NotifyApplicant { Notice: ApplicantNotice.ResultReady });
        Assert.Null(result.WakeAt);
    }

    [Fact]
    public void Parallel_departments_must_all_approve_before_the_next_step()
    {
        var dossier = Received(LienThong);
        Assert.Equal(2, dossier.ActiveSteps.Count());

        var oneApproved = Engine.Advance(dossier, Decision(Construction, 0, DecisionKind.Approve), At(11, 24, 9));
        Assert.Empty(oneApproved.Commands.OfType<AssignToDepartment>());
        Assert.Equal(0, oneApproved.Dossier.CurrentStep);

        var bothApproved = Engine.Advance(oneApproved.Dossier, Decision(Agriculture, 0, DecisionKind.Approve), At(11, 25, 9));
        Assert.Equal(Finance, Assert.Single(bothApproved.Commands.OfType<AssignToDepartment>()).Department);
    }

    [Fact]
    public void A_department_cannot_decide_another_departments_step()
    {
        var dossier = Received();
        var result = Engine.Advance(dossier, Decision(Agriculture, 0, DecisionKind.Approve), At(11, 24, 9));

        Assert.Equal(AdvanceOutcome.Refused, result.Outcome);
        Assert.Equal("not_assigned", result.Refusal?.Code);
        Assert.Same(dossier, result.Dossier);
    }

    [Fact]
    public void An_officer_cannot_decide_in_the_name_of_another_department()
    {
        var forged = Decision(Construction, 0, DecisionKind.Approve) with { Actor = OfficerOf(Agriculture) };
        Assert.Equal("not_permitted", Engine.Advance(Received(), forged, At(11, 24, 9)).Refusal?.Code);
    }

    [Fact]
    public void A_step_not_yet_reached_cannot_be_decided()
    {
        var result = Engine.Advance(Received(), Decision(Agriculture, 1, DecisionKind.Approve), At(11, 24, 9));
        Assert.Equal("step_not_active", result.Refusal?.Code);
    }

    [Fact]
    public void A_redelivered_decision_changes_nothing()
    {
        var decision = Decision(Construction, 0, DecisionKind.Approve);
        var once = Engine.Advance(Received(), decision, At(11, 24, 9)).Dossier;
        var twice = Engine.Advance(once, decision, At(11, 24, 10));

        Assert.Equal(AdvanceOutcome.Duplicate, twice.Outcome);
        Assert.Same(once, twice.Dossier);
        Assert.Empty(twice.Commands);
    }

    [Fact]
    public void A_decision_about_another_departments_step_is_refused_even_under_an_id_already_used()
    {
        var decision = Decision(Construction, 0, DecisionKind.Approve);
        var once = Engine.Advance(Received(LienThong), decision, At(11, 24, 9)).Dossier;

        var foreign = Engine.Advance(once, decision with { Actor = OfficerOf(Agriculture) }, At(11, 24, 10));

        Assert.Equal(AdvanceOutcome.Refused, foreign.Outcome);
        Assert.Equal("not_permitted", foreign.Refusal?.Code);
    }

    [Fact]
    public void A_department_deciding_a_step_it_does_not_hold_is_refused_even_under_an_id_already_used()
    {
        var used = Decision(Construction, 0, DecisionKind.Approve);
        var once = Engine.Advance(Received(Sequential), used, At(11, 24, 9)).Dossier;

        var result = Engine.Advance(once, Decision(Agriculture, 0, DecisionKind.Approve, id: used.DecisionId), At(11, 24, 10));

        Assert.Equal(AdvanceOutcome.Refused, result.Outcome);
        Assert.Equal("not_assigned", result.Refusal?.Code);
    }

    [Fact]
    public void The_same_decision_sent_again_under_a_new_id_is_still_a_no_op()
    {
        var once = Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9));
        var again = Engine.Advance(once, Decision(Construction, 0, DecisionKind.Approve, id: "another-id"), At(11, 24, 10));
        Assert.Equal(AdvanceOutcome.Duplicate, again.Outcome);
    }

    [Fact]
    public void A_decided_step_cannot_be_decided_differently()
    {
        var approved = Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9));
        var result = Engine.Advance(approved, Decision(Construction, 0, DecisionKind.Reject, note: "Sai quy hoạch"), At(11, 24, 10));
        Assert.Equal("step_already_decided", result.Refusal?.Code);
    }

    [Fact]
    public void A_rejection_issues_a_refusal_result_and_cancels_the_parallel_department()
    {
        var result = Engine.Advance(Received(LienThong), Decision(Construction, 0, DecisionKind.Reject, note: "Không phù hợp quy hoạch"), At(11, 24, 9));

        Assert.Equal(DossierStatus.Processed, result.Dossier.Status);
        Assert.Equal(ResultOutcome.Refused, result.Dossier.Outcome);
        Assert.Equal(Agriculture, Assert.Single(result.Commands.OfType<CancelAssignment>()).Department);
        Assert.All(result.Dossier.Steps, s => Assert.NotEqual(StepState.Active, s.State));
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var result = Engine.Advance(Received(), Decision(Construction, 0, DecisionKind.Reject), At(11, 24, 9));
        Assert.Equal("reason_required", result.Refusal?.Code);
    }

    [Fact]
    public void Replaying_a_signal_on_the_same_dossier_produces_the_same_command_ids()
    {
        var dossier = Received();
        var first = Engine.Advance(dossier, Decision(Construction, 0, DecisionKind.Approve), At(11, 24, 9));
        var replay = Engine.Advance(dossier, Decision(Construction, 0, DecisionKind.Approve), At(11, 24, 9));
        Assert.Equal(first.Commands.Select(c => c.Id), replay.Commands.Select(c => c.Id));
        Assert.Equal(first.Commands.Count(), first.Commands.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Dispatched_commands_leave_the_outbox()
    {
        var dossier = Received();
        var dispatched = dossier.WithDispatched(dossier.Outbox.Take(2).Select(c => c.Id));
        Assert.Equal(dossier.Outbox.Skip(2), dispatched.Outbox);
    }
}
