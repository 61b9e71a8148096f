using OneStop.Application.Portal;
using OneStop.Application.Tests.InMemory;
using OneStop.Domain.Dossiers;
using OneStop.Samples;

namespace OneStop.Application.Tests;

/// <summary>Dossiers filed on the national portal become status-1 dossiers with their files, once, or are refused with the reason.</summary>
public class PortalIntakeTests
{
    private static readonly PortalSettings Settings = new() { Enabled = true, Inbound = PortalInboundMode.Fetch, IntakePointCode = "TTPVHCC" };

    private static (PortalIntake Intake, InMemoryPortalGateway Portal) Intake(TestCenter center)
    {
        var portal = new InMemoryPortalGateway();
        foreach (var paper in new[] { "don", "ban-ve", "dat" })
        {
            portal.Files[$"/files/{paper}"] = SamplePdf.Of(1_500);
        }
        return (new PortalIntake(center.Filing, center.Portal, portal, Settings, center.Catalog, center.Engine, center.AdministrationLog, center.Clock), portal);
    }

    private static PortalFiledDossier Filed(string code = "G22-261123-0001", string procedure = "SAMPLE.XD.01", string citizenId = "019085012345") =>
        new(code, procedure, ApplicantKind.Citizen, "Trần Văn Bình", citizenId, null, "0912345678", "binh@example.vn", "Tổ 5, phường Phan Đình Phùng, Thái Nguyên",
            DateTimeOffset.UtcNow, [.. new[] { "don", "ban-ve", "dat" }.Select(p => new PortalFiledFile(p, $"{p}.pdf", "application/pdf", $"/files/{p}"))]);

    [Fact]
    public async Task A_dossier_filed_on_the_portal_waits_for_reception_with_its_files_and_its_reports_carry_the_portal_code()
    {
        var center = await TestCenter.StartAsync();
        var (intake, portal) = Intake(center);

        var result = await intake.ReceiveAsync(Filed());

        Assert.Equal(PortalIntakeOutcome.Received, result.Outcome);
        var dossier = (await center.Store.FindAsync(DossierCode.Parse(result.DossierCode!)))!.Dossier;
        Assert.Equal((DossierStatus.Registered, IntakeChannel.Online, "TTPVHCC"), (dossier.Status, dossier.Channel, dossier.IntakePoint.Code));
        Assert.Equal(["don", "ban-ve", "dat"], dossier.Documents.Select(d => d.DocumentCode));
        Assert.Equal("dvcqg:019085012345", dossier.ApplicantAccount);

        var reporter = new PortalReporter(center.Portal, center.Store, portal, Settings, center.Engine, center.AdministrationLog, center.Clock);
        await reporter.SweepAsync(10);
        Assert.All(portal.Accepted, a => Assert.Equal("G22-261123-0001", a.Code));
        Assert.True(portal.Accepted[0].IsUpdating);
    }

    [Fact]
    public async Task A_dossier_delivered_again_is_filed_once()
    {
        var center = await TestCenter.StartAsync();
        var (intake, _) = Intake(center);
        var first = await intake.ReceiveAsync(Filed());
        var writes = center.Store.Writes;

        var again = await intake.ReceiveAsync(Filed());

        Assert.Equal((PortalIntakeOutcome.AlreadyReceived, first.DossierCode), (again.Outcome, again.DossierCode));
        Assert.Equal(writes, center.Store.Writes);
    }

    [Fact]
    public async Task A_dossier_for_a_procedure_the_center_lacks_is_refused_with_the_reason_and_kept()
    {
        var center = await TestCenter.StartAsync();
        var (intake, _) = Intake(center);

        var result = await intake.ReceiveAsync(Filed(procedure: "1.999999"));

        Assert.Equal(PortalIntakeOutcome.Refused, result.Outcome);
        Assert.Contains("1.999999", Assert.Single(result.Problems));
        Assert.Equal("G22-261123-0001", Assert.Single(await intake.RefusalsAsync()).PortalCode);
        Assert.Equal(0, center.Store.Writes);
    }

    [Fact]
    public async Task A_refused_dossier_received_again_after_its_data_is_fixed_leaves_the_refusals()
    {
        var center = await TestCenter.StartAsync();
        var (intake, _) = Intake(center);
        var bad = await intake.ReceiveAsync(Filed(citizenId: "12"));
        Assert.Equal(PortalIntakeOutcome.Refused, bad.Outcome);

        var again = await intake.ReceiveAsync(Filed());

        Assert.Equal(PortalIntakeOutcome.Received, again.Outcome);
        Assert.Empty(await intake.RefusalsAsync());
    }

    [Fact]
    public async Task Fetching_receives_what_was_filed_since_the_last_fetch_and_a_second_fetch_files_nothing_more()
    {
        var center = await TestCenter.StartAsync();
        var (intake, portal) = Intake(center);
        portal.Filed.Add(Filed("G22-1"));
        portal.Filed.Add(Filed("G22-2"));

        var first = await intake.FetchAsync();
        var second = await intake.FetchAsync();

        Assert.Equal([PortalIntakeOutcome.Received, PortalIntakeOutcome.Received], first.Select(r => r.Outcome));
        Assert.All(second, r => Assert.Equal(PortalIntakeOutcome.AlreadyReceived, r.Outcome));
    }
}
