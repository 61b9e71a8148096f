using Microsoft.Playwright;
using OneStop.Server.Tests;
using OneStop.Testing;

namespace OneStop.Web.Tests;

/// <summary>
/// The real server in Development (its sign-in page on), serving the built workspace (web/dist), and a real
/// headless Chromium (Debian's, /usr/bin/chromium, or ONESTOP_CHROMIUM) driven by Playwright. Every page a test
/// visits is kept as a screenshot with the test results (TestResults/screenshots, or ONESTOP_SCREENSHOTS). Connected to
/// the national portal's simulator, as the run command is.
/// </summary>
public class WorkspaceFixture : PortalFixture
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => Http.BaseAddress!.ToString().TrimEnd('/');

    public static string Screenshots { get; } =
        Environment.GetEnvironmentVariable("ONESTOP_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    /// <summary>Development: the sign-in page offers the sample accounts.</summary>
    protected virtual string HostEnvironment => "Development";

    protected override IEnumerable<string> Arguments => [.. base.Arguments, "--environment", HostEnvironment];

    public override async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(RepositoryRoot.Path, "web", "dist", "index.html")))
        {
            throw new InvalidOperationException("The web workspace is not built: run bash tools/web.sh (the test command does).");
        }
        await base.InitializeAsync();
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ONESTOP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            // Vietnamese as the browser's language, as on the center's computers: date fields read dd/mm/yyyy.
            Args = ["--no-sandbox", "--lang=vi-VN"],
        });
    }

    /// <summary>A new browser profile (its own cookies), at a desk's screen size or a phone's.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the development sign-in page as the sample account whose button shows <paramref name="account"/>.</summary>
    public static async Task SignInAsync(IPage page, string account)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByRole(AriaRole.Button, new() { Name = account }).ClickAsync();
        // Signed in when the header offers to sign out and the sign-in page has gone on to the role's own page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToHaveCountAsync(0);
    }

    /// <summary>Keeps the page as it looks now, full length, under the given name.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkspaceCollection : ICollectionFixture<WorkspaceFixture>
{
    public const string Name = "workspace";
}
