using Microsoft.Playwright;
using OneStop.Api.Routes;
using OneStop.Server.Tests;

namespace OneStop.Web.Tests;

/// <summary>
/// An applicant at home: files a building permit online, adds the paper a department asks for, follows the dossier
/// to its result, prints a form and rates the service; the leaders see the rating. Another withdraws a dossier.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ApplicantInTheBrowserTests(WorkspaceFixture workspace)
{
    public const string Applicant = "Công dân (người nộp hồ sơ)";

    [Fact]
    public async Task An_applicant_files_online_supplements_once_follows_the_result_and_rates_the_service()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Applicant);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ của tôi" })).ToBeVisibleAsync();

        // Filing from home: the procedure, its papers with their fee, the applicant, where to collect the result.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nộp hồ sơ mới" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" }).FillAsync("giấy phép xây dựng");
        await page.GetByRole(AriaRole.Option, new() { Name = Desk.BuildingPermit }).ClickAsync();
        await Assertions.Expect(page.GetByText("Phí, lệ phí:")).ToBeVisibleAsync();
        foreach (var (label, file) in Desk.PermitPapers)
        {
            await page.GetByLabel(label).SetInputFilesAsync(Desk.Paper(file));
        }
        await Assertions.Expect(page.GetByLabel("Họ và tên")).ToHaveValueAsync("Trần Văn Bình");
        await page.GetByLabel("Số định danh cá nhân").FillAsync("001085099887");
        await page.GetByLabel("Số điện thoại").FillAsync("0987654321");
        await page.GetByLabel("Địa chỉ").FillAsync("Số 12 đường Lương Ngọc Quyến, phường Phan Đình Phùng, tỉnh Thái Nguyên");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nộp hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Chọn nơi tiếp nhận và trả kết quả.")).ToBeVisibleAsync();
        await page.GetByLabel("Nơi tiếp nhận và trả kết quả").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nộp hồ sơ" }).ClickAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "60-applicant-filing-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nộp hồ sơ" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Đã nộp hồ sơ ") });
        var code = (await heading.TextContentAsync())!.Replace("Đã nộp hồ sơ", "", StringComparison.Ordinal).Trim();
        await Assertions.Expect(page.GetByText("Mới đăng ký")).ToBeVisibleAsync();

        // The center receives it and the Department of Construction asks, once, for a paper.
        (await workspace.PostJsonAsync($"/api/dossiers/{code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).EnsureSuccessStatusCode();
        await ServerFixture.EventuallyAsync(async () => (await workspace.GetDossierAsync(code)).Steps.Any(s => s.Department == "SXD" && s.State == Domain.Dossiers.StepState.Active) ? "ok" : null);
        (await workspace.DecideOverHttpAsync(code, "SXD", 1, "RequestSupplement", $"{code}-ask", "Bản vẽ thiếu chữ ký", ["Bản vẽ mặt bằng có chữ ký của chủ đầu tư"])).EnsureSuccessStatusCode();
        await ServerFixture.EventuallyAsync(async () => await workspace.GetDossierAsync(code) is { Status: 5 } v ? v : null);

        // In "my dossiers" the applicant finds it, reads what is asked, and adds it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ của tôi", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Assertions.Expect(page.GetByText("Bản vẽ mặt bằng có chữ ký của chủ đầu tư")).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "61-applicant-supplement-asked");
        await page.GetByLabel("Bản vẽ thiết kế xây dựng").SetInputFilesAsync(Desk.Paper("ban-ve.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nộp bổ sung" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Đã nộp giấy tờ bổ sung cho hồ sơ {code}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Đang xử lý").First).ToBeVisibleAsync();

        // The departments decide, the result is handed over at the counter.
        foreach (var (department, step) in new[] { ("SXD", 1), ("SNNMT", 1), ("SXD", 2) })
        {
            await ServerFixture.EventuallyAsync(async () =>
                (await workspace.GetDossierAsync(code)).Steps.Any(s => s.Step == step && s.Department == department && s.State == Domain.Dossiers.StepState.Active) ? "ok" : null);
            (await workspace.DecideOverHttpAsync(code, department, step, "Approve", $"{code}-{department}-{step}", "Đồng ý")).EnsureSuccessStatusCode();
        }
        await ServerFixture.EventuallyAsync(async () => await workspace.GetDossierAsync(code) is { Status: 9 } v ? v : null);
        (await workspace.PostJsonAsync($"/api/dossiers/{code}/return", new { method = "Counter" }, Role.ReceptionOfficer)).EnsureSuccessStatusCode();

        // With the result in hand: the forms to print, and the rating.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("Đã trả kết quả").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mẫu 01") }).ClickAsync();
        await Assertions.Expect(page.FrameLocator("iframe[title^='Mẫu 01']").GetByText("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Thông báo: ") }).ClickAsync();
        await Assertions.Expect(page.FrameLocator("iframe[title^='Thông báo']").GetByText("THÔNG BÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Chọn một mức độ hài lòng.")).ToBeVisibleAsync();
        await page.GetByLabel("Rất hài lòng").CheckAsync();
        await page.GetByLabel("Ý kiến góp ý (nếu có)").FillAsync("Được hướng dẫn bổ sung rõ ràng, trả kết quả đúng hẹn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Rất hài lòng (5/5)")).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "62-applicant-rated");

        // The leaders read it by procedure.
        var leader = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(leader, LeadersDashboardTests.Leader);
        await leader.GotoAsync("/lanh-dao?tu=2026-11-01&den=2026-11-30&theo=procedure");
        var ratings = leader.GetByRole(AriaRole.Table, new() { NameRegex = new("^Đánh giá mức độ hài lòng theo thủ tục") });
        await Assertions.Expect(ratings.GetByRole(AriaRole.Row).Filter(new() { HasText = Desk.BuildingPermit })).ToContainTextAsync("Được hướng dẫn bổ sung rõ ràng");
    }

    [Fact]
    public async Task An_applicant_withdraws_a_dossier_not_yet_decided()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001085055667"), Submissions.PermitPapers()), subject: "cong-dan-1");
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Applicant);
        await page.GotoAsync($"/ho-so/{filed!.Code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rút hồ sơ" }).ClickAsync();
        await page.GetByLabel("Lý do rút hồ sơ (nếu có)").FillAsync("Nộp nhầm thủ tục");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận rút hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Đã rút hồ sơ {filed.Code}.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dừng xử lý").First).ToBeVisibleAsync();
        Assert.Equal(8, (await workspace.GetDossierAsync(filed.Code)).Status);
    }
}
