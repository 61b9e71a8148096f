using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

/// <summary>Which changes the engine asks to report to the national portal: status changes and hand-overs, not the province's own reminders.</summary>
public class PortalReportingTests
{
    [Fact]
    public void Reception_is_reported_once_up_to_the_hand_over_to_the_first_department()
    {
        var result = Engine.Advance(Filed(), new Receive { Actor = Officer }, Monday9);

        var report = Assert.Single(result.Commands.OfType<ReportToPortal>());
        Assert.Equal(result.Dossier.History.Length, report.ThroughSequence);
        Assert.Contains(result.Dossier.History, e => e is StepAssigned);
        Assert.Equal($"{result.Dossier.Id}:{report.ThroughSequence}:ReportToPortal:portal", report.Id);
    }

    [Fact]
    public void An_overdue_mark_changes_no_status_and_is_not_reported()
    {
        var overdue = Engine.Advance(Received(), new Tick(), At(11, 26, 9));

        Assert.Contains(overdue.Dossier.History, e => e is StepOverdue);
        Assert.DoesNotContain(overdue.Commands, c => c is ReportToPortal);
    }

    [Fact]
    public void An_apology_keeps_the_status_but_its_new_date_is_reported()
    {
        var overdue = Apply(Received(), new Tick(), At(11, 26, 9));
        var result = Engine.Advance(overdue, new DeclareDelay(At(12, 9, 17), "Cần xác minh thực địa") { Actor = OfficerOf(Construction) }, At(11, 30, 10));

        Assert.Equal(overdue.Status, result.Dossier.Status);
        Assert.Single(result.Commands.OfType<ReportToPortal>());
    }

    [Theory]
    [InlineData(DossierStatus.Processing, DossierStatus.Processing, false)]
    [InlineData(DossierStatus.Processing, DossierStatus.SupplementRequested, true)]
    [InlineData(null, DossierStatus.Registered, true)]
    public void A_status_change_is_what_the_portal_follows(DossierStatus? before, DossierStatus after, bool reported)
    {
        Assert.Equal(reported, PortalProgress.IsReported(new StepOverdue(1, Construction, Monday9) { Status = after }, before));
    }

    [Fact]
    public void A_hand_over_between_departments_is_reported_without_a_status_change()
    {
        Assert.True(PortalProgress.IsReported(new StepAssigned(2, Agriculture, Monday9) { Status = DossierStatus.Processing }, DossierStatus.Processing));
    }
}
