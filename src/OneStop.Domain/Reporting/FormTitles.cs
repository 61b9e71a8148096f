using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>
/// The names of the forms of Circular 03/2025/TT-VPCP, Phụ lục I (Mẫu số 01 to 07), as a law library lists them;
/// the forms' own layouts were not at hand, so docs/forms.md says which text each printed form follows.
/// </summary>
public static class FormTitles
{
    /// <summary>Mẫu số 07: the intake book, one per intake point and day, not a form of one dossier.</summary>
    public const string IntakeBook = "Sổ theo dõi hồ sơ";

    public static string Of(FormKind form) => form switch
    {
        FormKind.Mau01 => "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        FormKind.Mau02 => "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        FormKind.Mau03 => "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
        FormKind.Mau04 => "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
        FormKind.Mau05 => "Thông báo dừng giải quyết hồ sơ",
        FormKind.Mau06 => "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a form of Circular 03/2025."),
    };
}
