using OneStop.Application.Portal;
using OneStop.Application.Tests.InMemory;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Tests;

/// <summary>Reporting to the national portal from the outbox: whole first, then updates, in order, at least once, retried, dead-lettered and replayed.</summary>
public class PortalReportingTests
{
    private static readonly PortalSettings Settings = new() { Enabled = true, MaxAttempts = 3, FirstRetryAfter = TimeSpan.Zero, MaxRetryAfter = TimeSpan.Zero };

    private static (PortalReporter Reporter, InMemoryPortalGateway Portal) Reporter(TestCenter center, PortalSettings? settings = null)
    {
        var portal = new InMemoryPortalGateway();
        return (new PortalReporter(center.Portal, center.Store, portal, settings ?? Settings, center.Engine, center.AdministrationLog, center.Clock), portal);
    }

    [Fact]
    public async Task A_dossier_is_sent_whole_once_then_each_status_and_hand_over_as_progress_in_order()
    {
        // The sample permit goes to two departments at once (liên thông): two hand-overs in status 4, the second without a change of status.
        var center = await TestCenter.StartAsync();
        var (reporter, portal) = Reporter(center);
        var code = await center.ReceivedAsync();

        var sweep = await reporter.SweepAsync(10);

        Assert.Equal(1, sweep.Reported);
        Assert.Equal(
            [(PortalReportPlan.SyncService, false, 1), (PortalReportPlan.ProgressService, false, 1), (PortalReportPlan.SyncService, true, 2), (PortalReportPlan.ProgressService, false, 2), (PortalReportPlan.SyncService, true, 4), (PortalReportPlan.ProgressService, false, 4), (PortalReportPlan.ProgressService, false, 4)],
            portal.Accepted.Select(a => (a.Service, a.IsUpdating, a.Status)));
        Assert.All(portal.Accepted, a => Assert.Equal(code, a.Code));
        var state = (await center.Portal.FindAsync(code))!.Sync;
        Assert.Equal((await center.Store.FindAsync(DossierCode.Parse(code)))!.Dossier.History.Length, state.ReportedThrough);

        Assert.Equal(0, (await reporter.SweepAsync(10)).Reported);
    }

    [Fact]
    public async Task A_portal_that_does_not_answer_gets_the_rest_later_in_the_same_order_and_a_repeated_call_keeps_its_id()
    {
        var center = await TestCenter.StartAsync();
        var (reporter, portal) = Reporter(center);
        var code = await center.ReceivedAsync();
        portal.FailNext(1);
        await reporter.SweepAsync(10);
        portal.FailNext(1, "99");

        var failed = await reporter.SweepAsync(10);
        var state = (await center.Portal.FindAsync(code))!.Sync;
        Assert.Equal(1, failed.Failed);
        Assert.Contains("error_code 99", state.LastError);
        Assert.Equal(2, state.Attempts);
        await reporter.SweepAsync(10);

        Assert.Equal([1, 1, 2, 2, 4, 4, 4], portal.Accepted.Select(a => a.Status));
        Assert.Equal(portal.Accepted.Count, portal.Accepted.Select(a => a.Id).Distinct().Count());
        Assert.Equal(portal.Accepted[0].Id, portal.Attempts[0]);
        Assert.Null((await center.Portal.FindAsync(code))!.Sync.LastError);
    }

    [Fact]
    public async Task After_too_many_failures_a_dossier_waits_in_the_dead_letters_until_an_administrator_replays_it()
    {
        var center = await TestCenter.StartAsync();
        var (reporter, portal) = Reporter(center);
        var code = await center.ReceivedAsync();
        portal.FailNext(3);
        for (int i = 0; i < 3; i++)
        {
            await reporter.SweepAsync(10);
        }
        var dead = Assert.Single(await reporter.DeadLettersAsync());
        Assert.Equal(code, dead.DossierCode);
        Assert.Equal(0, (await reporter.SweepAsync(10)).Reported);
        Assert.Empty(portal.Accepted);

        var administrator = new Actor(ActorRole.Administrator, "admin-1", "Phạm Minh Đức");
        var replayed = await reporter.ReplayAsync(code, administrator);

        Assert.Null(replayed!.DeadLetteredAt);
        Assert.Equal([1, 1, 2, 2, 4, 4, 4], portal.Accepted.Select(a => a.Status));
        Assert.Empty(await reporter.DeadLettersAsync());
        Assert.Contains(await center.AdministrationLog.ReadAsync(10), c => c.Action == "portal.replay" && c.Summary.Contains(code) && c.ActorName == "Phạm Minh Đức");
        Assert.Null(await reporter.ReplayAsync(code, administrator));
    }

    [Fact]
    public async Task The_outbox_raising_the_mark_twice_or_backwards_changes_nothing()
    {
        var center = await TestCenter.StartAsync();
        var outbox = new PortalOutbox(center.Portal);
        await outbox.EnqueueAsync(new ReportToPortal(5) { DossierId = "X" });
        await outbox.EnqueueAsync(new ReportToPortal(5) { DossierId = "X" });
        await outbox.EnqueueAsync(new ReportToPortal(3) { DossierId = "X" });

        Assert.Equal(5, (await center.Portal.FindAsync("X"))!.Sync.PendingThrough);
    }

    [Fact]
    public void Backoff_doubles_after_each_failure_up_to_its_ceiling()
    {
        var settings = new PortalSettings { FirstRetryAfter = TimeSpan.FromSeconds(10), MaxRetryAfter = TimeSpan.FromMinutes(1) };
        Assert.Equal([10, 20, 40, 60, 60], new[] { 1, 2, 3, 4, 5 }.Select(n => settings.RetryAfter(n).TotalSeconds));
    }
}
