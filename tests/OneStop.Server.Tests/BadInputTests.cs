using System.Net;
using System.Net.Http.Json;
using System.Text;
using OneStop.Api.Routes;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>Bad input gets a problem detail saying what is wrong, in Vietnamese, and changes nothing.</summary>
[Collection(ServerCollection.Name)]
public class BadInputTests(ServerFixture server)
{
    [Fact]
    public async Task A_form_that_is_not_JSON_is_a_400_problem()
    {
        var (response, _) = await SubmitAsync(server, RawContent("{ not json", PermitPapers()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:onestop:problem:malformed_json", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_wrong_field_is_named_with_a_Vietnamese_message()
    {
        var form = new { procedureCode = "KHONG.CO", channel = "Online", intakePointCode = "XA-LA", applicant = new { kind = "Citizen", fullName = "", citizenId = "12345", phone = "123", address = "" } };
        var (response, _) = await SubmitAsync(server, Content(form, PermitPapers()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ServerFixture.ProblemAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "procedureCode", "intakePointCode", "applicant.fullName", "applicant.citizenId", "applicant.phone", "applicant.address" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
        Assert.Contains("12 chữ số", errors.GetProperty("applicant.citizenId")[0].GetString());
    }

    [Fact]
    public async Task An_applicant_files_online_only()
    {
        var (response, _) = await SubmitAsync(server, Content(Form(channel: "Counter"), PermitPapers()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ServerFixture.ProblemAsync(response)).GetProperty("errors").TryGetProperty("channel", out _));
    }

    [Fact]
    public async Task A_supplement_nobody_asked_for_is_refused()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var request = server.Request(HttpMethod.Post, $"/api/dossiers/{result!.Code}/supplements", Role.Applicant, "citizen-1");
        var files = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf());
        file.Headers.ContentType = new("application/pdf");
        files.Add(file, "dtm", "bao-cao.pdf");
        request.Content = files;

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("urn:onestop:problem:wrong_status", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
        Assert.Equal(3, (await server.GetDossierAsync(result.Code)).Documents.Count);
    }

    [Fact]
    public async Task A_submission_without_an_idempotency_key_is_refused()
    {
        var request = server.Request(HttpMethod.Post, "/api/dossiers", Role.Applicant);
        request.Content = Content(Form(), PermitPapers());
        var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ServerFixture.ProblemAsync(response)).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task A_program_disguised_as_a_PDF_is_refused_and_the_key_can_be_used_again()
    {
        var key = Guid.NewGuid().ToString();
        var disguised = Encoding.ASCII.GetBytes("MZ\u0090\0this program cannot be run in DOS mode").Concat(new byte[4000]).ToArray();
        var (refused, _) = await SubmitAsync(server, Content(Form(), ("don", "don.pdf", "application/pdf", disguised), ("ban-ve", "ban-ve.pdf", "application/pdf", Pdf()), ("dat", "dat.pdf", "application/pdf", Pdf())), key);
        var (accepted, result) = await SubmitAsync(server, Content(Form(), PermitPapers()), key);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("không đúng định dạng", (await ServerFixture.ProblemAsync(refused)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.NotNull(result);
    }

    [Fact]
    public async Task A_submission_that_is_not_multipart_is_refused()
    {
        var request = server.Request(HttpMethod.Post, "/api/dossiers", Role.Applicant);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Content = JsonContent.Create(Form());
        var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:onestop:problem:multipart_required", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_refused_signal_is_a_409_problem_with_the_engines_reason()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var request = server.Request(HttpMethod.Post, $"/api/dossiers/{result!.Code}/return", Role.ReceptionOfficer);
        request.Content = JsonContent.Create(new { method = "Counter" });

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ServerFixture.ProblemAsync(response);
        Assert.Equal("urn:onestop:problem:wrong_status", problem.GetProperty("type").GetString());
        Assert.Contains("Mới đăng ký", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Script_typed_into_a_name_prints_as_text_on_the_forms()
    {
        var form = new
        {
            procedureCode = BuildingPermit,
            channel = "Online",
            intakePointCode = "TTPVHCC",
            applicant = new { kind = "Citizen", fullName = "Lê <script>alert('x')</script> Văn", citizenId = "019085012345", phone = "0912345678", address = "Thái Nguyên" },
        };
        var (_, result) = await SubmitAsync(server, Content(form, PermitPapers()));
        var receive = server.Request(HttpMethod.Post, $"/api/dossiers/{result!.Code}/reception", Role.ReceptionOfficer);
        receive.Content = JsonContent.Create(new { decision = "receive" });
        await server.Http.SendAsync(receive);

        var html = await (await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{result.Code}/forms/mau-01", Role.ReceptionOfficer))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Lê &lt;script&gt;", html);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", html);
    }

    [Fact]
    public async Task A_form_not_yet_issued_is_a_404_problem()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{result!.Code}/forms/mau-03", Role.ReceptionOfficer));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:onestop:problem:form_not_issued", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_oversized_JSON_body_is_refused_before_it_is_read()
    {
        var request = server.Request(HttpMethod.Post, "/api/dossiers/000.00.12.H56-261123-0001/reception", Role.ReceptionOfficer);
        request.Content = new StringContent($$"""{"decision":"refuse","reason":"{{new string('x', 2 * 1024 * 1024)}}"}""", Encoding.UTF8, "application/json");
        // The client waits for "100 Continue" before sending the body, as a well-behaved client of a large
        // upload does; the server answers 413 from the declared length alone, so the body is never sent
        // and the test does not race the server closing the connection under a half-sent body.
        request.Headers.ExpectContinue = true;
        using var patientClient = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = server.Http.BaseAddress };
        var response = await patientClient.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("urn:onestop:problem:request_too_large", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_submission_larger_than_the_JSON_limit_is_still_accepted()
    {
        var (response, _) = await SubmitAsync(server, Content(Form(), ("don", "don.pdf", "application/pdf", Pdf(3 * 1024 * 1024)), ("ban-ve", "ban-ve.pdf", "application/pdf", Pdf()), ("dat", "dat.pdf", "application/pdf", Pdf())));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_reception_decision_is_refused()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var request = server.Request(HttpMethod.Post, $"/api/dossiers/{result!.Code}/reception", Role.ReceptionOfficer);
        request.Content = JsonContent.Create(new { decision = "approveEverything" });
        var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:onestop:problem:unknown_decision", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
    }
}
