using Microsoft.Playwright;
using OneStop.Testing;

namespace OneStop.Web.Tests;

/// <summary>The province's administrator imports a changed catalog after reading its preview, browses the procedure's versions, and moves a department's onboarding date.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class AdministrationInTheBrowserTests(WorkspaceFixture workspace)
{
    public const string Administrator = "Quản trị hệ thống";

    /// <summary>The README's sample change: the building permit's fee raised from 1 February 2027.</summary>
    private static string ChangedCatalogFile => Path.Combine(RepositoryRoot.Path, "samples", "catalog-change.sample.json");

    [Fact]
    public async Task A_changed_catalog_is_previewed_applied_and_recorded()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Administrator);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quản trị hệ thống" })).ToBeVisibleAsync();

        await page.GetByLabel("Tệp danh mục (JSON)").SetInputFilesAsync(ChangedCatalogFile);
        var preview = page.GetByRole(AriaRole.Table, new() { Name = "Thủ tục thay đổi khi áp dụng tệp" });
        var row = preview.GetByRole(AriaRole.Row).Filter(new() { HasText = Desk.BuildingPermit });
        await Assertions.Expect(row).ToContainTextAsync("áp dụng từ 01/02/2027; thay đổi: phí, lệ phí");
        await Assertions.Expect(preview.GetByRole(AriaRole.Row)).ToHaveCountAsync(2); // the heading and the one procedure of the file, changed
        await WorkspaceFixture.ScreenshotAsync(page, "70-admin-catalog-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã áp dụng: 1 phiên bản mới")).ToBeVisibleAsync();

        // The procedure now has a version from 1 February 2027, beside the one in force today.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" }).FillAsync("giấy phép xây dựng");
        await page.GetByRole(AriaRole.Option, new() { Name = Desk.BuildingPermit }).ClickAsync();
        var versions = page.GetByRole(AriaRole.Table, new() { NameRegex = new("^Phiên bản của thủ tục") });
        await Assertions.Expect(versions.GetByRole(AriaRole.Row).Filter(new() { HasText = "01/02/2027" })).ToContainTextAsync("250.000 đồng");

        // A department's date, then the record of both changes with who made them.
        await page.GetByLabel("Tiếp nhận qua Trung tâm từ ngày — Sở Văn hóa, Thể thao và Du lịch").FillAsync("2019-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu — Sở Văn hóa, Thể thao và Du lịch" }).ClickAsync();
        var log = page.GetByRole(AriaRole.Table, new() { Name = "Các thay đổi quản trị, mới nhất trước" });
        await Assertions.Expect(log).ToContainTextAsync("Sở Văn hóa, Thể thao và Du lịch: tiếp nhận qua Trung tâm từ 01/06/2019");
        await Assertions.Expect(log).ToContainTextAsync("Nhập danh mục thủ tục: 1 phiên bản mới");
        await Assertions.Expect(log).ToContainTextAsync("Phạm Minh Đức");
        await WorkspaceFixture.ScreenshotAsync(page, "71-admin-after-changes");
    }

    [Fact]
    public async Task Reports_stopped_on_the_portals_errors_are_sent_again_and_a_refused_portal_dossier_is_shown_with_its_reason()
    {
        await workspace.FaultsAsync(new PortalSimulator.FaultRequest(ErrorCodes: 4));
        var code = await Server.Tests.Submissions.ReceivedPermitAsync(workspace);
        var refused = await workspace.FileOnPortalAsync(procedure: "1.999999", name: "Ngô Thị Lan", citizenId: "019196007788");
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Administrator);

        var dead = page.GetByRole(AriaRole.Table, new() { Name = "Hồ sơ chưa báo được lên Cổng sau nhiều lần thử" });
        var row = dead.GetByRole(AriaRole.Row).Filter(new() { HasText = code });
        for (int attempt = 0; attempt < 20 && await row.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500); // four attempts, a few hundred milliseconds apart, then the page is read again
            await page.ReloadAsync();
        }
        await Assertions.Expect(row).ToContainTextAsync("error_code 99");
        var refusals = page.GetByRole(AriaRole.Table, new() { Name = "Hồ sơ nộp trên Cổng mà hệ thống từ chối, kèm lý do" });
        await Assertions.Expect(refusals.GetByRole(AriaRole.Row).Filter(new() { HasText = refused })).ToContainTextAsync("Trung tâm chưa có thủ tục mã 1.999999 trong danh mục.");
        await Assertions.Expect(page.GetByText("Đang kết nối")).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "75-admin-portal-dead-letter");
        // The dossier's reports share the four faults with every other call to the portal, so some may be left when
        // its report gives up; the portal is back when the administrator sends it again.
        await workspace.ClearFaultsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Gửi lại hồ sơ {code}" }).ClickAsync();

        await Assertions.Expect(page.GetByText($"Đã gửi lại hồ sơ {code}: Cổng đã nhận đủ tiến độ.")).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Các thay đổi quản trị, mới nhất trước" })).ToContainTextAsync($"Gửi lại lên Cổng Dịch vụ công quốc gia tiến độ hồ sơ {code}");
        await WorkspaceFixture.ScreenshotAsync(page, "76-admin-portal-replayed");
    }

    [Fact]
    public async Task A_years_holiday_notice_is_previewed_and_applied()
    {
        // The README's example notice, for a far year: an example, not a government decision.
        var path = Path.Combine(RepositoryRoot.Path, "samples", "holiday-notice.example.json");
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Administrator);
        // The published notices of 2024–2026 are in force from the start; 2027's is due from October 2026.
        await Assertions.Expect(page.GetByText("Chưa có thông báo nghỉ lễ cho năm 2027")).ToBeVisibleAsync();
        var published = page.GetByRole(AriaRole.Table, new() { Name = "Thông báo nghỉ lễ đang áp dụng" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "9441/TB-BNV" });
        await Assertions.Expect(published).ToContainTextAsync("Văn bản đã công bố, kèm theo hệ thống");
        await Assertions.Expect(published).ToContainTextAsync("10/01/2026");

        await page.GetByLabel("Tệp thông báo của một năm (JSON)").SetInputFilesAsync(path);
        var changes = page.GetByRole(AriaRole.Table, new() { Name = "Các ngày thay đổi theo thông báo năm 2031 (Ví dụ minh họa, không phải văn bản của cơ quan nhà nước)" });
        await Assertions.Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = "03/01/2031" })).ToContainTextAsync("Ngày làm việcNgày nghỉ");
        await Assertions.Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = "11/01/2031" })).ToContainTextAsync("Ngày nghỉNgày làm việc");
        await page.GetByRole(AriaRole.Form, new() { Name = "Áp dụng thông báo" }).GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng thông báo" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã áp dụng thông báo nghỉ lễ năm 2031.")).ToBeVisibleAsync();
        var inForce = page.GetByRole(AriaRole.Table, new() { Name = "Thông báo nghỉ lễ đang áp dụng" });
        await Assertions.Expect(inForce.GetByRole(AriaRole.Row).Filter(new() { HasText = "2031" })).ToContainTextAsync("Quản trị viên áp dụng");
        await WorkspaceFixture.ScreenshotAsync(page, "74-admin-holiday-notice");
    }

    [Fact]
    public async Task A_commune_point_is_added_and_offered_to_applicants()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Administrator);
        await page.GetByLabel("Mã điểm tiếp nhận").FillAsync("XA-PHUCXUAN");
        await page.GetByLabel("Tên điểm tiếp nhận").FillAsync("Bộ phận một cửa xã Phúc Xuân");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm tiếp nhận" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã lưu điểm tiếp nhận Bộ phận một cửa xã Phúc Xuân.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Các điểm tiếp nhận hồ sơ" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "XA-PHUCXUAN" }))
            .ToContainTextAsync("Đang tiếp nhận");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Các thay đổi quản trị, mới nhất trước" }))
            .ToContainTextAsync("Thêm điểm tiếp nhận Bộ phận một cửa xã Phúc Xuân (XA-PHUCXUAN).");

        var applicant = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(applicant, ApplicantInTheBrowserTests.Applicant);
        await applicant.GotoAsync("/nop-ho-so");
        await Assertions.Expect(applicant.GetByLabel("Nơi tiếp nhận và trả kết quả").Locator("option", new() { HasText = "Bộ phận một cửa xã Phúc Xuân" })).ToHaveCountAsync(1);
    }
}
