using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OneStop.Api.Routes;
using OneStop.Server.Tests;

namespace OneStop.Web.Tests;

/// <summary>
/// Every page of the workspace, in the state people work in it, checked by axe against WCAG 2.1 A and AA: no
/// serious or critical violation. Each page's screenshot is kept with the test results.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class AccessibilityTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task The_public_pages_have_no_serious_violation()
    {
        var page = await workspace.NewPageAsync();
        await CheckAsync(page, "/", "10-home");
        await CheckAsync(page, "/dang-nhap", "11-sign-in");
        await CheckAsync(page, "/tra-cuu", "12-lookup-empty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await CheckAsync(page, null, "13-lookup-errors");
    }

    [Fact]
    public async Task The_reception_desk_pages_have_no_serious_violation()
    {
        var code = await OnlineDossierAsync();
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        await CheckAsync(page, "/tiep-nhan", "20-reception-desk");
        await page.GotoAsync("/tiep-nhan/moi");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" }).FillAsync("xây dựng");
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await CheckAsync(page, null, "21-counter-intake-search");
        await page.GetByRole(AriaRole.Option).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và tiếp nhận" }).ClickAsync();
        await CheckAsync(page, null, "22-counter-intake-errors");

        await page.GotoAsync($"/ho-so/{code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung (Mẫu 02)" }).ClickAsync();
        await CheckAsync(page, null, "23-reception-supplement");
    }

    [Fact]
    public async Task The_department_pages_have_no_serious_violation()
    {
        var code = await ReceivedDossierAsync();
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Construction);
        await Desk.WaitForWorkAsync(page, code);
        await CheckAsync(page, null, "30-department-my-work");
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gia hạn, xin lỗi (Mẫu 04)" }).ClickAsync();
        await page.GetByLabel("Ngày hẹn trả mới").FillAsync("2026-12-30");
        await page.GetByLabel("Lý do chậm trễ (in trên Mẫu 04)").FillAsync("Cần thêm thời gian lấy ý kiến");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await CheckAsync(page, null, "31-department-delay-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.FrameLocator("iframe[title^='Mẫu 06']").GetByText("PHIẾU KIỂM SOÁT")).ToBeVisibleAsync();
        await CheckAsync(page, null, "32-department-control-slip");
    }

    [Fact]
    public async Task The_leaders_pages_have_no_serious_violation()
    {
        await ReceivedDossierAsync();
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, LeadersDashboardTests.Leader);
        await CheckAsync(page, "/lanh-dao?tu=2026-11-01&den=2026-11-30&theo=department", "52-leaders-dashboard-departments");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("hồ sơ tiếp nhận trong kỳ") }).First.ClickAsync();
        await CheckAsync(page, null, "53-leaders-figure");
    }

    [Fact]
    public async Task The_applicant_pages_have_no_serious_violation()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001090077889"), Submissions.PermitPapers()), subject: "cong-dan-1");
        var returned = await Submissions.ReturnedPermitAsync(workspace, "cong-dan-1");
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, ApplicantInTheBrowserTests.Applicant);
        await CheckAsync(page, "/cua-toi", "63-applicant-my-dossiers");
        await page.GotoAsync("/nop-ho-so");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" }).FillAsync("xây dựng");
        await page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nộp hồ sơ" }).ClickAsync();
        await CheckAsync(page, null, "64-applicant-filing-errors");
        await CheckAsync(page, $"/ho-so/{filed!.Code}", "65-applicant-dossier");
        await page.GotoAsync($"/ho-so/{returned}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await CheckAsync(page, null, "66-applicant-rating-error");
    }

    [Fact]
    public async Task The_administration_page_has_no_serious_violation()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, AdministrationInTheBrowserTests.Administrator);
        await CheckAsync(page, "/quan-tri", "72-admin");
        var broken = Path.Combine(Path.GetTempPath(), $"hong-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, "{ không phải JSON");
        await page.GetByLabel("Tệp danh mục (JSON)").SetInputFilesAsync(broken);
        await Assertions.Expect(page.GetByText("Tệp không phải JSON hợp lệ")).ToBeVisibleAsync();
        await CheckAsync(page, null, "73-admin-catalog-error");
    }

    private async Task<string> OnlineDossierAsync()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001090054321"), Submissions.PermitPapers()));
        return filed!.Code;
    }

    private async Task<string> ReceivedDossierAsync()
    {
        var code = await OnlineDossierAsync();
        (await workspace.PostJsonAsync($"/api/dossiers/{code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).EnsureSuccessStatusCode();
        return code;
    }

    private static async Task CheckAsync(IPage page, string? path, string screenshot)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }
        await page.Locator("main h1").WaitForAsync();
        await Assertions.Expect(page.GetByText("Đang tải")).ToHaveCountAsync(0);
        await WorkspaceFixture.ScreenshotAsync(page, screenshot);
        // Frames are left out: they hold a printed form (no script may run in it, so axe could not either) or a file.
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            Iframes = false,
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(!serious.Any(), $"{screenshot}: {string.Join(Environment.NewLine, serious)}");
    }
}
