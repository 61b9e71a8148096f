using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Reporting;

public class ControlSlipTests
{
    [Fact]
    public void Lists_every_hand_over_with_who_when_time_used_and_timeliness()
    {
        var dossier = Decide(Received(), Construction, 0, DecisionKind.Approve, At(11, 24, 9)); // 1 day of 3: early
        dossier = Decide(dossier, Agriculture, 1, DecisionKind.Approve, At(11, 27, 10)); // 3 days 1 hour of 2: late

        var slip = ControlSlip.For(dossier, At(11, 30, 9), Engine.Calendar);

        var steps = slip.Entries.Where(e => e.Kind == HandOverKind.Step).ToList();
        Assert.Equal(2, steps.Count);
        Assert.Equal(HandOverKind.Reception, slip.Entries[0].Kind);
        var first = steps[0];
        Assert.Equal(("Nguyễn Thị Lan", "Sở Xây dựng", Monday9), (first.HandedOverBy, first.ReceivedBy, first.HandedOverAt));
        Assert.Equal(TimeSpan.FromHours(8), first.WorkingTimeUsed);
        Assert.Equal(Timeliness.Early, first.Timeliness);
        var second = steps[1];
        Assert.Equal(("Chuyên viên SXD", "Sở Nông nghiệp và Môi trường"), (second.HandedOverBy, second.ReceivedBy));
        Assert.Equal(TimeSpan.FromHours(25), second.WorkingTimeUsed);
        Assert.Equal(Timeliness.Late, second.Timeliness);
    }

    [Fact]
    public void A_step_under_way_past_its_deadline_shows_as_late()
    {
        var slip = ControlSlip.For(Received(), At(11, 27, 9), Engine.Calendar);
        var entry = Assert.Single(slip.Entries, e => e.Kind == HandOverKind.Step);
        Assert.Null(entry.CompletedAt);
        Assert.Equal(Timeliness.Late, entry.Timeliness);
        Assert.Equal(TimeSpan.FromHours(32), entry.WorkingTimeUsed);
    }
}
