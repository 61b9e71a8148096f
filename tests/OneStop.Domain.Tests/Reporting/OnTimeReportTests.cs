using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Reporting;

public class OnTimeReportTests
{
    [Fact]
    public void Counts_match_a_hand_computed_month()
    {
        var december = new ReportPeriod(At(12, 1, 0), new DateTimeOffset(2027, 1, 1, 0, 0, 0, Vietnam));
        // Received in November, still open on 1 December, finished early on 1/12 (appointment 2/12): carried over, early.
        var carried = Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, At(12, 1, 9));
        // Received in November and finished in November: not in December's report.
        var finishedBefore = Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, At(11, 25, 9));
        // Received in December online, never finished: overdue at the end of the month.
        var overdue = Received(at: At(12, 1, 9));
        // Liên thông, received in December, finished late: counts for both parallel departments and Finance.
        var lienThong = Received(LienThong, At(12, 1, 9));
        lienThong = Decide(Decide(lienThong, Construction, 0, DecisionKind.Approve, At(12, 4, 9)), Agriculture, 0, DecisionKind.Approve, At(12, 4, 9));
        lienThong = Decide(lienThong, Finance, 1, DecisionKind.Approve, At(12, 28, 9));
        // Filed in December and still awaiting reception: not counted at all.
        var awaitingReception = Filed(at: At(12, 2, 9));

        Dossier[] all = [carried, finishedBefore, overdue, lienThong, awaitingReception];
        var byProcedure = OnTimeReport.Build(all, december, OnTimeReport.ByProcedure, Engine.Calendar);
        var byDepartment = OnTimeReport.Build(all, december, OnTimeReport.ByDepartment, Engine.Calendar);

        var sequential = byProcedure.Single(r => r.Key == "1.009994");
        Assert.Equal((1, 1, 1, 0, 0, 0, 1, 1), (sequential.Received, sequential.CarriedOver, sequential.Early, sequential.OnTime, sequential.Late, sequential.OpenWithinLimit, sequential.OpenOverdue, sequential.Online));
        Assert.Equal(1.0, sequential.OnTimeRate);
        var lien = byProcedure.Single(r => r.Key == "2.002154");
        Assert.Equal((1, 0, 1), (lien.Received, lien.CarriedOver, lien.Late));
        Assert.Equal(0.0, lien.OnTimeRate);

        Assert.Equal(["SNNMT", "STC", "SXD"], byDepartment.Select(r => r.Key));
        var construction = byDepartment.Single(r => r.Key == "SXD");
        Assert.Equal((2, 1, 1, 1, 1), (construction.Received, construction.CarriedOver, construction.Early, construction.Late, construction.OpenOverdue));
        Assert.Equal((1, 1), (byDepartment.Single(r => r.Key == "STC").Received, byDepartment.Single(r => r.Key == "STC").Late));
    }
}
