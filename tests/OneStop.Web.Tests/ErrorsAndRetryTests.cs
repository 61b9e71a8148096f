using Microsoft.Playwright;
using OneStop.Api.Routes;

namespace OneStop.Web.Tests;

/// <summary>What goes wrong is said in Vietnamese where it happened, and a lost answer loses nothing.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ErrorsAndRetryTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task The_servers_refusal_of_a_field_is_shown_next_to_that_field()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        await Desk.FillBuildingPermitAsync(page, "Phạm Văn Hải", phone: "12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận tiếp nhận" }).ClickAsync();

        var phone = page.GetByLabel("Số điện thoại");
        await Assertions.Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        var error = page.Locator($"#{await phone.GetAttributeAsync("id")}-error");
        await Assertions.Expect(error).ToContainTextAsync("điện thoại");
        await WorkspaceFixture.ScreenshotAsync(page, "07-counter-intake-server-error");
    }

    [Fact]
    public async Task An_answer_lost_on_the_way_is_sent_again_with_the_same_key_and_files_one_dossier()
    {
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Desk.Reception);
        var keys = new List<string>();
        bool lost = false;
        // The first upload reaches the server, which files the dossier; its answer never reaches the browser.
        await page.RouteAsync("**/api/dossiers", async route =>
        {
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (!lost)
            {
                lost = true;
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
                return;
            }
            await route.ContinueAsync();
        });
        await Desk.FillBuildingPermitAsync(page, "Đinh Thị Thu", citizenId: "001088077665");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận tiếp nhận" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không kết nối được máy chủ");
        await WorkspaceFixture.ScreenshotAsync(page, "08-counter-intake-connection-lost");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi lại" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã tiếp nhận hồ sơ" })).ToBeVisibleAsync();

        var found = await workspace.Http.SendAsync(workspace.Request(HttpMethod.Get, "/api/dossiers?q=001088077665", Role.ReceptionOfficer));
        var body = System.Text.Json.JsonDocument.Parse(await found.Content.ReadAsStringAsync());
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(1, body.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_wrong_tracking_secret_is_said_in_vietnamese_on_the_lookup_page()
    {
        var page = await workspace.NewPageAsync(360, 740);
        await page.GotoAsync("/tra-cuu?code=000.00.12.H56-261123-0001&secret=SAI");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mã hồ sơ hoặc mã tra cứu không đúng");
    }
}
