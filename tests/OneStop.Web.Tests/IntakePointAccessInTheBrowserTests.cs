using Microsoft.Playwright;
using OneStop.Server.Tests;

namespace OneStop.Web.Tests;

/// <summary>
/// A commune point's reception officer opens the address of a dossier received at the provincial center: the page
/// says in Vietnamese that it is outside their place of work and shows none of the applicant's data; the center's
/// leader finds the attempt in the access log.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class IntakePointAccessInTheBrowserTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task A_commune_officer_is_told_a_dossier_of_the_center_is_not_theirs_and_the_leader_sees_the_attempt()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001090044556"), Submissions.PermitPapers()));
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, "Cán bộ tiếp nhận — Bộ phận một cửa xã Tân Cương");

        await page.GotoAsync($"/ho-so/{filed!.Code}");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            $"Hồ sơ {filed.Code} thuộc Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên; cán bộ chỉ xem và xử lý hồ sơ của nơi tiếp nhận mình.");
        await Assertions.Expect(page.GetByText("001090044556")).ToHaveCountAsync(0);
        await WorkspaceFixture.ScreenshotAsync(page, "17-dossier-outside-intake-point");

        var leader = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(leader, LeadersDashboardTests.Leader);
        await leader.GetByLabel("Từ ngày").FillAsync("2026-11-01");
        await leader.GetByLabel("Đến ngày").FillAsync("2026-11-30");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        var reads = leader.GetByRole(AriaRole.Table, new() { Name = "Lượt đọc dữ liệu cá nhân của người nộp hồ sơ, từ 01/11/2026 đến 30/11/2026" });
        await Assertions.Expect(reads.GetByRole(AriaRole.Row).Filter(new() { HasText = filed.Code }).Filter(new() { HasText = "Bị từ chối" }).First).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(leader, "56-access-log-refusal");
    }
}
