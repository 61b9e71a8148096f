using Microsoft.Playwright;
using OneStop.Testing;

namespace OneStop.Web.Tests;

/// <summary>What the tests do at the counter and at a department's desk, through the pages as a person would.</summary>
internal static class Desk
{
    public const string Reception = "Cán bộ tiếp nhận — Trung tâm Phục vụ hành chính công";
    public const string Construction = "Chuyên viên — Sở Xây dựng";
    public const string Environment = "Chuyên viên — Sở Nông nghiệp và Môi trường";
    public const string BuildingPermit = "Cấp giấy phép xây dựng mới";

    public static string Paper(string name) => Path.Combine(RepositoryRoot.Path, "samples", "papers", name);

    /// <summary>The building permit's three papers, by the checklist's labels.</summary>
    public static readonly (string Label, string File)[] PermitPapers =
    [
        ("Đơn đề nghị theo mẫu", "don-de-nghi.pdf"),
        ("Bản vẽ thiết kế xây dựng", "ban-ve.pdf"),
        ("Giấy tờ chứng minh quyền sử dụng đất", "giay-to-dat.pdf"),
    ];

    /// <summary>A walk-in building permit filled in at the counter with the mouse, up to its confirmation.</summary>
    public static async Task FillBuildingPermitAsync(IPage page, string fullName, string citizenId = "001085012345", string phone = "0912345678")
    {
        await page.GotoAsync("/tiep-nhan/moi");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Thủ tục hành chính" }).FillAsync("giấy phép xây dựng");
        await page.GetByRole(AriaRole.Option, new() { Name = BuildingPermit }).ClickAsync();
        foreach (var (label, file) in PermitPapers)
        {
            await page.GetByLabel(label).SetInputFilesAsync(Paper(file));
        }
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("Số định danh cá nhân").FillAsync(citizenId);
        await page.GetByLabel("Số điện thoại").FillAsync(phone);
        await page.GetByLabel("Địa chỉ").FillAsync("Số 5 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và tiếp nhận" }).ClickAsync();
    }

    /// <summary>A walk-in building permit filed at the counter with the mouse; answers the code the page announced.</summary>
    public static async Task<string> FileBuildingPermitAsync(IPage page, string fullName, string citizenId = "001085012345", string phone = "0912345678")
    {
        await FillBuildingPermitAsync(page, fullName, citizenId, phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận tiếp nhận" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Đã tiếp nhận hồ sơ" });
        return (await heading.TextContentAsync())!.Replace("Đã tiếp nhận hồ sơ", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>Opens "my work" until the dossier's step, handed over by its workflow, is there (up to 10 s).</summary>
    public static async Task WaitForWorkAsync(IPage page, string code)
    {
        for (int attempt = 0; ; attempt++)
        {
            await page.GotoAsync("/cong-viec");
            await page.GetByRole(AriaRole.Table).WaitForAsync();
            if (await page.GetByRole(AriaRole.Link, new() { Name = code }).CountAsync() > 0 || attempt == 20)
            {
                return;
            }
            await Task.Delay(500);
        }
    }

    /// <summary>A department officer opens the dossier from "my work" and approves their step.</summary>
    public static async Task ApproveAsync(IPage page, string code, string? resultReference = null)
    {
        await WaitForWorkAsync(page, code);
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true }).ClickAsync();
        if (resultReference is not null)
        {
            await page.GetByLabel("Số, ký hiệu văn bản kết quả").FillAsync(resultReference);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đồng ý" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "đã được ghi nhận" }).WaitForAsync();
    }
}
