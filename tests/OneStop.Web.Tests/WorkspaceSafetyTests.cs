using System.IO.Compression;
using Microsoft.Playwright;
using OneStop.Server.Tests;
using OneStop.Testing;

namespace OneStop.Web.Tests;

/// <summary>What keeps a citizen's papers and an officer's session safe in the browser, and the workspace light.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class WorkspaceSafetyTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task The_pages_run_only_their_own_scripts_and_are_never_framed()
    {
        var page = await workspace.Http.GetAsync("/tiep-nhan");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_is_an_http_only_cookie_and_no_token_is_kept_in_the_browsers_storage()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);

        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "onestop-dev-token");
        var stored = await page.EvaluateAsync<string>("JSON.stringify([Object.values(localStorage), Object.values(sessionStorage)])");
        var readable = await page.EvaluateAsync<string>("document.cookie");

        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("[[],[]]", stored);
        Assert.DoesNotContain("onestop-dev-token", readable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_typed_with_markup_is_shown_as_text_and_runs_nothing()
    {
        var name = "<img src=x onerror=\"document.body.dataset.hacked=1\">Bình";
        var form = new
        {
            procedureCode = Submissions.BuildingPermit,
            channel = "Online",
            intakePointCode = "TTPVHCC",
            applicant = new { kind = "Citizen", fullName = name, citizenId = "001077012345", phone = "0912345678", address = "Thái Nguyên" },
        };
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(form, Submissions.PermitPapers()));
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);

        await page.GotoAsync($"/ho-so/{filed!.Code}");

        await Assertions.Expect(page.GetByText(name).First).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("document.body.dataset.hacked ?? null"));
    }

    [Fact]
    public async Task Answers_with_personal_data_are_kept_by_no_cache()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001066012345"), Submissions.PermitPapers()));
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);

        var detail = await page.RunAndWaitForResponseAsync(() => page.GotoAsync($"/ho-so/{filed!.Code}"), r => r.Url.EndsWith("/detail", StringComparison.Ordinal));

        Assert.Equal("no-store", await detail.HeaderValueAsync("cache-control"));
    }

    [Fact]
    public async Task The_workspace_loads_well_under_300_KB_of_compressed_script()
    {
        var index = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "web", "dist", "index.html"));
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        var page = await workspace.NewPageAsync();
        var scripts = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(".js", StringComparison.Ordinal))
            {
                scripts.Add(new Uri(response.Url).AbsolutePath);
            }
        };
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        await page.GotoAsync("/tiep-nhan");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Bàn tiếp nhận" }).WaitForAsync();

        long compressed = 0;
        foreach (var path in scripts.Distinct())
        {
            using var output = new MemoryStream();
            await using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "web", "dist", path.TrimStart('/'))));
            }
            compressed += output.Length;
        }

        Assert.Contains(script, scripts);
        Assert.InRange(compressed, 1, 300 * 1024);
    }

    [Fact]
    public async Task The_inbox_reads_one_page_at_a_time_from_the_server()
    {
        for (int i = 0; i < 21; i++)
        {
            await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: $"0010550{i:00000}"), Submissions.PermitPapers()));
        }
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        var requests = new List<Uri>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/dossiers?", StringComparison.Ordinal))
            {
                requests.Add(new Uri(request.Url));
            }
        };

        await page.GotoAsync("/tiep-nhan");
        await Assertions.Expect(page.Locator("table.dossiers tbody tr")).ToHaveCountAsync(20);
        string firstOfPageOne = await page.Locator("table.dossiers tbody tr td").First.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Trang sau" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Trang 2")).ToBeVisibleAsync();
        // "Trang 2" is written with page 2's rows, never over page 1's.
        Assert.NotEqual(firstOfPageOne, await page.Locator("table.dossiers tbody tr td").First.InnerTextAsync());

        Assert.All(requests, r => Assert.Contains("pageSize=20", r.Query, StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Query.Contains("continuation=", StringComparison.Ordinal));
    }
}
