using OneStop.Application.Reports;
using OneStop.Application.Tests.InMemory;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Tests;

/// <summary>
/// The scorecard's aggregate records kept as dossiers change: each saved change puts the dossier's entry in its
/// record; a repeated, replayed or late change changes nothing; a rebuild from the dossiers agrees with them.
/// </summary>
public class ScoreCountTests
{
    private static readonly Actor Leader = Actor.Leader("lanh-dao-1", "Lãnh đạo Trung tâm");
    private static readonly ScorecardQuery November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), ScoreLines.Department);

    /// <summary>Three permits: one finished on time, one withdrawn, one still open; and one filed online, not yet received.</summary>
    private static async Task<TestCenter> ProvinceAsync()
    {
        var center = await TestCenter.StartAsync();
        var finished = await center.ReceivedAsync();
        foreach (var (department, step) in new[] { ("SXD", 0), ("SNNMT", 0), ("SXD", 1) })
        {
            var officer = TestCenter.Officer(department);
            await center.Dossiers.ApplyAsync(finished, new DepartmentDecision($"d-{department}-{step}", officer.Department!.Value, step, DecisionKind.Approve, "Đồng ý") { Actor = officer });
        }
        var withdrawn = await center.ReceivedAsync(TestCenter.PermitForm(name: "Nguyễn Thị Đào", citizenId: "019185099999"));
        await center.Dossiers.ApplyAsync(withdrawn, new RequestWithdrawal("Không còn nhu cầu") { Actor = TestCenter.Citizen });
        await center.ReceivedAsync(TestCenter.PermitForm(name: "Lò Văn Páo", citizenId: "019185077777"));
        await center.FileAsync(TestCenter.PermitForm(name: "Hà Thị Mến", citizenId: "019185066666"));
        return center;
    }

    [Fact]
    public async Task Each_change_keeps_its_dossier_s_entry_and_the_scorecard_read_from_the_records_agrees_with_the_dossiers()
    {
        var center = await ProvinceAsync();

        var fromRecords = await center.Get<ScorecardQueries>().ReadAsync(November, Leader);
        var fromDossiers = new Scorecard(ScorecardRules.Default, ReportPeriod.Days(November.From, November.To, TimeSpan.FromHours(7)), center.Clock.GetUtcNow());
        foreach (var stored in center.Store.All)
        {
            if (ScoreEntry.Of(stored.Dossier, center.Engine.Calendar) is { } entry)
            {
                fromDossiers.Add(entry);
            }
        }

        Assert.Equal(3, center.Scores.Records.Sum(r => r.Entries.Count)); // the dossier never received is not counted
        Assert.All(center.Scores.Records.SelectMany(r => r.Entries), e => Assert.Equal(center.Store.All.Single(s => s.Dossier.Id == e.Code).Dossier.History.Length, e.Version));
        Assert.Equal(Lines(fromDossiers.Lines(ScoreLines.Department)), Lines(fromRecords.Lines));
        Assert.Equal("Sở Nông nghiệp và Môi trường", fromRecords.Lines.Single(l => l.Key == "SNNMT").Name); // named from the catalog
        var onTime = fromRecords.Lines[0].Scores.Single(s => s.Id == ScorecardRules.OnTime);
        Assert.Equal((3, 3), (onTime.Numerator, onTime.Denominator)); // finished, withdrawn in time, open within its limit
    }

    [Fact]
    public async Task A_repeated_or_late_change_changes_nothing_and_a_newer_one_replaces_the_older()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();
        var received = center.Store.All.Single(s => s.Dossier.Id == code).Dossier;
        await center.Dossiers.ApplyAsync(code, new RequestWithdrawal("Không còn nhu cầu") { Actor = TestCenter.Citizen });
        var withdrawn = center.Store.All.Single(s => s.Dossier.Id == code).Dossier;
        var before = center.Scores.Records.Single();

        await center.Scores.RecordAsync(ScoreEntry.Of(withdrawn, center.Engine.Calendar)!); // duplicated
        await center.Scores.RecordAsync(ScoreEntry.Of(received, center.Engine.Calendar)!); // out of order: older
        await center.Dossiers.DispatchPendingAsync(100); // the sweeper's replay

        var after = center.Scores.Records.Single();
        Assert.Same(before, after);
        Assert.Equal(ScoreEnd.Withdrawn, Assert.Single(after.Entries).End);
    }

    [Fact]
    public async Task A_rebuild_from_the_dossiers_restores_lost_records_and_gives_the_same_scorecard()
    {
        var center = await ProvinceAsync();
        var before = await center.Get<ScorecardQueries>().ReadAsync(November, Leader);
        var lost = center.Scores.Records.First();
        center.Scores.Forget(lost.Id);

        var recorded = await center.Get<ScoreCounts>().RebuildAsync();
        var after = await center.Get<ScorecardQueries>().ReadAsync(November, Leader);

        Assert.Equal(3, recorded);
        Assert.Equal(Lines(before.Lines), Lines(after.Lines));
    }

    [Fact]
    public async Task The_dossiers_behind_a_figure_are_those_it_counts_with_whether_each_meets_it()
    {
        var center = await ProvinceAsync();

        var behind = await center.Get<ScorecardQueries>().DossiersAsync(November with { By = ScoreLines.Procedure }, ScorecardRules.FiledOnline, "SAMPLE.XD.01", Leader);

        Assert.Equal(3, behind.Count);
        Assert.All(behind, d => Assert.True(d.Meets)); // all three were filed online
        await Assert.ThrowsAsync<Common.InputRejectedException>(() => center.Get<ScorecardQueries>().DossiersAsync(November, ScorecardRules.OnlinePayment, "", Leader));
    }

    private static string Lines(IEnumerable<ScorecardLine> lines) =>
        string.Join("\n", lines.Select(l => $"{l.Key}|{string.Join(";", l.Scores.Select(s => $"{s.Id}={s.Numerator}/{s.Denominator}:{s.Points}"))}"));
}
