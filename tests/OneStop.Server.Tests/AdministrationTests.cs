using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneStop.Api.Routes;

namespace OneStop.Server.Tests;

/// <summary>The province's administrator previews a changed catalog, applies it, browses a procedure's versions, sets a department's onboarding; every change is recorded.</summary>
[Collection(ServerCollection.Name)]
public class AdministrationTests(ServerFixture server)
{
    private const string Permit = "SAMPLE.XD.01";

    /// <summary>The sample catalog with the building permit's fee changed from a future date (so today's dossiers keep today's version).</summary>
    private static JsonObject ChangedCatalog(string effectiveFrom, long fee)
    {
        var catalog = JsonNode.Parse(File.ReadAllText(Path.Combine(Testing.RepositoryRoot.Path, "samples", "catalog.sample.json")))!.AsObject();
        var permit = catalog["procedures"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == Permit)!;
        permit["effectiveFrom"] = effectiveFrom;
        permit["fees"]![0]!["amountVnd"] = fee;
        return catalog;
    }

    [Fact]
    public async Task A_changed_catalog_is_previewed_then_applied_as_a_new_version_from_its_date_and_recorded()
    {
        var file = ChangedCatalog("2027-03-01", 200_000);

        var preview = await SendAsync(HttpMethod.Post, "/api/admin/catalog/preview", file);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var plan = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        var change = plan.GetProperty("procedures").EnumerateArray().Single(p => p.GetProperty("code").GetString() == Permit);
        Assert.Equal(("NewVersion", "2027-03-01", "fees"), (change.GetProperty("kind").GetString(), change.GetProperty("effectiveFrom").GetString(), change.GetProperty("changed")[0].GetString()));
        var newVersion = change.GetProperty("newVersion").GetInt32();
        Assert.Equal(change.GetProperty("latestVersion").GetInt32() + 1, newVersion);
        Assert.All(plan.GetProperty("procedures").EnumerateArray().Where(p => p.GetProperty("code").GetString() != Permit), p => Assert.Equal("Unchanged", p.GetProperty("kind").GetString()));
        Assert.Empty(plan.GetProperty("problems").EnumerateArray());
        // A preview writes nothing.
        Assert.Equal(newVersion - 1, await VersionCountAsync());

        var import = await SendAsync(HttpMethod.Post, "/api/admin/catalog", file);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await import.Content.ReadAsStringAsync()).RootElement.GetProperty("versionsAdded").GetInt32());
        Assert.Equal(newVersion, await VersionCountAsync());
        // Today's version is still the one in force; the new one applies from its date.
        var today = await server.Http.GetFromJsonAsync<JsonElement>($"/api/procedures/{Permit}");
        Assert.NotEqual(newVersion, today.GetProperty("version").GetInt32());

        var changes = await ChangesAsync();
        Assert.Contains(changes, c => c.GetProperty("action").GetString() == "catalog.import" && c.GetProperty("actorId").GetString() == "quan-tri-1"
            && c.GetProperty("summary").GetString()!.Contains("1 phiên bản mới", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/admin/changes", Role.Leader))).StatusCode);
    }

    [Fact]
    public async Task An_incoherent_catalog_is_refused_whole_with_its_problems_and_changes_nothing()
    {
        var file = ChangedCatalog("2027-04-01", 300_000);
        file["procedures"]![0]!["competentDepartments"] = new JsonArray("KHONG-CO");
        var before = await VersionCountAsync();

        var preview = JsonDocument.Parse(await (await SendAsync(HttpMethod.Post, "/api/admin/catalog/preview", file)).Content.ReadAsStringAsync()).RootElement;
        var import = await SendAsync(HttpMethod.Post, "/api/admin/catalog", file);

        Assert.NotEmpty(preview.GetProperty("problems").EnumerateArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        Assert.Equal("urn:onestop:problem:catalog_incoherent", (await ServerFixture.ProblemAsync(import)).GetProperty("type").GetString());
        Assert.Equal(before, await VersionCountAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/admin/catalog/preview", new JsonObject { ["sample"] = true })).StatusCode);
    }

    [Fact]
    public async Task A_departments_onboarding_date_is_changed_without_a_restart_and_recorded()
    {
        var response = await SendAsync(HttpMethod.Put, "/api/admin/departments/SVHTTDL", new JsonObject { ["onboardedFrom"] = "2020-01-01" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var departments = JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/api/admin/departments", null)).Content.ReadAsStringAsync()).RootElement;
        var culture = departments.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "SVHTTDL");
        Assert.Equal(("2020-01-01", true), (culture.GetProperty("onboardedFrom").GetString(), culture.GetProperty("onboarded").GetBoolean()));
        Assert.Contains(await ChangesAsync(), c => c.GetProperty("action").GetString() == "department.update" && c.GetProperty("summary").GetString()!.Contains("01/01/2020", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Put, "/api/admin/departments/KHONG-CO", new JsonObject { ["onboardedFrom"] = "2020-01-01" })).StatusCode);
    }

    [Fact]
    public async Task A_holiday_notice_is_previewed_applied_without_a_restart_and_recorded()
    {
        // Test data for a far year, not a government decision: Friday 4/1/2030 off, Saturday 12/1/2030 worked.
        var notice = new JsonObject
        {
            ["year"] = 2030,
            ["reference"] = "Dữ liệu thử nghiệm",
            ["daysOff"] = new JsonArray(new JsonObject { ["date"] = "2030-01-04", ["reason"] = "Nghỉ hoán đổi (thử nghiệm)" }),
            ["workingDays"] = new JsonArray(new JsonObject { ["date"] = "2030-01-12", ["reason"] = "Làm bù (thử nghiệm)" }),
        };

        var preview = JsonDocument.Parse(await (await SendAsync(HttpMethod.Post, "/api/admin/holiday-notices/preview", notice)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["2030-01-04", "2030-01-12"], preview.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("date").GetString()));
        Assert.DoesNotContain(await NoticeYearsAsync(), y => y == 2030);

        var applied = await SendAsync(HttpMethod.Post, "/api/admin/holiday-notices", notice);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains(await NoticeYearsAsync(), y => y == 2030);
        Assert.Contains(await ChangesAsync(), c => c.GetProperty("action").GetString() == "calendar.notice" && c.GetProperty("summary").GetString()!.Contains("2 ngày thay đổi", StringComparison.Ordinal));

        notice["reference"] = "";
        var refused = await SendAsync(HttpMethod.Post, "/api/admin/holiday-notices", notice);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("số, ngày của văn bản", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_commune_point_added_receives_dossiers_and_once_closed_receives_none()
    {
        var code = $"XA-{Guid.NewGuid():N}"[..20];
        var saved = await SendAsync(HttpMethod.Put, $"/api/admin/intake-points/{code}", new JsonObject { ["name"] = "Bộ phận một cửa xã Phúc Xuân", ["kind"] = "CommunePoint" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(await PublicPointsAsync(), p => p == code);

        var form = JsonSerializer.SerializeToNode(Submissions.Form())!.AsObject();
        form["intakePointCode"] = code;
        var (filed, _) = await Submissions.SubmitAsync(server, Submissions.RawContent(form.ToJsonString(), Submissions.PermitPapers()));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, $"/api/admin/intake-points/{code}", new JsonObject { ["open"] = false })).StatusCode);
        Assert.DoesNotContain(await PublicPointsAsync(), p => p == code);
        var (refused, _) = await Submissions.SubmitAsync(server, Submissions.RawContent(form.ToJsonString(), Submissions.PermitPapers()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("intakePointCode", await refused.Content.ReadAsStringAsync());
        Assert.Contains(await ChangesAsync(), c => c.GetProperty("action").GetString() == "intake-point.save" && c.GetProperty("summary").GetString()!.StartsWith("Ngừng tiếp nhận", StringComparison.Ordinal));
    }

    private async Task<List<string?>> PublicPointsAsync() =>
        [.. (await server.Http.GetFromJsonAsync<JsonElement>("/api/intake-points")).EnumerateArray().Select(p => p.GetProperty("code").GetString())];

    private async Task<List<int>> NoticeYearsAsync() =>
        [.. JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/api/admin/holiday-notices", null)).Content.ReadAsStringAsync()).RootElement
            .GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("year").GetInt32())];

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body)
    {
        var request = server.Request(method, path, Role.Administrator, "quan-tri-1");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return server.Http.SendAsync(request);
    }

    private async Task<int> VersionCountAsync() =>
        JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, $"/api/admin/procedures/{Permit}/versions", null)).Content.ReadAsStringAsync()).RootElement.GetArrayLength();

    private async Task<List<JsonElement>> ChangesAsync() =>
        [.. JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/api/admin/changes", null)).Content.ReadAsStringAsync()).RootElement.EnumerateArray()];
}
