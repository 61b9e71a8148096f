using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>Dossiers through their lives, driven only through HTTP and the department queues.</summary>
[Collection(ServerCollection.Name)]
public class LifecycleTests(ServerFixture server)
{
    private static readonly DepartmentCode Construction = new("SXD");
    private static readonly DepartmentCode Agriculture = new("SNNMT");

    /// <summary>What a department's system does: post its officer's decision on its own decision queue.</summary>
    private Task DecideAsync(string code, DepartmentCode department, int step, DecisionKind kind, string? note = null, IReadOnlyList<string>? missing = null, DepartmentCode? actingFor = null) =>
        server.Queues.SendAsync(QueueNames.Decisions(actingFor ?? department), Departments.Decision(code, department, step, kind, note, missing));

    private Task<DossierView> WaitForAsync(string code, Func<DossierView, bool> condition) =>
        ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is var view && condition(view) ? view : null);

    [Fact]
    public async Task An_online_submission_returns_its_code_and_secret_and_a_retry_returns_the_same()
    {
        var key = Guid.NewGuid().ToString();
        var (first, result) = await SubmitAsync(server, Content(Form(), PermitPapers()), key);
        var (again, replay) = await SubmitAsync(server, Content(Form(), PermitPapers()), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(server.Agency)}-\d{{6}}-\d{{4}}$", result!.Code);
        Assert.Equal(DossierStatus.Registered, result.Status);
        Assert.Equal(10, result.TrackingSecret.Length);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(result, replay);
        var view = await ApplicantViewAsync(result.Code);
        Assert.Equal(3, view.Documents.Count);
    }

    [Fact]
    public async Task The_same_key_for_a_different_submission_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        await SubmitAsync(server, Content(Form(), PermitPapers()), key);
        var (response, _) = await SubmitAsync(server, Content(Form(procedure: "SAMPLE.TC.01"), ("giay-de-nghi", "gdn.pdf", "application/pdf", Pdf())), key);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_lien_thong_dossier_goes_from_reception_through_parallel_and_sequential_departments_to_its_return()
    {
        var code = await ReceivedPermitAsync(server);
        var received = await server.GetDossierAsync(code);
        Assert.Equal(4, received.Status);
        Assert.NotNull(received.AppointmentAt);
        Assert.NotNull(await server.TakeAsync(QueueNames.Assignments(Construction), m => m.DossierId == code && m.Kind == "assignToDepartment"));
        Assert.NotNull(await server.TakeAsync(QueueNames.Assignments(Agriculture), m => m.DossierId == code && m.Kind == "assignToDepartment"));

        await DecideAsync(code, Construction, 0, DecisionKind.Approve);
        await DecideAsync(code, Agriculture, 0, DecisionKind.Approve);
        await WaitForAsync(code, v => v.Steps.Any(s => s.Step == 2 && s.State == StepState.Active));
        await DecideAsync(code, Construction, 1, DecisionKind.Approve);
        var processed = await WaitForAsync(code, v => v.Status == 9);

        Assert.All(processed.Steps, s => Assert.Equal(StepState.Approved, s.State));
        var returned = await server.PostJsonAsync($"/api/dossiers/{code}/return", new { method = "Counter" }, Role.ReceptionOfficer);
        Assert.Equal(10, (await returned.Content.ReadFromJsonAsync<DossierView>(DomainJson.Options))!.Status);

        var timeline = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/timeline", Role.Applicant, "citizen-1"));
        var events = (await timeline.Content.ReadFromJsonAsync<List<TimelineEntry>>(DomainJson.Options))!;
        Assert.Equal([1, 2, 4, 9, 10], events.Select(e => e.Status).Distinct());
    }

    [Fact]
    public async Task A_supplement_round_stops_the_clock_and_the_applicants_files_resume_it()
    {
        var code = await ReceivedPermitAsync(server);
        var before = await server.GetDossierAsync(code);
        await DecideAsync(code, Agriculture, 0, DecisionKind.RequestSupplement, "Thiếu báo cáo", ["Báo cáo đánh giá tác động môi trường"]);
        await WaitForAsync(code, v => v.Status == 5);
        // The applicant takes a week: none of it counts.
        server.Clock.Advance(TimeSpan.FromDays(7));

        var request = server.Request(HttpMethod.Post, $"/api/dossiers/{code}/supplements", Role.Applicant, "citizen-1");
        var files = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf());
        file.Headers.ContentType = new("application/pdf");
        files.Add(file, "dtm", "bao-cao-dtm.pdf");
        request.Content = files;
        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = (await response.Content.ReadFromJsonAsync<DossierView>(DomainJson.Options))!;
        Assert.Equal(4, after.Status);
        Assert.Equal(4, after.Documents.Count);
        // Five working days waited (a calendar week), so the appointment moved by about five working days.
        Assert.InRange((after.AppointmentAt!.Value - before.AppointmentAt!.Value).TotalDays, 6, 9);
    }

    [Fact]
    public async Task A_withdrawal_stops_the_dossier_and_tells_the_departments()
    {
        var code = await ReceivedPermitAsync(server);
        var response = await server.PostJsonAsync($"/api/dossiers/{code}/withdrawal", new { reason = "Không còn nhu cầu" }, Role.Applicant, "citizen-1");

        Assert.Equal(8, (await response.Content.ReadFromJsonAsync<DossierView>(DomainJson.Options))!.Status);
        Assert.NotNull(await server.TakeAsync(QueueNames.Assignments(Construction), m => m.DossierId == code && m.Kind == "cancelAssignment"));
    }

    [Fact]
    public async Task The_public_lookup_needs_the_secret_and_shows_no_personal_data()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));

        var found = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/status/{result!.Code}?secret={result.TrackingSecret.ToLowerInvariant()}"));
        var body = await found.Content.ReadAsStringAsync();
        var wrong = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/status/{result.Code}?secret=AAAAAAAAAA"));

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("Mới đăng ký", body);
        Assert.DoesNotContain("Trần Văn Bình", body);
        Assert.DoesNotContain("019085012345", body);
        Assert.DoesNotContain("0912345678", body);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task An_applicant_sees_only_their_own_dossiers_and_a_department_only_what_reached_it()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()), subject: "citizen-a");
        var code = result!.Code;

        var byOtherCitizen = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.Applicant, "citizen-b"));
        var byDepartmentBeforeAssignment = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.DepartmentOfficer, "o", "SXD"));
        await server.PostJsonAsync($"/api/dossiers/{code}/reception", new { decision = "receive" }, Role.ReceptionOfficer);
        var byAssignedDepartment = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.DepartmentOfficer, "o", "SXD"));
        var byOtherDepartment = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.DepartmentOfficer, "o", "STP"));

        Assert.Equal(HttpStatusCode.NotFound, byOtherCitizen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byDepartmentBeforeAssignment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAssignedDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherDepartment.StatusCode);
    }

    [Fact]
    public async Task A_decision_on_another_departments_step_is_poisoned_and_changes_nothing()
    {
        var code = await ReceivedPermitAsync(server);
        var before = await server.GetDossierAsync(code);

        // Construction's queue carries a decision on Agriculture's step.
        await DecideAsync(code, Agriculture, 0, DecisionKind.Approve, actingFor: Construction);
        var poisoned = await WaitForPoisonAsync(QueueNames.Decisions(Construction), code);

        Assert.Contains("carries only its own officers' decisions", poisoned.Reason);
        var after = await server.GetDossierAsync(code);
        Assert.Equal(JsonSerializer.Serialize(before.Steps), JsonSerializer.Serialize(after.Steps));
    }

    [Fact]
    public async Task A_department_sees_its_due_steps_in_its_work_list()
    {
        var code = await ReceivedPermitAsync(server);
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/departments/SNNMT/worklist", Role.DepartmentOfficer, "o", "SNNMT"));
        var work = (await response.Content.ReadFromJsonAsync<WorkView>(DomainJson.Options))!;
        Assert.Contains(work.Items, i => i.Code == code && i.Step == 1 && i.DueAt is not null && i.Urgency == Urgency.OnTrack);
    }

    private Task<PoisonedMessage> WaitForPoisonAsync(string queue, string code) =>
        ServerFixture.EventuallyAsync(async () => (await server.Queues.PeekPoisonAsync(queue)).FirstOrDefault(p => p.Original.Contains(code, StringComparison.Ordinal)));

    private async Task<DossierView> ApplicantViewAsync(string code)
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.Applicant, "citizen-1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DossierView>(DomainJson.Options))!;
    }
}
