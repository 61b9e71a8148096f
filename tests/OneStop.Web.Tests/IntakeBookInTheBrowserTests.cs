using Microsoft.Playwright;

namespace OneStop.Web.Tests;

/// <summary>The reception desk's intake book (Mẫu 07) of the day: the dossier filed at the counter is in it, printable and as CSV.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class IntakeBookInTheBrowserTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task The_day_s_intake_book_lists_the_walk_in_dossier_and_downloads_as_csv()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        var code = await Desk.FileBuildingPermitAsync(page, "Hoàng Thị Sổ");

        await page.GotoAsync("/tiep-nhan");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Sổ theo dõi hồ sơ (Mẫu 07)" }).ClickAsync();

        var book = page.FrameLocator("iframe[title^='Mẫu 07']");
        await Assertions.Expect(book.GetByText("SỔ THEO DÕI HỒ SƠ")).ToBeVisibleAsync();
        await Assertions.Expect(book.GetByRole(AriaRole.Row).Filter(new() { HasText = code })).ToContainTextAsync("Hoàng Thị Sổ");
        await WorkspaceFixture.ScreenshotAsync(page, "24-reception-intake-book");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tải CSV" }).ClickAsync());
        Assert.StartsWith("so-theo-doi-ho-so-", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(code, csv, StringComparison.Ordinal);
        Assert.Contains("Hoàng Thị Sổ", csv, StringComparison.Ordinal);
    }
}
