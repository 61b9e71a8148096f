using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

public class ReceptionTests
{
    [Fact]
    public void Receiving_starts_the_clock_sets_the_appointment_and_assigns_the_first_department()
    {
        var result = Engine.Advance(Filed(), new Receive { Actor = Officer }, Monday9);
        var dossier = result.Dossier;

        Assert.Equal(DossierStatus.Processing, dossier.Status);
        // 7 working days from Monday 23/11 09:00.
        Assert.Equal(At(12, 2, 9), dossier.AppointmentAt);
        Assert.Equal([DossierStatus.Registered, DossierStatus.Received, DossierStatus.Processing], dossier.History.Select(e => e.Status));
        var assignment = Assert.Single(result.Commands.OfType<AssignToDepartment>());
        Assert.Equal((Construction, 0, At(11, 26, 9)), (assignment.Department, assignment.Step, assignment.DueAt));
        Assert.Contains(result.Commands, c => c is IssueForm { Form: FormKind.Mau01 });
        Assert.Contains(result.Commands, c => c is NotifyApplicant n && n.Message.Contains("09:00 ngày 02/12/2026"));
    }

    [Fact]
    public void A_dossier_received_after_the_cut_off_counts_from_the_next_working_day()
    {
        var dossier = Received(at: At(11, 27, 15, 30)); // Friday 15:30
        Assert.Equal(At(11, 30, 7), dossier.Clock!.RunningSince);
        Assert.Equal(At(12, 8, 17), dossier.AppointmentAt);
    }

    [Fact]
    public void Only_a_reception_officer_receives()
    {
        var filed = Filed();
        var result = Engine.Advance(filed, new Receive { Actor = Citizen }, Monday9);
        Assert.Equal(AdvanceOutcome.Refused, result.Outcome);
        Assert.Equal("Người nộp hồ sơ không được thực hiện thao tác này đối với hồ sơ.", result.Refusal!.Message);
        Assert.Same(filed, result.Dossier);
        Assert.Empty(result.Commands);
    }

    [Fact]
    public void A_dossier_for_a_department_not_yet_onboarded_cannot_be_received()
    {
        var result = Engine.Advance(Filed(CounterOnly, IntakeChannel.Counter), new Receive { Actor = Officer }, Monday9);
        Assert.Equal("department_not_onboarded", result.Refusal?.Code);
    }

    [Fact]
    public void Refusing_at_reception_issues_Mau_03_and_ends_the_dossier()
    {
        var result = Engine.Advance(Filed(), new RefuseReception("Không thuộc thẩm quyền của tỉnh.") { Actor = Officer }, Monday9);
        Assert.Equal(DossierStatus.NotReceived, result.Dossier.Status);
        Assert.Contains(result.Commands, c => c is IssueForm { Form: FormKind.Mau03 });
        Assert.Equal(Monday9, result.Dossier.EndedAt);
    }

    [Fact]
    public void Refusing_needs_a_reason()
    {
        var result = Engine.Advance(Filed(), new RefuseReception(" ") { Actor = Officer }, Monday9);
        Assert.Equal("reason_required", result.Refusal?.Code);
    }

    [Fact]
    public void An_incomplete_dossier_gets_one_supplement_request_listing_everything()
    {
        var asked = Apply(Filed(), new RequestSupplementAtReception(["Bản sao sổ đỏ", "Ảnh hiện trạng"], "Thiếu giấy tờ") { Actor = Officer }, Monday9);
        Assert.Equal(DossierStatus.SupplementRequested, asked.Status);
        Assert.Null(asked.Clock);

        var supplemented = Apply(asked, new ProvideSupplement([Paper("uy-quyen")]) { Actor = Citizen }, Monday9.AddHours(1));
        Assert.Equal(DossierStatus.Registered, supplemented.Status);

        var second = Engine.Advance(supplemented, new RequestSupplementAtReception(["Khác"], "Thiếu") { Actor = Officer }, Monday9.AddHours(2));
        Assert.Equal("supplement_already_requested", second.Refusal?.Code);

        var received = Apply(supplemented, new Receive { Actor = Officer }, Monday9.AddHours(2));
        Assert.Equal(DossierStatus.Processing, received.Status);
        Assert.Equal(0, received.SupplementRequestsAfterReceipt);
    }

    [Fact]
    public void A_supplement_request_must_list_what_is_missing()
    {
        var result = Engine.Advance(Filed(), new RequestSupplementAtReception([], "Thiếu") { Actor = Officer }, Monday9);
        Assert.Equal("items_required", result.Refusal?.Code);
    }

    [Fact]
    public void A_dossier_already_received_cannot_be_received_again()
    {
        var result = Engine.Advance(Received(), new Receive { Actor = Officer }, Monday9.AddHours(1));
        Assert.Equal("wrong_status", result.Refusal?.Code);
        Assert.Contains("Đang xử lý", result.Refusal!.Message);
    }
}
