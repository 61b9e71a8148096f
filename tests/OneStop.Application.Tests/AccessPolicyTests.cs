using OneStop.Application.Access;
using OneStop.Application.Common;
using OneStop.Application.Reception;
using OneStop.Application.Reports;
using OneStop.Application.Tests.InMemory;
using OneStop.Application.Worklists;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Tests;

/// <summary>
/// The one access policy, as the use cases ask it: a commune point's reception officer works within the dossiers
/// received at that point, whatever the route (the dossier, its files, its forms, its history, a search, an action);
/// the center's own desks and leaders keep the province-wide view.
/// </summary>
public sealed class AccessPolicyTests
{
    private static readonly Actor AtCommune = TestCenter.Reception with { IntakePoint = "XA-TANCUONG" };

    private static readonly Actor AtCenter = TestCenter.Reception with { IntakePoint = "TTPVHCC" };

    [Fact]
    public async Task A_commune_officer_is_refused_a_dossier_received_at_the_center_and_the_attempt_is_recorded()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();

        var read = await Assert.ThrowsAsync<AccessDeniedException>(() => center.Reader.OpenAsync(code, AtCommune, "GetDossierDetail"));
        var file = await Assert.ThrowsAsync<AccessDeniedException>(() => center.Reader.OpenDocumentAsync(code, 1, AtCommune, "GetDocument"));
        var history = await Assert.ThrowsAsync<AccessDeniedException>(() => center.Dossiers.ReadAsync(code, AtCommune, "GetTimeline"));

        Assert.All(new[] { read, file, history }, e => Assert.Equal("outside_intake_point", e.Code));
        var recorded = center.AccessLog.Records.Where(r => r.DossierId == code && r.ActorId == AtCommune.Id).ToList();
        Assert.Equal(["GetDossierDetail", "GetDocument", "GetTimeline"], recorded.Select(r => r.Route));
        Assert.All(recorded, r => Assert.True(r.Refused));
    }

    [Fact]
    public async Task A_commune_officer_cannot_act_on_another_points_dossier_and_nothing_changes()
    {
        var center = await TestCenter.StartAsync();
        var filed = await center.FileAsync();
        var desk = center.Get<ReceptionDesk>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => desk.ReceiveAsync(filed.Code, AtCommune));

        var dossier = (await center.Dossiers.ReadAsync(filed.Code, AtCenter, "GetDossier")).Dossier;
        Assert.Equal(DossierStatus.Registered, dossier.Status);
        Assert.Contains(center.AccessLog.Records, r => r.DossierId == filed.Code && r.Route == AccessPolicy.ChangePurpose && r.Refused);
    }

    [Fact]
    public async Task A_commune_officer_does_not_find_another_points_dossier_by_the_citizens_id_and_the_center_does()
    {
        var center = await TestCenter.StartAsync();
        var atCenter = await center.ReceivedAsync(TestCenter.PermitForm(citizenId: "019085012345"));
        var atCommune = await center.FileAsync(TestCenter.PermitForm(citizenId: "019185099999", intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: AtCommune);

        var communeByOthersId = await center.Queries.SearchAsync(new InboxQuery { Text = "019085012345" }, AtCommune);
        var communeByCode = await center.Queries.SearchAsync(new InboxQuery { Text = atCenter }, AtCommune);
        var communeByOwnId = await center.Queries.SearchAsync(new InboxQuery { Text = "019185099999" }, AtCommune);
        var centerByCommuneId = await center.Queries.SearchAsync(new InboxQuery { Text = "019185099999" }, AtCenter);

        Assert.Empty(communeByOthersId.Dossiers);
        Assert.Empty(communeByCode.Dossiers);
        Assert.Equal(atCommune.Code, Assert.Single(communeByOwnId.Dossiers).Id);
        Assert.Equal(atCommune.Code, Assert.Single(centerByCommuneId.Dossiers).Id);
    }

    [Fact]
    public async Task The_centers_desks_and_leaders_keep_the_province_wide_view()
    {
        var center = await TestCenter.StartAsync();
        var atCommune = await center.FileAsync(TestCenter.PermitForm(intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: AtCommune);

        var byCenterDesk = await center.Reader.OpenAsync(atCommune.Code, AtCenter, "GetDossierDetail");
        var byLeader = await center.Reader.OpenAsync(atCommune.Code, Actor.Leader("lanh-dao-1", "Hoàng Văn Nam"), "GetDossierDetail");

        Assert.Equal(atCommune.Code, byCenterDesk.Id);
        Assert.Equal(atCommune.Code, byLeader.Id);
        Assert.DoesNotContain(center.AccessLog.Records, r => r.Refused);
    }

    [Fact]
    public async Task The_center_deadline_list_of_a_commune_desk_holds_only_its_own_intake()
    {
        var center = await TestCenter.StartAsync();
        await center.ReceivedAsync();
        var atCommune = await center.FileAsync(TestCenter.PermitForm(intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: AtCommune);
        center.Clock.Advance(TimeSpan.FromDays(30));

        var communeList = await center.Queries.DeadlinesAsync(AtCommune);
        var centerList = await center.Queries.DeadlinesAsync(AtCenter);

        Assert.NotEmpty(communeList.Overdue);
        Assert.All(communeList.Overdue, i => Assert.Equal(atCommune.Code, i.Dossier.Id));
        Assert.Contains(centerList.Overdue, i => i.Dossier.Id != atCommune.Code);
    }

    [Fact]
    public async Task A_department_officer_is_refused_another_departments_work_list()
    {
        var center = await TestCenter.StartAsync();

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => center.Queries.WorkAsync(new Domain.Catalog.DepartmentCode("SXD"), TestCenter.Officer("SNNMT")));

        Assert.Equal("other_department", refused.Code);
    }

    [Fact]
    public async Task What_a_person_may_do_with_a_dossier_is_what_the_engine_would_accept_from_them_now()
    {
        var center = await TestCenter.StartAsync();
        var filed = await center.FileAsync();
        var policy = center.Get<AccessPolicy>();
        var dossier = (await center.Dossiers.ReadAsync(filed.Code, AtCenter, "GetDossier")).Dossier;

        Assert.Equal(["receive", "refuseReception", "requestSupplementAtReception", "requestWithdrawal"], policy.ActionsOf(dossier, AtCenter, center.Engine));
        Assert.Equal(["requestWithdrawal"], policy.ActionsOf(dossier, TestCenter.Citizen, center.Engine));
        Assert.Empty(policy.ActionsOf(dossier, AtCommune, center.Engine));
        Assert.Empty(policy.ActionsOf(dossier, TestCenter.Officer("SXD"), center.Engine));

        var received = (await center.Get<ReceptionDesk>().ReceiveAsync(filed.Code, AtCenter)).Dossier;
        Assert.Contains("departmentDecision", policy.ActionsOf(received, TestCenter.Officer("SXD"), center.Engine));
        Assert.DoesNotContain("receive", policy.ActionsOf(received, AtCenter, center.Engine));
    }

    [Fact]
    public async Task A_commune_officer_reads_finds_and_returns_a_center_dossier_whose_result_is_to_be_returned_at_their_point()
    {
        var center = await TestCenter.StartAsync();
        var form = TestCenter.PermitForm(citizenId: "019185077777", channel: IntakeChannel.Counter) with { ReturnPointCode = "XA-TANCUONG" };
        var filed = await center.FileAsync(form, actor: AtCenter);
        foreach (var (department, step) in new[] { ("SXD", 0), ("SNNMT", 0), ("SXD", 1) })
        {
            var officer = TestCenter.Officer(department);
            await center.Dossiers.ApplyAsync(filed.Code, new DepartmentDecision($"d-{department}-{step}", officer.Department!.Value, step, DecisionKind.Approve, "Đồng ý") { Actor = officer });
        }

        var read = await center.Reader.OpenAsync(filed.Code, AtCommune, "GetDossierDetail");
        var found = await center.Queries.SearchAsync(new InboxQuery { Text = "019185077777" }, AtCommune);
        var returned = await center.Get<ReceptionDesk>().ReturnResultAsync(filed.Code, ReturnMethod.Counter, AtCommune);

        Assert.Equal("XA-TANCUONG", read.ReturnPoint?.Code);
        Assert.Equal(filed.Code, Assert.Single(found.Dossiers).Id);
        Assert.Equal(DossierStatus.Returned, returned.Dossier.Status);
        Assert.DoesNotContain(center.AccessLog.Records, r => r.Refused);
    }

    [Fact]
    public async Task A_return_point_that_is_not_an_open_intake_point_is_refused_with_its_field()
    {
        var center = await TestCenter.StartAsync();
        var form = TestCenter.PermitForm(channel: IntakeChannel.Counter) with { ReturnPointCode = "XA-KHONG-CO" };

        var refused = await Assert.ThrowsAsync<InputRejectedException>(() => center.FileAsync(form, actor: AtCenter));

        Assert.Contains(refused.Errors, e => e.Field == "returnPointCode");
    }

    [Fact]
    public async Task A_report_counts_the_dossiers_its_reader_may_see_the_centers_leaders_the_whole_province()
    {
        var center = await TestCenter.StartAsync();
        await center.ReceivedAsync();
        await center.FileAsync(TestCenter.PermitForm(citizenId: "019185099999", intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: AtCommune);
        var reports = center.Get<ReportQueries>();
        var day = new DateOnly(2026, 11, 23);

        var province = await reports.IntakeAsync(day, day, Actor.Leader("lanh-dao-1", "Hoàng Văn Nam"));
        var commune = await reports.IntakeAsync(day, day, AtCommune);

        Assert.Equal(["TTPVHCC", "XA-TANCUONG"], province.Select(c => c.IntakePoint).Distinct().Order());
        Assert.Equal(["XA-TANCUONG"], commune.Select(c => c.IntakePoint).Distinct());
    }
}
