using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

public class WaitingForApplicantTests
{
    [Fact]
    public void A_supplement_request_stops_the_clock_and_issues_Mau_02()
    {
        var result = Engine.Advance(Received(), Decision(Construction, 0, DecisionKind.RequestSupplement), At(11, 24, 9));

        Assert.Equal(DossierStatus.SupplementRequested, result.Dossier.Status);
        Assert.False(result.Dossier.Clock!.IsRunning);
        Assert.All(result.Dossier.Steps, s => Assert.False(s.Clock?.IsRunning ?? false));
        Assert.Equal(TimeSpan.FromHours(8), result.Dossier.Clock.Used);
        Assert.Contains(result.Commands, c => c is IssueForm { Form: FormKind.Mau02 });
        Assert.Null(result.WakeAt);
    }

    [Fact]
    public void Time_waiting_for_the_applicant_moves_the_appointment_and_the_step_deadline()
    {
        var asked = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        // The citizen answers a week later, Tuesday 1/12 at 09:00: five working days waited.
        var result = Engine.Advance(asked, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(12, 1, 9));

        Assert.Equal(DossierStatus.Processing, result.Dossier.Status);
        Assert.Equal(At(12, 9, 9), result.Dossier.AppointmentAt);
        Assert.Equal(At(12, 3, 9), Assert.Single(result.Dossier.ActiveSteps).DueAt);
        Assert.Equal(TimeSpan.FromHours(8), result.Dossier.Clock!.UsedBy(At(12, 1, 9), Engine.Calendar));
        Assert.Contains(result.Commands, c => c is NotifyDepartment n && n.Department == Construction);
        Assert.Contains(result.Commands, c => c is NotifyApplicant n && n.Message.Contains("09:00 ngày 09/12/2026"));
    }

    [Fact]
    public void A_supplement_after_the_cut_off_resumes_the_clock_the_next_working_day()
    {
        var asked = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        var resumed = Apply(asked, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(11, 24, 16));
        Assert.Equal(At(11, 25, 7), resumed.Clock!.RunningSince);
    }

    [Fact]
    public void A_fee_request_waits_for_payment_in_full()
    {
        var asked = Decide(Received(), Construction, 0, DecisionKind.RequestFees, At(11, 24, 9));
        Assert.Equal(DossierStatus.FeesRequested, asked.Status);

        var short_ = Engine.Advance(asked, new PayFees(1_000_000, "BL-001") { Actor = Citizen }, At(11, 24, 10));
        Assert.Equal("fees_insufficient", short_.Refusal?.Code);
        Assert.Contains("2.500.000 đồng", short_.Refusal!.Message);

        var paid = Apply(asked, new PayFees(2_500_000, "BL-001") { Actor = Citizen }, At(11, 24, 10));
        Assert.Equal(DossierStatus.Processing, paid.Status);
    }

    [Fact]
    public void Nothing_but_a_parallel_approval_is_decided_while_waiting()
    {
        var asked = Decide(Received(LienThong), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));

        var sameDepartment = Engine.Advance(asked, Decision(Construction, 0, DecisionKind.Approve), At(11, 24, 10));
        Assert.Equal("waiting_for_applicant", sameDepartment.Refusal?.Code);
        var otherRejects = Engine.Advance(asked, Decision(Agriculture, 0, DecisionKind.Reject, note: "x"), At(11, 24, 10));
        Assert.Equal("waiting_for_applicant", otherRejects.Refusal?.Code);

        var otherApproves = Apply(asked, Decision(Agriculture, 0, DecisionKind.Approve), At(11, 24, 10));
        Assert.Equal(DossierStatus.SupplementRequested, otherApproves.Status);
        var resumed = Apply(otherApproves, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(11, 25, 9));
        var next = Engine.Advance(resumed, Decision(Construction, 0, DecisionKind.Approve, id: "after-supplement"), At(11, 25, 10));
        Assert.Equal(Finance, Assert.Single(next.Commands.OfType<AssignToDepartment>()).Department);
    }

    [Fact]
    public void A_second_supplement_request_from_the_same_step_is_refused_with_its_reason()
    {
        var dossier = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        dossier = Apply(dossier, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(11, 24, 10));

        var second = Engine.Advance(dossier, Decision(Construction, 0, DecisionKind.RequestSupplement, id: "second"), At(11, 24, 11));

        Assert.Equal("supplement_already_requested", second.Refusal?.Code);
        Assert.Contains("một lần", second.Refusal!.Message);
        Assert.Equal(DossierStatus.Processing, dossier.Status);
        Assert.Equal(1, dossier.SupplementRequestsAfterReceipt);
    }

    [Fact]
    public void Each_parallel_department_may_ask_once()
    {
        var dossier = Decide(Received(LienThong), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        dossier = Apply(dossier, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(11, 24, 10));
        dossier = Apply(dossier, Decision(Agriculture, 0, DecisionKind.RequestSupplement, id: "agriculture"), At(11, 24, 11));
        Assert.Equal(DossierStatus.SupplementRequested, dossier.Status);
        Assert.Equal(2, dossier.SupplementRequestsAfterReceipt);
    }

    [Fact]
    public void A_supplement_without_documents_is_refused()
    {
        var asked = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        Assert.Equal("documents_required", Engine.Advance(asked, new ProvideSupplement([]) { Actor = Citizen }, At(11, 24, 10)).Refusal?.Code);
    }
}
