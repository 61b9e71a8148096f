using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneStop.PortalSimulator;

/// <summary>What the simulator refuses in a dossier sync or a progress update, as the portal's contract reads: required fields, codes, dates as yyyyMMddHHmmss.</summary>
public static class ContractChecks
{
    private static readonly HashSet<string> Statuses = [.. Enumerable.Range(1, 10).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public static string? Dossier(JsonObject d)
    {
        foreach (var field in new[] { "MaHoSo", "MaTTHC", "TenTTHC", "ChuHoSo", "TrangThaiHoSo", "LoaiDoiTuong", "DonViXuLy" })
        {
            if (Text(d, field) is null)
            {
                return $"Thiếu trường {field}.";
            }
        }
        var status = Text(d, "TrangThaiHoSo")!;
        if (!Statuses.Contains(status))
        {
            return $"TrangThaiHoSo '{status}' không thuộc danh mục trạng thái.";
        }
        if (Text(d, "LoaiDoiTuong") is not ("1" or "2"))
        {
            return "LoaiDoiTuong phải là 1 (công dân) hoặc 2 (tổ chức).";
        }
        foreach (var field in new[] { "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy" })
        {
            if (Text(d, field) is { } date && !IsDate(date))
            {
                return $"{field} '{date}' không đúng định dạng yyyyMMddHHmmss.";
            }
        }
        if (status is "2" or "4" or "5" or "6" or "9" or "10" && (Text(d, "NgayTiepNhan") is null || Text(d, "NgayHenTra") is null))
        {
            return $"Hồ sơ ở trạng thái {status} phải có NgayTiepNhan và NgayHenTra.";
        }
        if (status == "9" && Text(d, "NgayKetThucXuLy") is null)
        {
            return "Hồ sơ đã xử lý xong phải có NgayKetThucXuLy.";
        }
        if (status == "10" && Text(d, "NgayTra") is null)
        {
            return "Hồ sơ đã trả kết quả phải có NgayTra.";
        }
        return null;
    }

    public static string? Progress(JsonObject p)
    {
        foreach (var field in new[] { "MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "NoiDungXuLy", "TrangThai" })
        {
            if (Text(p, field) is null)
            {
                return $"Thiếu trường {field}.";
            }
        }
        if (!Statuses.Contains(Text(p, "TrangThai")!))
        {
            return $"TrangThai '{Text(p, "TrangThai")}' không thuộc danh mục trạng thái.";
        }
        foreach (var field in new[] { "ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh" })
        {
            if (Text(p, field) is { } date && !IsDate(date))
            {
                return $"{field} '{date}' không đúng định dạng yyyyMMddHHmmss.";
            }
        }
        return null;
    }

    public static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number && v.ToString().Trim() is { Length: > 0 } t ? t : null;

    private static bool IsDate(string text) =>
        DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
