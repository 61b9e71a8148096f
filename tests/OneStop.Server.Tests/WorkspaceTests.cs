using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>The officers' day in the API: the reception inbox and search, a dossier's files, decisions over HTTP, their work, the access log.</summary>
[Collection(ServerCollection.Name)]
public class WorkspaceTests(ServerFixture server)
{
    private async Task<T> GetAsync<T>(string path, Role role, string subject = "officer-1", string? department = null, string? intakePoint = null)
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, path, role, subject, department, intakePoint));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(DomainJson.Options))!;
    }

    private Task<HttpResponseMessage> DecideAsync(string code, string department, int step, string decision, string key, string? note = "Đồng ý") =>
        server.DecideOverHttpAsync(code, department, step, decision, key, note);

    private Task<DossierView> WaitForAsync(string code, Func<DossierView, bool> condition) =>
        ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is var view && condition(view) ? view : null);

    [Fact]
    public async Task Reception_finds_an_online_dossier_waiting_in_its_inbox_and_by_the_applicants_name_id_or_phone()
    {
        var citizenId = $"0190{Random.Shared.Next(10_000_000, 99_999_999)}";
        var (_, filed) = await SubmitAsync(server, Content(Form(citizenId: citizenId), PermitPapers()));

        var inbox = await GetAsync<DossierSearchPage>("/api/dossiers?status=1&pageSize=200", Role.ReceptionOfficer);
        var byName = await GetAsync<DossierSearchPage>($"/api/dossiers?q=tran%20van%20binh&pageSize=200", Role.ReceptionOfficer);
        var byId = await GetAsync<DossierSearchPage>($"/api/dossiers?q={citizenId}", Role.ReceptionOfficer);
        var byCode = await GetAsync<DossierSearchPage>($"/api/dossiers?q={filed!.Code}", Role.ReceptionOfficer);

        var line = Assert.Single(inbox.Items, i => i.Code == filed.Code);
        Assert.Equal((1, "Mới đăng ký", "Trần Văn Bình"), (line.Status, line.StatusName, line.ApplicantName));
        Assert.Contains(byName.Items, i => i.Code == filed.Code);
        Assert.Equal(filed.Code, Assert.Single(byId.Items).Code);
        Assert.Equal(filed.Code, Assert.Single(byCode.Items).Code);
    }

    [Fact]
    public async Task The_inbox_is_read_a_page_at_a_time()
    {
        await SubmitAsync(server, Content(Form(), PermitPapers()));
        await SubmitAsync(server, Content(Form(), PermitPapers()));

        var first = await GetAsync<DossierSearchPage>("/api/dossiers?status=1&pageSize=1", Role.ReceptionOfficer);
        var second = await GetAsync<DossierSearchPage>($"/api/dossiers?status=1&pageSize=1&continuation={Uri.EscapeDataString(first.Continuation!)}", Role.ReceptionOfficer);

        Assert.Single(first.Items);
        Assert.Single(second.Items);
        Assert.NotEqual(first.Items[0].Code, second.Items[0].Code);
        Assert.True(first.Items[0].FiledAt <= second.Items[0].FiledAt);
    }

    [Fact]
    public async Task A_communes_reception_point_sees_only_its_own_intake()
    {
        var (_, atCenter) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var communeForm = new
        {
            procedureCode = BuildingPermit,
            channel = "Counter",
            intakePointCode = "XA-TANCUONG",
            applicant = new { kind = "Citizen", fullName = "Lò Thị Hoa", citizenId = "019185012345", phone = "0987654321", address = "Xóm Chè, xã Tân Cương" },
        };
        var (_, atCommune) = await SubmitAsync(server, Content(communeForm, PermitPapers()), role: Role.ReceptionOfficer, subject: "mot-cua-tan-cuong");

        var commune = await GetAsync<DossierSearchPage>("/api/dossiers?pageSize=200", Role.ReceptionOfficer, "mot-cua-tan-cuong", intakePoint: "XA-TANCUONG");
        var center = await GetAsync<DossierSearchPage>("/api/dossiers?pageSize=200&intakePoint=XA-TANCUONG", Role.ReceptionOfficer, intakePoint: "TTPVHCC");

        Assert.Contains(commune.Items, i => i.Code == atCommune!.Code);
        Assert.DoesNotContain(commune.Items, i => i.Code == atCenter!.Code);
        Assert.All(commune.Items, i => Assert.Equal("XA-TANCUONG", i.IntakePoint));
        Assert.Contains(center.Items, i => i.Code == atCommune!.Code);
    }

    [Fact]
    public async Task Officers_of_a_department_holding_a_step_open_a_file_the_citizen_uploaded_and_others_do_not()
    {
        var papers = PermitPapers();
        var (_, filed) = await SubmitAsync(server, Content(Form(), papers));
        var code = filed!.Code;
        Assert.Equal(HttpStatusCode.OK, (await server.PostJsonAsync($"/api/dossiers/{code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).StatusCode);

        var asDepartment = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/documents/2", Role.DepartmentOfficer, "o", "SNNMT"));
        var asApplicant = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/documents/1", Role.Applicant, "citizen-1"));
        var asOtherDepartment = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/documents/1", Role.DepartmentOfficer, "o", "STP"));
        var noSuchFile = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/documents/4", Role.ReceptionOfficer));

        Assert.Equal(HttpStatusCode.OK, asDepartment.StatusCode);
        Assert.Equal(papers[1].Item4, await asDepartment.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", asDepartment.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ban-ve.pdf", asDepartment.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("no-store", asDepartment.Headers.CacheControl!.ToString());
        Assert.Equal(papers[0].Item4, await asApplicant.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, asOtherDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchFile.StatusCode);
    }

    [Fact]
    public async Task Two_departments_decide_over_http_and_the_dossier_moves_on_once_however_often_a_decision_is_sent()
    {
        var code = await ReceivedPermitAsync(server);

        var construction = await DecideAsync(code, "SXD", 1, "Approve", "k-sxd-1");
        var again = await DecideAsync(code, "SXD", 1, "Approve", "k-sxd-1");
        var agriculture = await DecideAsync(code, "SNNMT", 1, "Approve", "k-snnmt-1");
        var second = await WaitForAsync(code, v => v.Steps.Any(s => s.Step == 2 && s.State == StepState.Active));
        var signing = await DecideAsync(code, "SXD", 2, "Approve", "k-sxd-2");
        var processed = await WaitForAsync(code, v => v.Status == 9);

        Assert.Equal(HttpStatusCode.Accepted, construction.StatusCode);
        Assert.True(again.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Accepted, agriculture.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, signing.StatusCode);
        Assert.Equal([StepState.Approved, StepState.Approved, StepState.Active], second.Steps.Select(s => s.State));
        Assert.Equal("Đã xử lý xong", processed.StatusName);
        var timeline = await GetAsync<List<TimelineEntry>>($"/api/dossiers/{code}/timeline", Role.ReceptionOfficer);
        Assert.Equal(3, timeline.Count(e => e.Event == "stepDecided"));
    }

    [Fact]
    public async Task A_decision_the_engine_would_refuse_is_answered_with_its_reason_and_changes_nothing()
    {
        var code = await ReceivedPermitAsync(server);
        var before = await server.GetDossierAsync(code);

        var secondStepTooEarly = await DecideAsync(code, "SXD", 2, "Approve", "k-early");
        var rejectWithoutReason = await DecideAsync(code, "SNNMT", 1, "Reject", "k-noreason", note: null);
        var notItsDossier = await DecideAsync(code, "STP", 1, "Approve", "k-stp");

        Assert.Equal(HttpStatusCode.Conflict, secondStepTooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rejectWithoutReason.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await ServerFixture.ProblemAsync(rejectWithoutReason)).GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, notItsDossier.StatusCode);
        await Task.Delay(500);
        Assert.Equal(JsonSerializer.Serialize(before.Steps), JsonSerializer.Serialize((await server.GetDossierAsync(code)).Steps));
    }

    [Fact]
    public async Task My_work_lists_the_departments_open_steps_with_their_urgency()
    {
        var code = await ReceivedPermitAsync(server);

        var work = await GetAsync<WorkView>("/api/my/work", Role.DepartmentOfficer, "o", "SNNMT");

        var item = Assert.Single(work.Items, i => i.Code == code);
        Assert.Equal((1, "SNNMT", Urgency.OnTrack), (item.Step, item.Department, item.Urgency));
        Assert.True(item.WorkingHoursLeft > 0);
        Assert.Equal(work.Items.Count(i => i.Urgency == Urgency.Overdue), work.Overdue);
    }

    [Fact]
    public async Task The_detail_shows_steps_documents_and_history_and_each_officers_read_is_in_the_access_log()
    {
        var code = await ReceivedPermitAsync(server);

        var detail = await GetAsync<DossierDetail>($"/api/dossiers/{code}/detail", Role.DepartmentOfficer, "chuyen-vien-snnmt", "SNNMT");
        var log = await GetAsync<List<AccessRecordView>>($"/api/access-log?dossier={code}", Role.Leader, "lanh-dao");
        var asReception = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/access-log", Role.ReceptionOfficer));

        Assert.Equal([1, 1, 2], detail.Steps.Select(s => s.Step));
        Assert.Equal(3, detail.Documents.Count);
        Assert.Equal($"/api/dossiers/{code}/documents/1", detail.Documents[0].Href);
        Assert.Equal(detail.AppointmentAt, detail.PromisedAt);
        Assert.Contains(detail.History, e => e.Event == "dossierReceived" && e.ActorRole == "Cán bộ tiếp nhận");
        Assert.Equal(TimeSpan.FromHours(7), detail.FiledAt.Offset);
        Assert.Contains(log, r => r.ActorId == "chuyen-vien-snnmt" && r.Route == "GetDossierDetail" && r.Department == "SNNMT");
        Assert.Equal(HttpStatusCode.Forbidden, asReception.StatusCode);
    }
}
