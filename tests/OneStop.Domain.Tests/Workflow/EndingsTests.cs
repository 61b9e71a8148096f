using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

public class EndingsTests
{
    [Fact]
    public void A_withdrawal_goes_through_status_7_to_8_and_the_department_is_told_to_stop()
    {
        var result = Engine.Advance(Received(), new RequestWithdrawal("Không còn nhu cầu") { Actor = Citizen }, At(11, 24, 9));

        Assert.Equal(DossierStatus.Stopped, result.Dossier.Status);
        Assert.Contains(result.Dossier.History, e => e is WithdrawalRequested { Status: DossierStatus.WithdrawalRequested });
        Assert.Equal(Construction, Assert.Single(result.Commands.OfType<CancelAssignment>()).Department);
        Assert.False(result.Dossier.Clock!.IsRunning);
        Assert.Equal(At(11, 24, 9), result.Dossier.EndedAt);
    }

    [Fact]
    public void A_dossier_can_be_withdrawn_before_reception()
    {
        var result = Engine.Advance(Filed(), new RequestWithdrawal("") { Actor = Citizen }, Monday9);
        Assert.Equal(DossierStatus.Stopped, result.Dossier.Status);
    }

    [Fact]
    public void A_dossier_with_its_result_cannot_be_withdrawn()
    {
        var processed = Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, At(11, 24, 10));
        var result = Engine.Advance(processed, new RequestWithdrawal("x") { Actor = Citizen }, At(11, 24, 11));
        Assert.Equal("wrong_status", result.Refusal?.Code);
    }

    [Fact]
    public void A_leader_can_stop_processing_with_Mau_05()
    {
        var result = Engine.Advance(Received(), new StopProcessing("Có tranh chấp đất đai") { Actor = Leader }, At(11, 24, 9));
        Assert.Equal(DossierStatus.Stopped, result.Dossier.Status);
        Assert.Contains(result.Commands, c => c is IssueForm { Form: FormKind.Mau05 });
    }

    [Fact]
    public void A_department_not_handling_the_dossier_cannot_stop_it()
    {
        var result = Engine.Advance(Received(), new StopProcessing("x") { Actor = OfficerOf(Finance) }, At(11, 24, 9));
        Assert.Equal("not_permitted", result.Refusal?.Code);
    }

    [Fact]
    public void Returning_the_result_closes_the_dossier()
    {
        var processed = Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, At(11, 24, 10));
        var returned = Apply(processed, new ReturnResult(ReturnMethod.Counter) { Actor = Officer }, At(11, 25, 8));

        Assert.Equal(DossierStatus.Returned, returned.Status);
        Assert.Equal(At(11, 25, 8), returned.ReturnedAt);
        Assert.Equal("wrong_status", Engine.Advance(returned, new ReturnResult(ReturnMethod.Counter) { Actor = Officer }, At(11, 25, 9)).Refusal?.Code);
    }

    [Fact]
    public void The_system_returns_only_electronic_results()
    {
        var processed = Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, At(11, 24, 10));
        Assert.Equal("return_method_not_allowed", Engine.Advance(processed, new ReturnResult(ReturnMethod.Counter), At(11, 25, 8)).Refusal?.Code);
        Assert.Equal(DossierStatus.Returned, Apply(processed, new ReturnResult(ReturnMethod.Online), At(11, 25, 8)).Status);
    }

    [Fact]
    public void A_result_cannot_be_returned_before_it_exists()
    {
        Assert.Equal("wrong_status", Engine.Advance(Received(), new ReturnResult(ReturnMethod.Counter) { Actor = Officer }, At(11, 24, 9)).Refusal?.Code);
    }
}
