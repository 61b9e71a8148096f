using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

/// <summary>The applicant rates the service once the result is in their hands, once, from 1 to 5.</summary>
public class RatingTests
{
    private static Dossier ReturnedDossier()
    {
        var processed = Decide(Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)), Agriculture, 1, DecisionKind.Approve, At(11, 25, 9));
        return Apply(processed, new ReturnResult(ReturnMethod.Counter) { Actor = Officer }, At(11, 25, 10));
    }

    [Fact]
    public void A_returned_dossier_is_rated_once_by_its_applicant()
    {
        var rated = Apply(ReturnedDossier(), new RateService(4, "  Cán bộ hướng dẫn tận tình  ") { Actor = Citizen }, At(11, 25, 11));

        Assert.Equal((4, "Cán bộ hướng dẫn tận tình"), (rated.Rating!.Score, rated.Rating.Comment));
        Assert.Equal(DossierStatus.Returned, rated.Status);
        Assert.Equal(AdvanceOutcome.Duplicate, Engine.Advance(rated, new RateService(4, "Cán bộ hướng dẫn tận tình") { Actor = Citizen }, At(11, 25, 12)).Outcome);
        Assert.Equal("already_rated", Engine.Advance(rated, new RateService(1, null) { Actor = Citizen }, At(11, 25, 12)).Refusal?.Code);
    }

    [Fact]
    public void Nothing_is_rated_before_the_result_is_returned_nor_outside_one_to_five_nor_by_an_officer()
    {
        Assert.Equal("wrong_status", Engine.Advance(Received(), new RateService(5, null) { Actor = Citizen }, At(11, 24, 9)).Refusal?.Code);
        Assert.Equal("rating_invalid", Engine.Advance(ReturnedDossier(), new RateService(6, null) { Actor = Citizen }, At(11, 26, 9)).Refusal?.Code);
        Assert.Equal("rating_invalid", Engine.Advance(ReturnedDossier(), new RateService(3, new string('x', 1001)) { Actor = Citizen }, At(11, 26, 9)).Refusal?.Code);
        Assert.Equal("not_permitted", Engine.Advance(ReturnedDossier(), new RateService(5, null) { Actor = Officer }, At(11, 26, 9)).Refusal?.Code);
    }

    [Fact]
    public void The_satisfaction_report_counts_each_score_for_each_department_of_the_process()
    {
        var pleased = Apply(ReturnedDossier(), new RateService(5, "Nhanh") { Actor = Citizen }, At(11, 26, 9));
        var displeased = Apply(ReturnedDossier(), new RateService(2, null) { Actor = Citizen }, At(11, 26, 10));
        var unrated = ReturnedDossier();

        var rows = SatisfactionReport.Build([pleased, displeased, unrated], OnTimeReport.ByDepartment);

        Assert.Equal(["SNNMT", "SXD"], rows.Select(r => r.Key));
        var construction = rows.Single(r => r.Key == "SXD");
        Assert.Equal([0, 1, 0, 0, 1], construction.Scores);
        Assert.Equal((2, 3.5, 0.5), (construction.Ratings, construction.Average, construction.SatisfiedShare));
        Assert.Equal(["Nhanh"], construction.Comments);
    }
}
