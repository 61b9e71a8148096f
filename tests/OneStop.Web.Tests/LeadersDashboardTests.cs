using System.Text;
using Microsoft.Playwright;
using OneStop.Api.Routes;
using OneStop.Server.Tests;

namespace OneStop.Web.Tests;

/// <summary>A center leader reads the month's figures, opens the dossiers behind one, and takes the table to a spreadsheet.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class LeadersDashboardTests(WorkspaceFixture workspace)
{
    public const string Leader = "Lãnh đạo Trung tâm";

    [Fact]
    public async Task A_received_dossier_is_counted_behind_its_figure_and_in_the_CSV()
    {
        var (_, filed) = await Submissions.SubmitAsync(workspace, Submissions.Content(Submissions.Form(citizenId: "001090011223"), Submissions.PermitPapers()));
        (await workspace.PostJsonAsync($"/api/dossiers/{filed!.Code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).EnsureSuccessStatusCode();
        await workspace.GetDossierAsync(filed.Code);
        var page = await workspace.NewPageAsync();
        await WorkspaceFixture.SignInAsync(page, Leader);

        // The leader's home is the dashboard; the period is the month the server's clock is in.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Theo dõi, đánh giá giải quyết thủ tục hành chính" })).ToBeVisibleAsync();
        await page.GetByLabel("Từ ngày").FillAsync("2026-11-01");
        await page.GetByLabel("Đến ngày").FillAsync("2026-11-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Theo thủ tục", Exact = true }).ClickAsync();
        const string Title = "Tình hình giải quyết hồ sơ theo thủ tục, từ 01/11/2026 đến 30/11/2026";
        var table = page.GetByRole(AriaRole.Table, new() { Name = Title });
        var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = Desk.BuildingPermit });
        var received = row.GetByRole(AriaRole.Link).First;
        var count = int.Parse((await received.TextContentAsync())!);
        Assert.True(count >= 1);
        await WorkspaceFixture.ScreenshotAsync(page, "50-leaders-dashboard");

        // The reception officer's read of the applicant's data is in the access log, said in Vietnamese.
        var reads = page.GetByRole(AriaRole.Table, new() { Name = "Lượt đọc dữ liệu cá nhân của người nộp hồ sơ, từ 01/11/2026 đến 30/11/2026 (tối đa 1.000 lượt gần nhất)" });
        await Assertions.Expect(reads.GetByRole(AriaRole.Row).Filter(new() { HasText = filed.Code }).Filter(new() { HasText = "Xem hồ sơ" }).First).ToBeVisibleAsync();
        await Assertions.Expect(reads.GetByText("GetDossier")).ToHaveCountAsync(0);

        // The CSV opens in Excel with its Vietnamese: UTF-8 with a byte order mark, the same figure as the page.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = $"Tải CSV — {Title}" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = Csv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Tên", "Mã", "Tiếp nhận trong kỳ", "Kỳ trước chuyển sang", "Trước hạn", "Đúng hạn", "Quá hạn"], records[0][..7]);
        Assert.Contains(records, r => r[0].StartsWith(Desk.BuildingPermit, StringComparison.Ordinal) && r[2] == count.ToString());
        Assert.EndsWith(".csv", download.SuggestedFilename);

        // Behind the figure: the dossiers it counts, this one among them.
        await received.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Tiếp nhận trong kỳ — {Desk.BuildingPermit}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = filed.Code })).ToBeVisibleAsync();
        Assert.Equal(count, await page.GetByRole(AriaRole.Table).Locator("tbody tr").CountAsync());
        await WorkspaceFixture.ScreenshotAsync(page, "51-leaders-figure");

        // Back to the same figures.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Về trang theo dõi" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Từ ngày")).ToHaveValueAsync("2026-11-01");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theo thủ tục", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    /// <summary>The records of a CSV file as a spreadsheet reads them (quoted fields may hold commas).</summary>
    private static List<string[]> Csv(string text)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        var records = new List<string[]>();
        while (!parser.EndOfData)
        {
            records.Add(parser.ReadFields()!);
        }
        return records;
    }
}
