using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Forms;

/// <summary>
/// The forms of Circular 03/2025/TT-VPCP as printable HTML, filled from the dossier's history. Every value that
/// comes from a dossier is HTML-encoded: a name typed with markup prints as text, never runs.
/// A form the dossier does not have yet (a refusal for a received dossier, ...) is null.
/// </summary>
public static class PrintedForms
{
    public static string? Render(FormKind form, Dossier dossier, WorkingCalendar calendar, DateTimeOffset now)
    {
        string Local(DateTimeOffset instant) => VietnameseText.DateTime(instant, calendar.Settings.UtcOffset);
        var body = form switch
        {
            FormKind.Mau01 => AppointmentSlip.For(dossier) is { } slip ? Mau01(slip, Local) : null,
            FormKind.Mau02 => dossier.History.OfType<SupplementRequested>().LastOrDefault() is { } request ? Mau02(dossier, request, Local) : null,
            FormKind.Mau03 => dossier.History.OfType<ReceptionRefused>().LastOrDefault() is { } refusal ? Reasoned(dossier, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Lý do từ chối", refusal.Reason, refusal.At, Local) : null,
            FormKind.Mau04 => dossier.History.OfType<AppointmentRevised>().LastOrDefault() is { } revised ? Mau04(dossier, revised, Local) : null,
            FormKind.Mau05 => dossier.History.OfType<ProcessingStopped>().LastOrDefault(s => !s.Withdrawn) is { } stop ? Reasoned(dossier, "PHIẾU DỪNG THỰC HIỆN THỦ TỤC HÀNH CHÍNH", "Lý do dừng thực hiện", stop.Reason, stop.At, Local) : null,
            _ => dossier.ReceivedAt is null ? null : Mau06(ControlSlip.For(dossier, now, calendar), Local),
        };
        return body is null ? null : Page((int)form, body);
    }

    /// <summary>Markup characters escaped, Vietnamese letters kept as they are (not as numeric entities).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string? text) => Encoder.Encode(text ?? "");

    private static string Page(int number, string body) => $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>Mẫu {{number:00}}</title>
        <style>
          body { font-family: "Times New Roman", serif; font-size: 13pt; max-width: 800px; margin: 2em auto; }
          .national { text-align: center; font-weight: bold; }
          .motto { text-align: center; font-weight: bold; text-decoration: underline; }
          h1 { text-align: center; font-size: 14pt; margin-top: 1.5em; }
          table { border-collapse: collapse; width: 100%; }
          th, td { border: 1px solid #000; padding: 4px; vertical-align: top; }
          .form-number { text-align: right; font-style: italic; }
          @media print { body { margin: 0; } }
        </style>
        </head>
        <body>
        <p class="form-number">Mẫu số {{number:00}}</p>
        <p class="national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p class="motto">Độc lập - Tự do - Hạnh phúc</p>
        {{body}}
        </body>
        </html>
        """;

    private static string Header(Dossier dossier) =>
        $"<p>Mã hồ sơ: <strong>{E(dossier.Id)}</strong></p><p>Người nộp hồ sơ: {E(dossier.Applicant.FullName)}</p><p>Thủ tục: {E(dossier.Procedure.Name)}</p>";

    private static string Mau01(AppointmentSlip slip, Func<DateTimeOffset, string> local)
    {
        var papers = new StringBuilder();
        int index = 1;
        foreach (var paper in slip.Papers)
        {
            papers.Append($"<tr><td>{index++}</td><td>{E(paper.Name)}</td><td>{paper.Files}</td></tr>");
        }
        return $"""
            <h1>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>
            <p>Mã hồ sơ: <strong>{E(slip.Code.Value)}</strong></p>
            <p>{E(slip.IntakePoint.Name)} tiếp nhận hồ sơ của: {E(slip.ApplicantName)}</p>
            <p>Địa chỉ: {E(slip.ApplicantAddress)}</p>
            <p>Số điện thoại: {E(slip.ApplicantPhone.Value)}</p>
            <p>Nội dung yêu cầu giải quyết: {E(slip.ProcedureName)}</p>
            <table><tr><th>TT</th><th>Tên giấy tờ</th><th>Số tệp</th></tr>{papers}</table>
            <p>Thời gian nhận hồ sơ: {local(slip.ReceivedAt)}</p>
            <p>Thời gian trả kết quả giải quyết hồ sơ: <strong>{local(slip.AppointmentAt)}</strong></p>
            <p>Người tiếp nhận: {E(slip.ReceivedBy)}</p>
            """;
    }

    private static string Mau02(Dossier dossier, SupplementRequested request, Func<DateTimeOffset, string> local) => $"""
        <h1>PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</h1>
        {Header(dossier)}
        <p>Yêu cầu bổ sung, hoàn thiện các nội dung sau:</p>
        <ol>{string.Concat(request.Items.Select(item => $"<li>{E(item)}</li>"))}</ol>
        <p>Lý do: {E(request.Reason)}</p>
        <p>Thời gian chờ bổ sung không tính vào thời hạn giải quyết.</p>
        <p>Ngày {local(request.At)}. Người hướng dẫn: {E(request.Actor.Name)}</p>
        """;

    private static string Mau04(Dossier dossier, AppointmentRevised revised, Func<DateTimeOffset, string> local) => $"""
        <h1>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</h1>
        {Header(dossier)}
        <p>Thời gian hẹn trả kết quả: {(dossier.AppointmentAt is { } appointment ? local(appointment) : "")}</p>
        <p>Tuy nhiên đến nay, cơ quan giải quyết chưa trả kết quả do: {E(revised.Reason)}</p>
        <p>Cơ quan giải quyết xin lỗi ông/bà và hẹn lại thời gian trả kết quả: <strong>{local(revised.NewAppointment)}</strong></p>
        <p>Ngày {local(revised.At)}. {E(revised.Actor.Name)}</p>
        """;

    private static string Reasoned(Dossier dossier, string title, string reasonLabel, string reason, DateTimeOffset at, Func<DateTimeOffset, string> local) => $"""
        <h1>{title}</h1>
        {Header(dossier)}
        <p>{reasonLabel}: {E(reason)}</p>
        <p>Ngày {local(at)}</p>
        """;

    private static string Mau06(ControlSlip slip, Func<DateTimeOffset, string> local)
    {
        var rows = new StringBuilder();
        foreach (var entry in slip.Entries)
        {
            rows.Append($"<tr><td>{E(entry.HandedOverBy)}</td><td>{E(entry.ReceivedBy)}</td><td>{local(entry.HandedOverAt)}</td><td>{local(entry.DueAt)}</td>"
                + $"<td>{(entry.CompletedAt is { } done ? local(done) : "")}</td><td>{entry.WorkingTimeUsed.TotalHours:0.#} giờ</td><td>{entry.Timeliness?.Vietnamese()}</td></tr>");
        }
        return $"""
            <h1>PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ</h1>
            <p>Mã hồ sơ: <strong>{E(slip.Code.Value)}</strong></p>
            <p>Người nộp hồ sơ: {E(slip.ApplicantName)}</p>
            <p>Thủ tục: {E(slip.ProcedureName)}</p>
            <p>Thời gian nhận hồ sơ: {(slip.ReceivedAt is { } received ? local(received) : "")}; hẹn trả: {(slip.AppointmentAt is { } appointment ? local(appointment) : "")}</p>
            <table>
            <tr><th>Bên giao</th><th>Bên nhận</th><th>Thời gian giao, nhận</th><th>Hạn xử lý</th><th>Hoàn thành</th><th>Thời gian xử lý</th><th>Kết quả</th></tr>
            {rows}
            </table>
            """;
    }
}
