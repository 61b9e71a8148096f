using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Reporting;

public class OnTimeClassifierTests
{
    private static OnTimeStatus Classify(Dossier dossier, DateTimeOffset asOf) => OnTimeClassifier.Classify(dossier, asOf, Engine.Calendar);

    private static Dossier ProcessedAt(DateTimeOffset at) =>
        Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, at);

    [Fact]
    public void Finished_before_the_appointment_day_is_early()
    {
        Assert.Equal(OnTimeStatus.Early, Classify(ProcessedAt(At(12, 1, 16)), At(12, 31, 17)));
    }

    [Fact]
    public void Finished_on_the_appointment_day_before_the_hour_is_on_time()
    {
        Assert.Equal(OnTimeStatus.OnTime, Classify(ProcessedAt(At(12, 2, 8)), At(12, 31, 17)));
    }

    [Fact]
    public void Finished_after_the_appointment_is_late_even_with_an_apology()
    {
        var dossier = Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9));
        dossier = Apply(dossier, new DeclareDelay(At(12, 9, 17), "Xác minh thực địa") { Actor = Leader }, At(11, 25, 9));
        dossier = Decide(dossier, Agriculture, 1, DecisionKind.Approve, At(12, 3, 9));
        Assert.Equal(OnTimeStatus.Late, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void Time_waiting_for_a_supplement_does_not_count()
    {
        var dossier = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        dossier = Apply(dossier, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(12, 1, 9));
        dossier = Decide(dossier, Construction, 0, DecisionKind.Approve, At(12, 2, 9));
        dossier = Decide(dossier, Agriculture, 1, DecisionKind.Approve, At(12, 8, 9)); // after 2/12, before the moved 9/12
        Assert.Equal(OnTimeStatus.Early, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void Each_department_of_a_lien_thong_dossier_may_ask_once_for_a_supplement()
    {
        var dossier = Decide(Received(LienThong), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        dossier = Apply(dossier, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(11, 24, 10));
        dossier = Apply(dossier, Decision(Agriculture, 0, DecisionKind.RequestSupplement, id: "agriculture-asks"), At(11, 24, 11));
        dossier = Apply(dossier, new ProvideSupplement([Paper("don")]) { Actor = Citizen }, At(11, 24, 14));
        dossier = Decide(dossier, Construction, 0, DecisionKind.Approve, At(11, 25, 9));
        dossier = Decide(dossier, Agriculture, 0, DecisionKind.Approve, At(11, 25, 10));
        dossier = Decide(dossier, Finance, 1, DecisionKind.Approve, At(11, 26, 10));
        Assert.Equal(OnTimeStatus.Early, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void One_step_asking_twice_counts_as_late_in_history_kept_from_before_the_rule()
    {
        // The engine now refuses a second request from the same step; a dossier that got one earlier is still late.
        var dossier = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        dossier = Apply(dossier, new ProvideSupplement([Paper("bang-ve")]) { Actor = Citizen }, At(11, 24, 10));
        dossier = dossier with
        {
            History = [.. dossier.History, new SupplementRequested(0, Construction, ["Bản vẽ"], "") { At = At(11, 24, 11), Status = DossierStatus.SupplementRequested }],
        };
        Assert.Equal(OnTimeStatus.Late, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void A_dossier_still_waiting_on_its_one_supplement_request_ends_at_the_request()
    {
        var dossier = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        Assert.Equal(OnTimeStatus.Early, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void An_open_dossier_is_judged_at_the_end_of_the_period()
    {
        var dossier = Received();
        Assert.Equal(OnTimeStatus.OpenWithinLimit, Classify(dossier, At(11, 30, 17)));
        Assert.Equal(OnTimeStatus.OpenOverdue, Classify(dossier, At(12, 2, 10)));
    }

    [Fact]
    public void A_later_event_does_not_change_the_verdict_on_an_earlier_period()
    {
        var dossier = ProcessedAt(At(12, 3, 9));
        Assert.Equal(OnTimeStatus.OpenWithinLimit, Classify(dossier, At(11, 30, 17)));
        Assert.Equal(OnTimeStatus.Late, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void A_dossier_never_received_is_not_counted()
    {
        Assert.Equal(OnTimeStatus.NotCounted, Classify(Filed(), At(12, 31, 17)));
    }

    [Fact]
    public void A_withdrawal_is_counted_apart()
    {
        var dossier = Apply(Received(), new RequestWithdrawal("") { Actor = Citizen }, At(11, 24, 9));
        Assert.Equal(OnTimeStatus.OpenWithinLimit, Classify(dossier, At(11, 23, 17)));
        Assert.Equal(OnTimeStatus.Withdrawn, Classify(dossier, At(12, 31, 17)));
    }

    [Fact]
    public void A_stop_by_the_agency_is_counted_apart()
    {
        var dossier = Apply(Received(), new StopProcessing("Hồ sơ giả mạo") { Actor = Leader }, At(11, 24, 9));
        Assert.Equal(OnTimeStatus.Stopped, Classify(dossier, At(12, 31, 17)));
    }
}
