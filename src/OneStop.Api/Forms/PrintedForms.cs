using System.Globalization;
using System.Text;
using OneStop.Application.Centers;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Api.Forms.FormPage;

namespace OneStop.Api.Forms;

/// <summary>
/// The forms of a dossier (Mẫu 01 to 06 of Circular 03/2025/TT-VPCP, titled as <see cref="FormTitles"/> names them) as
/// printable HTML, filled from the dossier's history, with the header of the office that issues each: the intake
/// point that received the dossier for the receipt, the refusal, the control slip and the notice that a withdrawn
/// dossier's processing stops; the department that acted for a supplement request, an apology or a stop of its own.
/// A form the dossier does not have yet (a refusal for a received dossier, ...) is null.
/// </summary>
public static class PrintedForms
{
    public static string? Render(FormKind form, Dossier dossier, FormSettings settings, WorkingCalendar calendar, DateTimeOffset now)
    {
        var offset = calendar.Settings.UtcOffset;
        string When(DateTimeOffset instant) => VietnameseText.OfficialDateTime(instant, offset);
        string Short(DateTimeOffset instant) => instant.ToOffset(offset).ToString("HH:mm'<br>'dd/MM/yyyy", CultureInfo.InvariantCulture);
        string Dated(DateTimeOffset instant) => $"{settings.Place}, {VietnameseText.OfficialDate(instant, offset)}";
        string OfficeOf(Actor actor) => actor.Department is { } d ? dossier.DepartmentOf(d)?.Name ?? d.Value : dossier.IntakePoint.Name;
        string Title() => FormTitles.Of(form).ToUpperInvariant();
        return form switch
        {
            FormKind.Mau01 => AppointmentSlip.For(dossier) is { } slip
                ? FormPage.Render(1, settings, dossier.IntakePoint.Name, $"Số: {slip.BookNumber}/TNHS", Dated(slip.ReceivedAt), Title(),
                    Receipt(slip, settings, When), Signatures(("Người nộp hồ sơ", slip.ApplicantName), ("Người tiếp nhận hồ sơ", slip.ReceivedBy)))
                : null,
            FormKind.Mau02 => dossier.History.OfType<SupplementRequested>().LastOrDefault() is { } request
                ? FormPage.Render(2, settings, OfficeOf(request.Actor), null, Dated(request.At), Title(),
                    SupplementRequest(dossier, request, When), Signatures(("Người hướng dẫn", request.Actor.Name)))
                : null,
            FormKind.Mau03 => dossier.History.OfType<ReceptionRefused>().LastOrDefault() is { } refusal
                ? FormPage.Render(3, settings, dossier.IntakePoint.Name, null, Dated(refusal.At), Title(),
                    Refusal(dossier, refusal), Signatures(("Người tiếp nhận hồ sơ", refusal.Actor.Name)))
                : null,
            FormKind.Mau04 => dossier.History.OfType<AppointmentRevised>().LastOrDefault() is { } revised
                ? FormPage.Render(4, settings, OfficeOf(revised.Actor), null, Dated(revised.At), Title(),
                    Apology(dossier, revised, OfficeOf(revised.Actor), When), Signatures(("Thủ trưởng cơ quan, đơn vị", null)))
                : null,
            // A withdrawal is the applicant's request to stop: the intake point that received the dossier notifies the
            // stop (Circular 03/2025 Art. 7, on Decree 118/2025 Art. 21(1)); a department's own stop it issues itself.
            FormKind.Mau05 => dossier.History.OfType<ProcessingStopped>().LastOrDefault() is { } stop
                ? FormPage.Render(5, settings, stop.Withdrawn ? dossier.IntakePoint.Name : OfficeOf(stop.Actor), null, Dated(stop.At), Title(),
                    Stop(dossier, stop, When), Signatures((stop.Withdrawn ? "Bộ phận Một cửa" : "Thủ trưởng cơ quan, đơn vị", stop.Withdrawn ? stop.Actor.Name : null)))
                : null,
            FormKind.Mau06 => dossier.ReceivedAt is { } received
                ? FormPage.Render(6, settings, dossier.IntakePoint.Name, null, Dated(now), Title(),
                    ControlSlipBody(dossier, ControlSlip.For(dossier, now, calendar), received, When, Short), "")
                : null,
            _ => null,
        };
    }

    /// <summary>
    /// The notice of the result, for the applicant to keep or print: what was decided and its number, when, against the
    /// appointment, and where the result is collected (or when it was handed over). It is the center's own notice, not
    /// one of the numbered forms; null before the result is issued.
    /// </summary>
    public static string? RenderResultNotice(Dossier dossier, FormSettings settings, WorkingCalendar calendar)
    {
        if (dossier.History.OfType<ResultIssued>().LastOrDefault() is not { } issued)
        {
            return null;
        }
        var offset = calendar.Settings.UtcOffset;
        string When(DateTimeOffset instant) => VietnameseText.OfficialDateTime(instant, offset);
        var outcome = issued.Outcome == ResultOutcome.Granted
            ? $"<p>Kết quả: hồ sơ đã được giải quyết{(issued.ResultReference is { } number ? $", văn bản kết quả số <strong>{E(number)}</strong>" : "")}.</p>"
            : $"<p>Kết quả: cơ quan có thẩm quyền <strong>không giải quyết</strong> yêu cầu. Lý do: {E(issued.Reason ?? "")}.</p>";
        var appointment = dossier.AppointmentAt is { } due
            ? $"<p>Có kết quả {When(issued.At)}; ngày hẹn trả: {When(due)} ({TimelinessRule.Of(issued.At, due, calendar).Vietnamese().ToLowerInvariant()}).</p>"
            : $"<p>Có kết quả {When(issued.At)}.</p>";
        var collect = dossier.History.OfType<ResultReturned>().LastOrDefault() is { } returned
            ? $"<p>Kết quả đã được trả cho người nộp hồ sơ {When(returned.At)}, {ReturnMethodName(returned.Method)}.</p>"
            : $"<p>Mời Ông/Bà nhận kết quả tại {E(dossier.ResultPoint().Name)}, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) và giấy tờ tùy thân.</p>";
        return FormPage.Render(null, settings, dossier.IntakePoint.Name, null, $"{settings.Place}, {VietnameseText.OfficialDate(issued.At, offset)}",
            "THÔNG BÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", Subject(dossier) + outcome + appointment + collect, Signatures(("Bộ phận Một cửa", null)));
    }

    /// <summary>
    /// The intake book of an intake point for a day (Mẫu số 07, sổ theo dõi hồ sơ), one line per dossier received, with
    /// the hand-overs that followed; printed across an A4 page, issued by the intake point.
    /// </summary>
    public static string RenderIntakeBook(IntakePoint point, DateOnly day, IReadOnlyList<IntakeBookLine> lines, FormSettings settings, WorkingCalendar calendar)
    {
        var offset = calendar.Settings.UtcOffset;
        string Cell(DateTimeOffset? instant) => instant is { } at ? at.ToOffset(offset).ToString("HH:mm'<br>'dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
        var rows = new StringBuilder();
        int index = 1;
        foreach (var line in lines)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td style=\"text-align:center\">{index++}</td><td>{E(line.Code)}</td><td>{E(line.ProcedureName)}</td><td style=\"text-align:center\">1</td>"
                + $"<td>{E(line.ApplicantName)}</td><td>{E(line.ApplicantAddress)}<br>{E(line.ApplicantPhone)}</td><td>{E(line.ResolvingAgencies)}</td>"
                + $"<td>{Cell(line.ReceivedAt)}</td><td>{Cell(line.AppointmentAt)}</td><td>{Cell(line.SentToAgencyAt)}</td><td>{Cell(line.ResultBackAt)}</td><td>{Cell(line.ReturnedAt)}</td><td></td><td>{E(line.Note)}</td></tr>");
        }
        if (lines.Count == 0)
        {
            rows.Append("<tr><td colspan=\"14\" style=\"text-align:center\">Không có hồ sơ nào được tiếp nhận trong ngày.</td></tr>");
        }
        var body = $"""
            <p class="subtitle">Ngày tiếp nhận: {day:dd/MM/yyyy} · Quyển số: {day:dd/MM/yyyy} · {lines.Count} hồ sơ</p>
            <table class="grid book">
            <tr><th>TT</th><th>Mã hồ sơ</th><th>Tên thủ tục hành chính</th><th>Số lượng hồ sơ (bộ)</th><th>Tên cá nhân, tổ chức</th><th>Địa chỉ, số điện thoại</th><th>Cơ quan chủ trì giải quyết</th>
            <th>Nhận hồ sơ</th><th>Hẹn trả kết quả</th><th>Chuyển hồ sơ đến cơ quan giải quyết</th><th>Nhận kết quả từ cơ quan giải quyết</th><th>Trả kết quả cho cá nhân, tổ chức</th><th>Ký nhận</th><th>Ghi chú</th></tr>
            {rows}
            </table>
            """;
        return FormPage.Render(7, settings, point.Name, null, $"{settings.Place}, {VietnameseText.OfficialDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset), offset)}",
            FormTitles.IntakeBook.ToUpperInvariant(), body, "", landscape: true);
    }

    private static string ReturnMethodName(ReturnMethod method) => method switch
    {
        ReturnMethod.Counter => "trực tiếp tại nơi tiếp nhận",
        ReturnMethod.Post => "qua dịch vụ bưu chính",
        _ => "bằng bản điện tử",
    };

    /// <summary>The link the QR code on the receipt opens: the public lookup with the code and the secret filled in.</summary>
    public static string LookupLink(FormSettings settings, string code, string secret) =>
        $"{settings.PublicLookupUrl}{(settings.PublicLookupUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}code={Uri.EscapeDataString(code)}&secret={Uri.EscapeDataString(secret)}";

    private static string Subject(Dossier dossier) => $"""
        <p>Mã hồ sơ: <strong>{E(dossier.Id)}</strong></p>
        <p>Người nộp hồ sơ: Ông/Bà <strong>{E(dossier.Applicant.FullName)}</strong></p>
        <p>Địa chỉ: {E(dossier.Applicant.Address)}; số điện thoại: {E(dossier.Applicant.Phone.Value)}</p>
        <p>Nội dung yêu cầu giải quyết: {E(dossier.Procedure.Name)}</p>
        """;

    private static string Receipt(AppointmentSlip slip, FormSettings settings, Func<DateTimeOffset, string> when)
    {
        var papers = new StringBuilder();
        int index = 1;
        foreach (var paper in slip.Papers)
        {
            papers.Append(CultureInfo.InvariantCulture, $"<tr><td style=\"text-align:center\">{index++}</td><td>{E(paper.Name)}</td><td style=\"text-align:center\">{paper.Originals}</td><td style=\"text-align:center\">{paper.Copies}</td><td style=\"text-align:center\">{paper.Files}</td></tr>");
        }
        var fees = slip.Fees.Count == 0
            ? "Không thu phí, lệ phí."
            : string.Join("; ", slip.Fees.Select(f => $"{E(f.Name)}: {VietnameseText.Money(f.AmountVnd)}")) + (slip.Fees.Count > 1 ? $". Tổng cộng: {VietnameseText.Money(slip.Fees.Sum(f => f.AmountVnd))}." : ".");
        var channel = slip.Channel switch
        {
            IntakeChannel.Online => "Trực tuyến",
            IntakeChannel.Post => "Qua dịch vụ bưu chính công ích",
            _ => "Trực tiếp",
        };
        var lookup = slip.TrackingSecret is { } secret
            ? $"""
                <div class="qr"><img alt="Mã QR tra cứu hồ sơ" src="data:image/png;base64,{Qr(LookupLink(settings, slip.Code.Value, secret))}"><div>Quét để tra cứu</div></div>
                <p>Mã tra cứu: <span class="secret">{E(secret)}</span> (dùng cùng mã hồ sơ tại {E(settings.PublicLookupUrl)} hoặc quét mã QR)</p>
                """
            : "";
        var day = slip.Code.Value.Split('-')[1];
        return $"""
            <p class="subtitle">Mã hồ sơ: <strong>{E(slip.Code.Value)}</strong></p>
            {lookup}
            <p>{E(slip.IntakePoint.Name)} tiếp nhận hồ sơ của: Ông/Bà <strong>{E(slip.ApplicantName)}</strong></p>
            <p>Địa chỉ: {E(slip.ApplicantAddress)}</p>
            <p>Số điện thoại: {E(slip.ApplicantPhone.Value)}{(slip.ApplicantEmail is { } email ? $"; thư điện tử: {E(email)}" : "")}</p>
            <p>Nội dung yêu cầu giải quyết: {E(slip.ProcedureName)}</p>
            <p>1. Thành phần hồ sơ nộp gồm:</p>
            <table class="grid"><tr><th>TT</th><th>Tên giấy tờ</th><th>Bản chính</th><th>Bản sao</th><th>Số tệp đã nộp</th></tr>{papers}</table>
            <p>2. Hình thức nộp: {channel}.</p>
            <p>3. Thời gian giải quyết hồ sơ theo quy định: {E(slip.TimeLimit)}.</p>
            <p>4. Thời gian nhận hồ sơ: {when(slip.ReceivedAt)}.</p>
            <p>5. Thời gian trả kết quả giải quyết hồ sơ: <strong>{when(slip.AppointmentAt)}</strong>.</p>
            <p>6. Phí, lệ phí: {fees}</p>
            <p>7. Nhận kết quả tại: {E(slip.ResultPoint.Name)}.</p>
            <p>Vào Sổ theo dõi hồ sơ, Quyển số: {day[4..6]}/{day[2..4]}/20{day[..2]}, Số thứ tự: {E(slip.BookNumber)}.</p>
            """;
    }

    private static string SupplementRequest(Dossier dossier, SupplementRequested request, Func<DateTimeOffset, string> when) => $"""
        {Subject(dossier)}
        <p>Ngày nộp hồ sơ: {when(dossier.FiledAt)}.</p>
        <p>Sau khi xem xét, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:</p>
        <ol>{string.Concat(request.Items.Select(item => $"<li>{E(item)}</li>"))}</ol>
        <p>Lý do: {E(string.IsNullOrWhiteSpace(request.Reason) ? "Hồ sơ chưa đầy đủ, hợp lệ theo quy định." : request.Reason)}</p>
        <p>Thời gian chờ Ông/Bà bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết hồ sơ.</p>
        """;

    private static string Refusal(Dossier dossier, ReceptionRefused refusal) => $"""
        {Subject(dossier)}
        <p>Qua xem xét, {E(dossier.IntakePoint.Name)} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:</p>
        <p><strong>{E(refusal.Reason)}</strong></p>
        <p>Xin thông báo để Ông/Bà biết và thực hiện.</p>
        """;

    /// <summary>The apology and request for more time, worded as the Ministry of Health's 2025 form of it (Decision 3621/QĐ-BYT).</summary>
    private static string Apology(Dossier dossier, AppointmentRevised revised, string office, Func<DateTimeOffset, string> when) => $"""
        <p>{(dossier.ReceivedAt is { } received ? when(received) : "")}, {E(dossier.IntakePoint.Name)} tiếp nhận hồ sơ của Ông/Bà <strong>{E(dossier.Applicant.FullName)}</strong>.</p>
        <p>Mã số hồ sơ: <strong>{E(dossier.Id)}</strong>. Nội dung yêu cầu giải quyết: {E(dossier.Procedure.Name)}.</p>
        <p>Thời gian hẹn trả kết quả giải quyết hồ sơ: {(dossier.AppointmentAt is { } appointment ? when(appointment) : "")}.</p>
        <p>Tuy nhiên đến nay, {E(office)} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p>
        <p>Lý do: {E(revised.Reason)}</p>
        <p>{E(office)} xin lỗi Ông/Bà vì sự chậm trễ này, đề nghị gia hạn thời gian giải quyết và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào <strong>{when(revised.NewAppointment)}</strong>.</p>
        <p>Cán bộ xử lý hồ sơ: {E(revised.Actor.Name)}.</p>
        <p>Xin trân trọng cảm ơn.</p>
        """;

    private static string Stop(Dossier dossier, ProcessingStopped stop, Func<DateTimeOffset, string> when) => stop.Withdrawn
        ? $"""
            {Subject(dossier)}
            <p>Thời gian nhận hồ sơ: {(dossier.ReceivedAt is { } receivedAt ? when(receivedAt) : "")}.</p>
            <p>Ngày {when(stop.At)}, Ông/Bà yêu cầu dừng thực hiện thủ tục hành chính. Hồ sơ chưa có quyết định giải quyết; {E(dossier.IntakePoint.Name)} thông báo dừng giải quyết hồ sơ nêu trên.</p>
            <p>Lý do: {E(stop.Reason)}</p>
            <p>Xin thông báo để Ông/Bà biết.</p>
            """
        : $"""
            {Subject(dossier)}
            <p>Thời gian nhận hồ sơ: {(dossier.ReceivedAt is { } received ? when(received) : "")}.</p>
            <p>Cơ quan giải quyết thông báo dừng giải quyết hồ sơ nêu trên. Lý do: {E(stop.Reason)}</p>
            <p>Xin thông báo để Ông/Bà biết.</p>
            """;

    /// <param name="cell">An instant in a table cell: the time over the date, as a control table is read.</param>
    private static string ControlSlipBody(Dossier dossier, ControlSlip slip, DateTimeOffset received, Func<DateTimeOffset, string> when, Func<DateTimeOffset, string> cell)
    {
        var rows = new StringBuilder();
        int index = 1;
        foreach (var entry in slip.Entries)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td style=\"text-align:center\">{index++}</td><td>{E(entry.Step is { } step ? $"Bước {step}: {entry.StepName}" : entry.StepName)}</td>"
                + $"<td>{E(entry.HandedOverBy)}</td><td>{E(entry.ReceivedBy)}</td><td>{cell(entry.HandedOverAt)}</td>"
                + $"<td>{(entry.DueAt is { } due ? cell(due) : "")}</td><td>{(entry.CompletedAt is { } done ? cell(done) : "")}</td>"
                + $"<td>{(entry.WorkingTimeUsed is { } used ? $"{used.TotalHours:0.#} giờ" : "")}</td><td>{entry.Timeliness?.Vietnamese()}</td><td>{E(entry.Note)}</td></tr>");
        }
        var departments = string.Join(", ", dossier.Procedure.ProcessDepartments.Distinct().Select(d => dossier.DepartmentOf(d)?.Name ?? d.Value));
        return $"""
            {Subject(dossier)}
            <p>Cơ quan giải quyết, phối hợp: {E(departments)}</p>
            <p>Thời gian nhận hồ sơ: {when(received)}; thời gian hẹn trả kết quả: {(slip.AppointmentAt is { } appointment ? when(appointment) : "")}{(dossier.RevisedAppointmentAt is { } revised ? $"; hẹn lại: {when(revised)}" : "")}.</p>
            <table class="grid control">
            <tr><th>TT</th><th>Nội dung</th><th>Bên giao</th><th>Bên nhận</th><th>Thời gian giao, nhận</th><th>Hạn xử lý</th><th>Hoàn thành</th><th>Thời gian xử lý</th><th>Kết quả</th><th>Ghi chú</th></tr>
            {rows}
            </table>
            """;
    }

    private static string Qr(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(6));
    }
}
