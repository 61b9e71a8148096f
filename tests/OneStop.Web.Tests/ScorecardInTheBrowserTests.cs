using Microsoft.Playwright;
using OneStop.Api.Routes;
using OneStop.Server.Tests;

namespace OneStop.Web.Tests;

/// <summary>A center leader reads the month's Decision 766 scorecard, the points and the indicators without data, and opens the dossiers behind a figure.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ScorecardInTheBrowserTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task The_month_s_scorecard_shows_the_province_s_points_and_the_dossiers_behind_its_on_time_figure()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001090066778"), Submissions.PermitPapers()));
        (await workspace.PostJsonAsync($"/api/dossiers/{filed!.Code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).EnsureSuccessStatusCode();
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, LeadersDashboardTests.Leader);

        await page.GetByRole(AriaRole.Link, new() { Name = "Bộ chỉ số 766" }).ClickAsync();
        await page.GetByLabel("Từ ngày").FillAsync("2026-11-01");
        await page.GetByLabel("Đến ngày").FillAsync("2026-11-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem chỉ số" }).ClickAsync();

        var province = page.GetByRole(AriaRole.Table, new() { Name = "Chỉ số toàn tỉnh, từ 01/11/2026 đến 30/11/2026" });
        var onTime = province.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn" });
        await Assertions.Expect(onTime).ToContainTextAsync("20"); // the most points it gives
        await Assertions.Expect(province.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tỷ lệ thanh toán trực tuyến phí, lệ phí" })).ToContainTextAsync("Chưa có dữ liệu");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "điểm trên" })).ToContainTextAsync("không được tính là 0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Theo thủ tục", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Chỉ số theo thủ tục, từ 01/11/2026 đến 30/11/2026" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = Desk.BuildingPermit })).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "54-leaders-scorecard");

        await page.GetByRole(AriaRole.Table, new() { Name = "Chỉ số toàn tỉnh, từ 01/11/2026 đến 30/11/2026" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ của chỉ số — Toàn tỉnh" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = filed.Code })).ToContainTextAsync("Có");
        await WorkspaceFixture.ScreenshotAsync(page, "55-leaders-scorecard-dossiers");
    }
}
