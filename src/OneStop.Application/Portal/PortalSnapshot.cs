using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Portal;

/// <summary>
/// A dossier as it stood right after one event of its history, in the portal's terms: its dates, status, supplement
/// rounds and results are read from the history up to that event, so that reports sent late (after an outage) still
/// tell the portal each state in turn.
/// </summary>
internal sealed class PortalSnapshot(Dossier dossier, int sequence, string portalCode, TimeSpan utcOffset)
{
    private const string CenterSystem = "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh";

    private readonly IReadOnlyList<DossierEvent> history = [.. dossier.History.Take(sequence)];

    public PortalDossierReport Dossier()
    {
        var applicant = dossier.Applicant;
        var returned = history.OfType<ResultReturned>().FirstOrDefault();
        return new PortalDossierReport(
            portalCode,
            dossier.Procedure.PortalCode,
            dossier.Procedure.Name,
            applicant.FullName,
            applicant.Kind,
            applicant.Kind == ApplicantKind.Organization && applicant.TaxCode is { } tax ? tax : applicant.CitizenId.Value,
            applicant.Email,
            applicant.Phone.Value,
            applicant.Address,
            dossier.Procedure.Name,
            ReceivedAt,
            Appointment,
            history[^1].Status,
            returned?.At,
            returned?.Method,
            history.FirstOrDefault(e => e is ResultIssued or ProcessingStopped or ReceptionRefused)?.At,
            string.Join(", ", dossier.Procedure.CompetentDepartments.Select(d => dossier.DepartmentOf(d)?.Name ?? d.Value)),
            [.. dossier.Documents.Select((d, i) => new PortalDocument($"{dossier.Id}-{i + 1}", d.FileName, d.DocumentCode))],
            [.. dossier.Procedure.Fees.Select(f => new PortalFee(f.Name, f.AmountVnd))],
            [.. Supplements()],
            [.. history.OfType<ResultIssued>().Select(r => new PortalResult(
                r.Outcome == ResultOutcome.Granted ? $"Kết quả giải quyết: {dossier.Procedure.Name}" : "Văn bản trả lời từ chối giải quyết", r.ResultReference))]);
    }

    public PortalProgressReport Progress(DossierEvent change)
    {
        var (started, due) = change is StepAssigned step ? (change.At, step.DueAt) : (ReceivedAt, Appointment);
        return new PortalProgressReport(portalCode, change.Actor.Name, change.Actor.Role.Vietnamese(), change.At, UnitOf(change.Actor), Content(change), change.Status, started, due);
    }

    private DateTimeOffset? ReceivedAt => history.OfType<DossierReceived>().FirstOrDefault()?.At;

    /// <summary>The appointment as the rules set it (moved only by the clock stopping for the applicant); an apology's new date is told as progress.</summary>
    private DateTimeOffset? Appointment => history.Select(e => e switch
    {
        DossierReceived r => r.Appointment,
        SupplementProvided s => s.Appointment,
        FeesPaid f => f.Appointment,
        _ => (DateTimeOffset?)null,
    }).LastOrDefault(a => a is not null);

    private IEnumerable<PortalSupplement> Supplements()
    {
        foreach (var request in history.OfType<SupplementRequested>())
        {
            var provided = history.OfType<SupplementProvided>().FirstOrDefault(p => p.Sequence > request.Sequence);
            yield return new PortalSupplement($"{dossier.Id}-BS{request.Sequence}", request.Actor.Name, $"{string.Join("; ", request.Items)}. {request.Reason}", request.At, provided?.At, provided?.Appointment);
        }
    }

    private string UnitOf(Actor actor) => actor switch
    {
        { Department: { } department } => dossier.DepartmentOf(department)?.Name ?? department.Value,
        { Role: ActorRole.ReceptionOfficer or ActorRole.Applicant } => dossier.IntakePoint.Name,
        _ => CenterSystem,
    };

    private string DepartmentName(Domain.Catalog.DepartmentCode code) => dossier.DepartmentOf(code)?.Name ?? code.Value;

    /// <summary>A step as people number it (from 1), with its name in the procedure: "bước 1 (Thẩm định)".</summary>
    private string StepLabel(int step) =>
        step >= 0 && step < dossier.Procedure.Steps.Count ? $"bước {step + 1} ({dossier.Procedure.Steps[step].Name})" : $"bước {step + 1}";

    private string Date(DateTimeOffset instant) => VietnameseText.Date(instant, utcOffset);

    private string Content(DossierEvent change) => change switch
    {
        DossierFiled { Channel: IntakeChannel.Online } => "Nộp hồ sơ trực tuyến.",
        DossierFiled { Channel: IntakeChannel.Post } => "Nộp hồ sơ qua dịch vụ bưu chính công ích.",
        DossierFiled => $"Nộp hồ sơ trực tiếp tại {dossier.IntakePoint.Name}.",
        ReceptionRefused r => $"Từ chối tiếp nhận hồ sơ: {r.Reason}",
        DossierReceived r => $"Tiếp nhận hồ sơ; hẹn trả kết quả ngày {Date(r.Appointment)}.",
        StepAssigned s => $"Chuyển {DepartmentName(s.Department)} xử lý {StepLabel(s.Step)}, hạn xử lý ngày {Date(s.DueAt)}.",
        StepDecided { Decision: DecisionKind.Approve } d => $"{DepartmentName(d.Department)} hoàn thành {StepLabel(d.Step)}{Note(d.Note)}",
        StepDecided { Decision: DecisionKind.Reject } d => $"{DepartmentName(d.Department)} đề nghị từ chối giải quyết ở {StepLabel(d.Step)}{Note(d.Note)}",
        StepDecided d => $"{DepartmentName(d.Department)} cho ý kiến ở {StepLabel(d.Step)}{Note(d.Note)}",
        StepCancelled c => $"Dừng {StepLabel(c.Step)} tại {DepartmentName(c.Department)}: {c.Reason}",
        SupplementRequested r => $"Yêu cầu bổ sung hồ sơ: {string.Join("; ", r.Items)}. Lý do: {r.Reason}",
        SupplementProvided => "Người nộp đã bổ sung hồ sơ; tiếp tục giải quyết.",
        FeesRequested f => $"Yêu cầu thực hiện nghĩa vụ tài chính: {VietnameseText.Money(f.AmountVnd)}.",
        FeesPaid => "Người nộp đã thực hiện nghĩa vụ tài chính; tiếp tục giải quyết.",
        AppointmentRevised a => $"Xin lỗi và hẹn lại ngày trả kết quả: ngày {Date(a.NewAppointment)}. Lý do: {a.Reason}",
        ResultIssued { Outcome: ResultOutcome.Granted } => "Đã có kết quả giải quyết.",
        ResultIssued r => $"Từ chối giải quyết: {r.Reason}",
        ResultReturned { Method: ReturnMethod.Post } => "Đã trả kết quả qua dịch vụ bưu chính công ích.",
        ResultReturned { Method: ReturnMethod.Online } => "Đã trả kết quả trực tuyến.",
        ResultReturned => "Đã trả kết quả tại bộ phận một cửa.",
        WithdrawalRequested w => $"Người nộp yêu cầu rút hồ sơ: {w.Reason}",
        ProcessingStopped { Withdrawn: true } => "Dừng xử lý theo yêu cầu rút hồ sơ của người nộp.",
        ProcessingStopped s => $"Dừng xử lý hồ sơ: {s.Reason}",
        _ => change.Status.Vietnamese(),
    };

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "." : $": {note.Trim()}";
}
