using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Reporting;

public class OnTimeReportTests
{
    private static readonly DateTimeOffset AfterTheYear = new(2027, 3, 1, 0, 0, 0, Vietnam);

    private static ReportPeriod December => new(At(12, 1, 0), new DateTimeOffset(2027, 1, 1, 0, 0, 0, Vietnam));

    private static ScoreEntry EntryOf(Dossier dossier) => ScoreEntry.Of(dossier, Engine.Calendar)!;

    /// <summary>December's rows judged after the year, from the dossiers' entries (a dossier never received has none).</summary>
    private static IReadOnlyList<OnTimeReportRow> Rows(IEnumerable<Dossier> dossiers, Func<ScoreEntry, IEnumerable<ReportKey>> keys)
    {
        var tally = new OnTimeTally(December, keys, AfterTheYear, Engine.Calendar);
        foreach (var entry in dossiers.Select(d => ScoreEntry.Of(d, Engine.Calendar)).OfType<ScoreEntry>())
        {
            tally.Add(entry);
        }
        return tally.Rows;
    }

    /// <summary>Lines per department, named as the catalog names them (an entry knows only the codes).</summary>
    private static readonly Func<ScoreEntry, IEnumerable<ReportKey>> ByDepartment =
        OnTimeReport.ByDepartment(code => Departments.FirstOrDefault(d => d.Code.Value == code)?.Name);

    [Fact]
    public void Counts_match_a_hand_computed_month()
    {
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
        var byProcedure = Rows(all, OnTimeReport.ByProcedure);
        var byDepartment = Rows(all, ByDepartment);

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

    [Fact]
    public void Withdrawn_and_stopped_dossiers_are_reported_apart_from_early_on_time_and_late()
    {
        var withdrawn = Apply(Received(at: At(12, 1, 9)), new RequestWithdrawal("") { Actor = Citizen }, At(12, 1, 10));
        var stopped = Apply(Received(at: At(12, 1, 9)), new StopProcessing("Hồ sơ giả mạo") { Actor = Leader }, At(12, 1, 11));

        var row = Rows([withdrawn, stopped], OnTimeReport.ByProcedure).Single();

        Assert.Equal((2, 1, 1, 0, 0, 0), (row.Received, row.Withdrawn, row.Stopped, row.Early, row.OnTime, row.Late));
        Assert.Equal(0, row.Finished);
        Assert.Equal(1.0, row.OnTimeRate);
    }

    [Fact]
    public void A_period_still_running_is_judged_up_to_now()
    {
        // Received on Tuesday 1/12, due on Wednesday 2/12 at the earliest; the month is not over on 1/12 at noon.
        var dueTomorrow = Received(at: At(12, 1, 9));

        var today = OnTimeReport.Judge(EntryOf(dueTomorrow), December, At(12, 1, 12), Engine.Calendar);
        var afterTheMonth = OnTimeReport.Judge(EntryOf(dueTomorrow), December, AfterTheYear, Engine.Calendar);

        Assert.Equal(OnTimeStatus.OpenWithinLimit, today?.Status);
        Assert.Equal(OnTimeStatus.OpenOverdue, afterTheMonth?.Status);
    }

    [Fact]
    public void The_dossiers_behind_a_figure_are_the_ones_it_counts()
    {
        var late = Decide(Decide(Received(at: At(12, 1, 9)), Construction, 0, DecisionKind.Approve, At(12, 1, 10)), Agriculture, 1, DecisionKind.Approve, At(12, 28, 9));
        var open = Received(at: At(12, 2, 9));

        var tally = new OnTimeTally(December, ByDepartment, AfterTheYear, Engine.Calendar);
        var line = new[] { late, open }.SelectMany(d => tally.Judge(EntryOf(d))).Where(j => j.Key.Key == "SXD").ToList();

        Assert.Equal([late.Id], line.Where(j => j.Judged.Counts(OnTimeMeasure.Late)).Select(j => j.Judged.Entry.Code));
        Assert.Equal([open.Id], line.Where(j => j.Judged.Counts(OnTimeMeasure.OpenOverdue)).Select(j => j.Judged.Entry.Code));
        Assert.Equal(2, line.Count(j => j.Judged.Counts(OnTimeMeasure.Received)));
        Assert.Equal("Sở Xây dựng", line[0].Key.Name);
    }

    [Fact]
    public void A_report_by_week_judges_each_week_on_its_own()
    {
        var weeks = ReportPeriod.Split(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 9), PeriodUnit.Week, Vietnam);
        Assert.Equal(["2026-11-23", "2026-11-30", "2026-12-07"], weeks.Select(w => w.Label));
        Assert.Equal(At(11, 25, 0), weeks[0].From);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 0, 0, 0, Vietnam), weeks[^1].To);
        Assert.Equal(["Tuần 25/11–29/11/2026", "Tuần 30/11–06/12/2026", "Tuần 07/12–09/12/2026"], weeks.Select(w => w.Name));

        // Received Tuesday 24/11 (due 3/12), finished on 1/12: open within its limit at the end of the first week, early in the second, gone from the third.
        var dossier = Decide(Decide(Received(at: At(11, 24, 9)), Construction, 0, DecisionKind.Approve, At(11, 27, 9)), Agriculture, 1, DecisionKind.Approve, At(12, 1, 9));
        var byWeek = new OnTimeTally(weeks, AfterTheYear, Engine.Calendar).Judge(EntryOf(dossier)).ToDictionary(j => j.Key.Key, j => j.Judged.Status);
        Assert.Equal(new Dictionary<string, OnTimeStatus> { ["2026-11-23"] = OnTimeStatus.OpenWithinLimit, ["2026-11-30"] = OnTimeStatus.Early }, byWeek);
    }

    [Fact]
    public void A_report_by_month_cuts_at_the_months()
    {
        var months = ReportPeriod.Split(new DateOnly(2026, 11, 15), new DateOnly(2027, 1, 10), PeriodUnit.Month, Vietnam);
        Assert.Equal(["2026-11", "2026-12", "2027-01"], months.Select(m => m.Label));
        Assert.Equal(["Tháng 11/2026", "Tháng 12/2026", "Tháng 01/2027"], months.Select(m => m.Name));
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 0, 0, 0, Vietnam), months[^1].To);
    }
}
