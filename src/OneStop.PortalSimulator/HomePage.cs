using System.Net;
using System.Text;

namespace OneStop.PortalSimulator;

/// <summary>A page for demonstrations and training: what the simulated portal was told about each dossier, status by status.</summary>
public static class HomePage
{
    public static string Render(PortalState state)
    {
        var rows = new StringBuilder();
        foreach (var (code, dossier) in state.Dossiers().OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var steps = string.Concat(dossier.Progress.Select(p =>
                $"<li><b>{E(p.TrangThai)}</b> {E(Date(p.ThoiDiemXuLy))}: {E(p.NoiDungXuLy)} <small>({E(p.NguoiXuLy)}, {E(p.PhongBanXuLy)})</small></li>"));
            rows.Append($"<tr><td>{E(code)}</td><td>{E(dossier.Latest["TenTTHC"]?.ToString())}</td><td>{E(dossier.Latest["TrangThaiHoSo"]?.ToString())}</td><td><ol>{steps}</ol></td></tr>");
        }
        var filed = string.Concat(state.Filed(_ => true).Select(f =>
            $"<li>{E(f.MaHoSo)}: {(f.Delivered ? "đã chuyển cho tỉnh" : "chờ chuyển")}{(f.LastPushError is { } e ? $" ({E(e)})" : "")}</li>"));
        return $$"""
            <!doctype html>
            <html lang="vi"><head><meta charset="utf-8"><title>Mô phỏng Cổng Dịch vụ công quốc gia</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}small{color:#555}</style></head>
            <body><h1>Mô phỏng Cổng Dịch vụ công quốc gia</h1>
            <p>Bản mô phỏng để phát triển, kiểm thử và tập huấn; không phải Cổng thật. Dữ liệu chỉ nằm trong bộ nhớ.</p>
            <h2>Hồ sơ nộp trên Cổng</h2><ul>{{filed}}</ul>
            <h2>Hồ sơ tỉnh đã đồng bộ</h2>
            <table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Trạng thái</th><th>Tiến độ đã nhận</th></tr></thead><tbody>{{rows}}</tbody></table>
            </body></html>
            """;
    }

    private static string Date(string text) =>
        text.Length == 14 ? $"{text[6..8]}/{text[4..6]}/{text[..4]} {text[8..10]}:{text[10..12]}" : text;

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
