using Microsoft.Playwright;

namespace OneStop.Web.Tests;

/// <summary>A counter officer does not reach for the mouse: a whole walk-in intake with the keyboard alone.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class KeyboardIntakeTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task A_counter_officer_files_a_walk_in_dossier_and_reaches_the_receipt_with_the_keyboard_alone()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        await page.GotoAsync("/tiep-nhan");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Bàn tiếp nhận" }).WaitForAsync();
        var keys = page.Keyboard;

        await keys.PressAsync("F2");
        await page.WaitForURLAsync("**/tiep-nhan/moi");
        await keys.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" })).ToBeFocusedAsync();
        await keys.TypeAsync("giấy phép xây dựng");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = Desk.BuildingPermit })).ToBeVisibleAsync();
        await keys.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = Desk.BuildingPermit })).ToHaveAttributeAsync("aria-selected", "true");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByText("Thành phần hồ sơ")).ToBeVisibleAsync();

        foreach (var (label, file) in Desk.PermitPapers)
        {
            await keys.PressAsync("Tab");
            await Assertions.Expect(page.GetByLabel(label)).ToBeFocusedAsync();
            await (await ChooseFileWithTheKeyboardAsync(page)).SetFilesAsync(Desk.Paper(file));
        }
        await keys.PressAsync("Tab"); // the applicant's kind: a person
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Cá nhân" })).ToBeFocusedAsync();
        foreach (var text in new[] { "Lê Thị Mai", "001190012345", "0987654321", "", "Xóm 3, xã Tân Cương, tỉnh Thái Nguyên" })
        {
            await keys.PressAsync("Tab");
            await keys.TypeAsync(text);
        }
        await keys.PressAsync("Enter"); // submits the form from the address field
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận tiếp nhận" })).ToBeFocusedAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "06-counter-intake-confirm");
        await keys.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã tiếp nhận hồ sơ" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "In Mẫu 01" })).ToBeFocusedAsync();
        await Assertions.Expect(page.FrameLocator("iframe[title^='Mẫu 01']").GetByText("Lê Thị Mai").First).ToBeVisibleAsync();
    }

    /// <summary>
    /// Space on the focused file field opens the file chooser. Chromium ignores the key while it still closes the
    /// previous chooser, as a person would see nothing happen and press again: so does the test, up to three times.
    /// </summary>
    private static async Task<IFileChooser> ChooseFileWithTheKeyboardAsync(IPage page)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"), new() { Timeout = 3000 });
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    [Fact]
    public async Task Focus_is_always_visible_on_the_reception_desk()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        await page.GotoAsync("/tiep-nhan");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Bàn tiếp nhận" }).WaitForAsync();

        await page.Keyboard.PressAsync("F3");
        await Assertions.Expect(page.GetByLabel("Tìm hồ sơ (F3)")).ToBeFocusedAsync();
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");

        Assert.Equal("solid", outline);
    }
}
