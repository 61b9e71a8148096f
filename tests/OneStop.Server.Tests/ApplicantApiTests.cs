using System.Net;
using System.Text.Json;
using OneStop.Api.Routes;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>What a signed-in applicant does over the API: follows their own dossiers, rates the service; and what the leaders read of it.</summary>
[Collection(ServerCollection.Name)]
public class ApplicantApiTests(ServerFixture server)
{
    [Fact]
    public async Task My_dossiers_are_the_ones_filed_under_my_account_and_no_one_elses()
    {
        var mine = $"cong-dan-{Guid.NewGuid():N}";
        var (_, filed) = await SubmitAsync(server, Content(Form(), PermitPapers()), subject: mine);
        var (_, another) = await SubmitAsync(server, Content(Form(), PermitPapers()), subject: $"cong-dan-{Guid.NewGuid():N}");

        var list = await CodesAsync($"/api/my/dossiers", mine);
        var filtered = await CodesAsync($"/api/my/dossiers?status=1&q={another!.Code}", mine);

        Assert.Equal([filed!.Code], list);
        var noNotice = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{filed.Code}/forms/ket-qua", Role.Applicant, mine));
        Assert.Equal(HttpStatusCode.NotFound, noNotice.StatusCode);
        Assert.Equal([filed.Code], filtered);
        var officer = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/my/dossiers", Role.ReceptionOfficer));
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
    }

    [Fact]
    public async Task An_applicant_rates_a_returned_dossier_once_and_the_leaders_see_it_by_department_and_procedure()
    {
        var subject = $"cong-dan-{Guid.NewGuid():N}";
        var code = await ReturnedPermitAsync(server, subject);

        var notice = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/forms/ket-qua", Role.Applicant, subject));
        var noticeText = await notice.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Contains("THÔNG BÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", noticeText);
        Assert.Contains("Kết quả đã được trả cho người nộp hồ sơ", noticeText);
        Assert.DoesNotContain("Mẫu số", noticeText);

        var early = await RateAsync(code, subject, new { score = 9 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("urn:onestop:problem:rating_invalid", (await ServerFixture.ProblemAsync(early)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await RateAsync(code, subject, new { comment = "Không chọn điểm" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RateAsync(code, "cong-dan-khac", new { score = 1 })).StatusCode);

        var rated = await RateAsync(code, subject, new { score = 5, comment = "Cán bộ hướng dẫn tận tình, trả kết quả sớm" });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var view = JsonDocument.Parse(await rated.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, view.GetProperty("rating").GetProperty("score").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await RateAsync(code, subject, new { score = 5, comment = "Cán bộ hướng dẫn tận tình, trả kết quả sớm" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await RateAsync(code, subject, new { score = 1 })).StatusCode);

        var day = server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");
        var byProcedure = await ReportAsync($"/api/reports/satisfaction?from={day}&to={day}&by=procedure");
        var permit = byProcedure.Single(r => r.GetProperty("key").GetString() == BuildingPermit);
        Assert.True(permit.GetProperty("scores")[4].GetInt32() >= 1);
        Assert.Contains("Cán bộ hướng dẫn tận tình, trả kết quả sớm", permit.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
        var byDepartment = await ReportAsync($"/api/reports/satisfaction?from={day}&to={day}");
        Assert.Contains(byDepartment, r => r.GetProperty("key").GetString() == "SNNMT" && r.GetProperty("ratings").GetInt32() >= 1);
    }

    private async Task<List<string?>> CodesAsync(string path, string subject)
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, path, Role.Applicant, subject));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString())];
    }

    private Task<HttpResponseMessage> RateAsync(string code, string subject, object body)
    {
        var request = server.Request(HttpMethod.Post, $"/api/dossiers/{code}/rating", Role.Applicant, subject);
        request.Content = System.Net.Http.Json.JsonContent.Create(body);
        return server.Http.SendAsync(request);
    }

    private async Task<List<JsonElement>> ReportAsync(string path)
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, path, Role.Leader));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()];
    }
}
