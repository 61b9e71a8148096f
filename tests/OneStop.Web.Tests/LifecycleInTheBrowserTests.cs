using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneStop.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed partial class LifecycleInTheBrowserTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task A_walk_in_dossier_goes_through_its_whole_life_in_the_pages_only()
    {
        // The counter: a walk-in applicant's building permit, received at once; the receipt (Mẫu 01) ready to print.
        var counter = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(counter, Desk.Reception);
        var code = await Desk.FileBuildingPermitAsync(counter, "Trần Văn Bình");
        var secret = TrackingSecret().Match(await counter.GetByRole(AriaRole.Status).TextContentAsync() ?? "").Groups[1].Value;
        var receipt = counter.FrameLocator("iframe[title^='Mẫu 01']");
        await Assertions.Expect(receipt.GetByText("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")).ToBeVisibleAsync();
        await Assertions.Expect(receipt.GetByText(code).First).ToBeVisibleAsync();
        await Assertions.Expect(counter.GetByRole(AriaRole.Button, new() { Name = "In Mẫu 01" })).ToBeFocusedAsync();
        await WorkspaceFixture.ScreenshotAsync(counter, "01-counter-received-mau-01");

        // Step 1, liên thông: the Department of Construction and the Department of Agriculture and Environment decide in their own workspaces.
        var construction = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(construction, Desk.Construction);
        await Assertions.Expect(construction.GetByRole(AriaRole.Link, new() { Name = code })).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(construction, "02-department-my-work");
        await construction.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await construction.GetByRole(AriaRole.Button, new() { Name = "ban-ve.pdf" }).ClickAsync();
        await Assertions.Expect(construction.Locator("iframe[title='Tài liệu ban-ve.pdf']")).ToHaveAttributeAsync("src", new Regex("^blob:"));
        await Desk.ApproveAsync(construction, code);
        await WorkspaceFixture.ScreenshotAsync(construction, "03-department-decided");

        var environment = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(environment, Desk.Environment);
        await Desk.ApproveAsync(environment, code);

        // Step 2: the Department of Construction signs the permit, with its number.
        await Desk.ApproveAsync(construction, code, "GPXD-2026-0117");
        await Assertions.Expect(construction.GetByText("Đã xử lý xong").First).ToBeVisibleAsync();

        // The counter hands the permit back: status 9 to 10, with the result's reference in view.
        await counter.GotoAsync("/tiep-nhan?tab=toReturn");
        await counter.GetByRole(AriaRole.Tab, new() { Name = "Chờ trả kết quả" }).ClickAsync();
        await counter.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả", Exact = true }).ClickAsync();
        await Assertions.Expect(counter.GetByText("GPXD-2026-0117").First).ToBeVisibleAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã trả kết quả" }).ClickAsync();
        await Assertions.Expect(counter.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã trả kết quả");
        await WorkspaceFixture.ScreenshotAsync(counter, "04-counter-returned");

        // The citizen's phone opens the receipt's QR link: the look-up shows the dossier returned, nothing personal.
        var phone = await workspace.NewPageAsync(360, 740);
        await phone.GotoAsync($"/tra-cuu?code={Uri.EscapeDataString(code)}&secret={Uri.EscapeDataString(secret)}");
        await Assertions.Expect(phone.GetByText("Đã trả kết quả").First).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("Ký duyệt và cấp giấy phép")).ToBeVisibleAsync();
        Assert.DoesNotContain("Trần Văn Bình", await phone.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The look-up scrolls sideways on a phone.");
        await WorkspaceFixture.ScreenshotAsync(phone, "05-lookup-phone-returned");
    }

    [GeneratedRegex(@"Mã tra cứu của người nộp: (\S+)")]
    private static partial Regex TrackingSecret();
}
