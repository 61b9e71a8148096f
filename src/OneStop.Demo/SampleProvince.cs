using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Demo;

/// <summary>Sample data (not a real province's catalog): two departments and one liên thông procedure.</summary>
internal static class SampleProvince
{
    public static readonly DepartmentCode Construction = new("SXD");
    public static readonly DepartmentCode Agriculture = new("SNNMT");

    public static readonly Department[] Departments =
    [
        new(Construction, "Sở Xây dựng", new DateOnly(2020, 12, 5)),
        new(Agriculture, "Sở Nông nghiệp và Môi trường", new DateOnly(2020, 12, 5)),
    ];

    public static readonly ProcedureVersion BuildingPermit = new(
        new ProcedureCode("1.009994"), 1, new DateOnly(2025, 7, 1),
        "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II",
        [Construction],
        [new("don", "Đơn đề nghị cấp giấy phép xây dựng"), new("ban-ve", "Bản vẽ thiết kế xây dựng"), new("dat", "Giấy tờ chứng minh quyền sử dụng đất")],
        [new Fee("Lệ phí cấp giấy phép xây dựng", 150_000)],
        TimeLimit.WorkingDays(15),
        OnlineLevel.Partial,
        [
            new ProcessStep("Thẩm định hồ sơ và lấy ý kiến", [Construction, Agriculture], TimeLimit.WorkingDays(10)),
            new ProcessStep("Ký duyệt và cấp giấy phép", [Construction], TimeLimit.WorkingDays(4)),
        ]);

    public static readonly IntakePoint Center = new("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên", IntakePointKind.Center);

    /// <summary>A PDF standing in for a scanned paper.</summary>
    public static byte[] ScannedPaper(string title) => OneStop.Samples.SamplePdf.Of(40_000, OneStop.Domain.Text.SearchText.Fold(title) + " (du lieu mau)");
}
