using Microsoft.Playwright;

namespace OneStop.Web.Tests;

/// <summary>Outside Development the pages sign in with the province's identity provider and keep its token in memory only.</summary>
public sealed class ProviderSignInTests(ProviderSignInFixture workspace) : IClassFixture<ProviderSignInFixture>
{
    [Fact]
    public async Task An_officer_signs_in_with_the_provider_and_works_with_its_token_kept_in_memory_only()
    {
        var page = await workspace.NewPageAsync();
        await page.GotoAsync("/tiep-nhan");

        await Assertions.Expect(page.GetByText("Chọn một tài khoản mẫu")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập bằng tài khoản của tỉnh" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bàn tiếp nhận" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Nguyễn Thị Lan · Cán bộ tiếp nhận")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Đã tiếp nhận hôm nay")).ToBeVisibleAsync(); // an API answer, with the provider's token
        var stored = await page.EvaluateAsync<string>("JSON.stringify([localStorage, sessionStorage])");
        Assert.DoesNotContain("access_token", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", stored, StringComparison.Ordinal); // no JWT of any kind
        await WorkspaceFixture.ScreenshotAsync(page, "40-provider-sign-in");
    }
}
