using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace OneStop.PortalSimulator;

/// <summary>A page for demonstrations and training: what the simulated portal was told about each dossier, status by status.</summary>
public static class HomePage
{
    /// <summary>The portal's status codes, as citizens read them.</summary>
    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["1"] = "Mới đăng ký",
        ["2"] = "Được tiếp nhận",
        ["3"] = "Không được tiếp nhận",
        ["4"] = "Đang xử lý",
        ["5"] = "Yêu cầu bổ sung giấy tờ",
        ["6"] = "Yêu cầu thực hiện nghĩa vụ tài chính",
        ["7"] = "Công dân yêu cầu rút hồ sơ",
        ["8"] = "Dừng xử lý",
        ["9"] = "Đã xử lý xong",
        ["10"] = "Đã trả kết quả",
    };

    public static string Render(PortalState state)
    {
        var rows = new StringBuilder();
        foreach (var (code, dossier) in state.Dossiers().OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var steps = string.Concat(dossier.Progress.Select(p =>
                $"<li><b>{E(Status(p.TrangThai))}</b>, {E(Date(p.ThoiDiemXuLy))}: {E(p.NoiDungXuLy)} <small>({E(p.NguoiXuLy)}, {E(p.PhongBanXuLy)})</small></li>"));
            rows.Append($"<tr><td>{E(code)}</td><td>{E(dossier.Latest["TenTTHC"]?.ToString())}</td><td>{E(Status(dossier.Latest["TrangThaiHoSo"]?.ToString()))}</td><td><ol>{steps}</ol></td></tr>");
        }
        var filed = string.Concat(state.Filed(_ => true).Select(f =>
            $"<li>{E(f.MaHoSo)}: {(f.Delivered ? "đã chuyển cho tỉnh" : "chờ chuyển")}{(f.ProvinceCode is { } c ? $", số biên nhận của tỉnh {E(c)}" : "")}{(f.LastPushError is { } e ? $" ({E(e)})" : "")}</li>"));
        return $$"""
            <!doctype html>
            <html lang="vi"><head><meta charset="utf-8"><title>Mô phỏng Cổng Dịch vụ công quốc gia</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}small{color:#555}</style></head>
            <body><h1>Mô phỏng Cổng Dịch vụ công quốc gia</h1>
            <p>Bản mô phỏng để phát triển, kiểm thử và tập huấn; không phải Cổng thật.</p>
            <h2>Nộp một hồ sơ trên Cổng (như công dân)</h2>
            <form method="post" action="/nop-ho-so" enctype="multipart/form-data">
            <p><label>Mã thủ tục (MaTTHC) <input name="MaTTHC" value="SAMPLE.XD.01" required></label>
            <label>Tên thủ tục <input name="TenTTHC" value="Cấp giấy phép xây dựng" required size="40"></label></p>
            <p><label>Họ và tên <input name="ChuHoSo" value="Đỗ Thị Hạnh" required></label>
            <label>Số định danh cá nhân <input name="MaDoiTuong" value="019190001234" required></label>
            <label>Điện thoại <input name="SoDienThoai" value="0987654321" required></label></p>
            <p><label>Địa chỉ <input name="DiaChi" value="Số 12, đường Hoàng Văn Thụ, phường Phan Đình Phùng, Thái Nguyên" required size="70"></label></p>
            <p><label>Đơn đề nghị (don) <input type="file" name="don" required></label>
            <label>Bản vẽ (ban-ve) <input type="file" name="ban-ve" required></label>
            <label>Giấy tờ đất (dat) <input type="file" name="dat" required></label></p>
            <p><button>Nộp hồ sơ</button> <small>Tệp mẫu: samples/papers/ trong mã nguồn OneStop.</small></p>
            </form>
            <h2>Hồ sơ nộp trên Cổng</h2>{{(filed.Length == 0 ? "<p>Chưa có hồ sơ nào được nộp trên Cổng.</p>" : $"<ul>{filed}</ul>")}}
            <h2>Hồ sơ tỉnh đã đồng bộ</h2>
            <table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Trạng thái</th><th>Tiến độ đã nhận</th></tr></thead><tbody>{{(rows.Length == 0 ? "<tr><td colspan=\"4\">Tỉnh chưa đồng bộ hồ sơ nào lên Cổng.</td></tr>" : rows.ToString())}}</tbody></table>
            </body></html>
            """;
    }

    /// <summary>The portal's fields of a dossier filed with the page's form; each file input is named by its paper's code (MaThanhPhanHoSo).</summary>
    public static JsonObject DossierOf(IFormCollection form)
    {
        var dossier = new JsonObject { ["LoaiDoiTuong"] = "1", ["TrangThaiHoSo"] = "1", ["DonViXuLy"] = "Trung tâm Phục vụ hành chính công" };
        foreach (var field in new[] { "MaTTHC", "TenTTHC", "ChuHoSo", "MaDoiTuong", "SoDienThoai", "DiaChi" })
        {
            dossier[field] = form[field].ToString().Trim();
        }
        dossier["TaiLieuNop"] = new JsonArray([.. form.Files.Select(f => (JsonNode)new JsonObject
        {
            ["MaThanhPhanHoSo"] = f.Name,
            ["TenTepDinhKem"] = f.FileName,
        })]);
        return dossier;
    }

    private static string Status(string? code) => code is not null && Statuses.TryGetValue(code, out var name) ? $"{code} — {name}" : code ?? "";

    private static string Date(string text) =>
        text.Length == 14 ? $"{text[6..8]}/{text[4..6]}/{text[..4]} {text[8..10]}:{text[10..12]}" : text;

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
