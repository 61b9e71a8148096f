using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Reporting;

/// <summary>
/// The Decision 766 scorecard as the national dashboard computes it (docs/on-time-rules.md): which dossiers count in a
/// period, where their processing ends, the supplement rules, the points, and indicators without data.
/// </summary>
public class ScorecardTests
{
    private static readonly ReportPeriod November = ReportPeriod.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Vietnam);
    private static readonly DateTimeOffset December10 = new(2026, 12, 10, 9, 0, 0, Vietnam);

    private static ScoreEntry Entry(
        string code, DateTimeOffset received, DateTimeOffset appointment, ScoreEnd end = ScoreEnd.Open, DateTimeOffset? endedAt = null,
        DateTimeOffset? waiting = null, bool askedTwice = false, bool online = false, bool fullyOnline = false, int? rating = null) =>
        new(code, 5, DateOnly.FromDateTime(received.DateTime), received, "TTPVHCC", "Trung tâm", "1.009994", "Cấp giấy phép xây dựng", ["SXD"],
            online, appointment, waiting is { } since ? [new ScoreWait(since, null, ForSupplement: true, null)] : [], end, endedAt,
            askedTwice ? received.AddDays(1) : null, end == ScoreEnd.Result ? 3 : null, PapersAsFiles: true, fullyOnline, rating);

    private static IndicatorScore Score(Scorecard card, string id) => card.Lines(ScoreLines.Department)[0].Scores.Single(s => s.Id == id);

    private static Scorecard Of(params ScoreEntry[] entries)
    {
        var card = new Scorecard(ScorecardRules.Default, November, December10);
        foreach (var entry in entries)
        {
            card.Add(entry);
        }
        return card;
    }

    [Fact]
    public void A_result_by_its_appointment_is_on_time_and_one_after_it_is_late()
    {
        var card = Of(
            Entry("a", At(11, 2, 9), At(11, 10, 17), ScoreEnd.Result, At(11, 10, 16)),
            Entry("b", At(11, 2, 9), At(11, 10, 17), ScoreEnd.Result, At(11, 11, 9)));

        var onTime = Score(card, ScorecardRules.OnTime);
        Assert.Equal((1, 2, 0.5), (onTime.Numerator, onTime.Denominator, onTime.Value));
        Assert.Equal(10, onTime.Points); // 20 points in proportion: no threshold of full marks was found
    }

    [Fact]
    public void Withdrawn_and_stopped_dossiers_count_and_end_at_that_moment()
    {
        var card = Of(
            Entry("withdrawn", At(11, 2, 9), At(11, 10, 17), ScoreEnd.Withdrawn, At(11, 5, 9)),
            Entry("stopped-late", At(11, 2, 9), At(11, 10, 17), ScoreEnd.Stopped, At(11, 12, 9)));

        var onTime = Score(card, ScorecardRules.OnTime);
        Assert.Equal((1, 2), (onTime.Numerator, onTime.Denominator));
    }

    [Fact]
    public void A_dossier_waiting_on_its_supplement_ends_at_the_request_and_a_second_request_makes_it_late()
    {
        var card = Of(
            Entry("waiting", At(11, 2, 9), At(11, 10, 17), waiting: At(11, 6, 9)),
            Entry("asked-twice", At(11, 2, 9), At(11, 20, 17), ScoreEnd.Result, At(11, 12, 9), askedTwice: true));

        var onTime = Score(card, ScorecardRules.OnTime);
        Assert.Equal((1, 2), (onTime.Numerator, onTime.Denominator)); // the one waiting since 6/11 is on time; twice is late
    }

    [Fact]
    public void An_open_dossier_is_judged_at_the_period_s_end_and_those_ended_before_it_or_received_after_it_do_not_count()
    {
        var card = Of(
            Entry("open-within", At(11, 20, 9), At(12, 5, 17)),
            Entry("open-overdue", At(11, 2, 9), At(11, 25, 17)),
            Entry("ended-in-october", At(10, 1, 9), At(10, 20, 17), ScoreEnd.Result, At(10, 15, 9)),
            Entry("received-in-december", At(12, 1, 9), At(12, 20, 17)),
            Entry("carried-over", At(10, 20, 9), At(11, 30, 17), ScoreEnd.Result, At(11, 3, 9)));

        var onTime = Score(card, ScorecardRules.OnTime);
        Assert.Equal((2, 3), (onTime.Numerator, onTime.Denominator));
        // The shares of received dossiers count only those received in the period.
        Assert.Equal(2, Score(card, ScorecardRules.PapersAsFiles).Denominator);
    }

    [Fact]
    public void Satisfaction_is_what_is_neither_late_nor_rated_dissatisfied_with_full_marks_from_90_percent()
    {
        var entries = Enumerable.Range(0, 10).Select(i => Entry($"d{i}", At(11, 2, 9), At(11, 10, 17), ScoreEnd.Result,
            i == 0 ? At(11, 12, 9) : At(11, 5, 9), rating: i == 1 ? 1 : i == 2 ? 2 : i == 3 ? 3 : 5)).ToArray();

        var satisfied = Score(Of(entries), ScorecardRules.SatisfiedWithHandling);

        Assert.Equal((7, 10), (satisfied.Numerator, satisfied.Denominator)); // one late, two rated 1 and 2; a 3 is not dissatisfied
        Assert.Equal(Math.Round(6 * 0.7 / 0.9, 2), satisfied.Points);
    }

    [Fact]
    public void Online_shares_earn_their_points_from_50_percent()
    {
        var card = Of(
            Entry("a", At(11, 2, 9), At(11, 10, 17), online: true, fullyOnline: true),
            Entry("b", At(11, 2, 9), At(11, 10, 17), online: true),
            Entry("c", At(11, 2, 9), At(11, 10, 17)),
            Entry("d", At(11, 2, 9), At(11, 10, 17)));

        Assert.Equal(0.5, Score(card, ScorecardRules.FiledOnline).Value);
        var fully = Score(card, ScorecardRules.FullyOnline);
        Assert.Equal((0.25, 6.0), (fully.Value, fully.Points)); // 12 points × 25% / 50%
    }

    [Fact]
    public void An_indicator_without_data_is_listed_as_such_never_as_zero()
    {
        var card = Of(Entry("a", At(11, 2, 9), At(11, 10, 17)));

        foreach (var id in new[] { ScorecardRules.Published, ScorecardRules.ResultsAsFiles, ScorecardRules.Reuse, ScorecardRules.OnlinePayment, ScorecardRules.FeedbackOnTime, ScorecardRules.SatisfiedWithFeedback })
        {
            var score = Score(card, id);
            Assert.Null(score.Value);
            Assert.Null(score.Points);
            Assert.False(ScorecardRules.Default.Indicator(id).HasData);
        }
    }

    [Fact]
    public void A_dossier_s_entry_reads_its_history_withdrawn_after_reception_with_the_working_days_it_used_when_finished()
    {
        var received = Received();
        var withdrawn = Apply(received, new RequestWithdrawal("Không còn nhu cầu") { Actor = Citizen }, Monday9.AddHours(3));
        var finished = Decide(Decide(received, Construction, 0, DecisionKind.Approve, Monday9.AddDays(1)), Agriculture, 1, DecisionKind.Approve, Monday9.AddDays(2));

        var withdrawnEntry = ScoreEntry.Of(withdrawn, WorkingCalendar.Default)!;
        var finishedEntry = ScoreEntry.Of(finished, WorkingCalendar.Default)!;

        Assert.Null(ScoreEntry.Of(Filed(), WorkingCalendar.Default)); // not received: not counted
        Assert.Equal((ScoreEnd.Withdrawn, Monday9.AddHours(3)), (withdrawnEntry.End, withdrawnEntry.EndedAt));
        Assert.Equal(ScoreEnd.Result, finishedEntry.End);
        Assert.Equal(2.0, finishedEntry.WorkingDaysUsed!.Value, 1);
        Assert.Equal(finished.History.Length, finishedEntry.Version);
    }
}
