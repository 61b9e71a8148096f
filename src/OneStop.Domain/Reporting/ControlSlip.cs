using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>What a line of the control slip records.</summary>
public enum HandOverKind
{
    /// <summary>The applicant hands the dossier to the intake point.</summary>
    Reception,

    /// <summary>A department receives a step of the process.</summary>
    Step,

    /// <summary>A department (or reception) asks the applicant for a supplement: the clock stops.</summary>
    SupplementRequest,

    /// <summary>The applicant hands in the supplement: the clock resumes.</summary>
    Supplement,

    /// <summary>The last department hands the result back to the intake point.</summary>
    ResultToCenter,

    /// <summary>The intake point returns the result to the applicant.</summary>
    Return,
}

/// <summary>One hand-over on the control slip: who passed the dossier to whom, when, and, for a step, how it went.</summary>
/// <param name="Step">The process step (counted from 1) of a <see cref="HandOverKind.Step"/> line; null for the others.</param>
/// <param name="Timeliness">Null while the step is under way and not yet overdue, and for lines that have no deadline.</param>
public sealed record ControlSlipEntry(
    HandOverKind Kind,
    int? Step,
    string StepName,
    string HandedOverBy,
    string ReceivedBy,
    DateTimeOffset HandedOverAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt,
    TimeSpan? WorkingTimeUsed,
    Timeliness? Timeliness,
    string? Note = null);

/// <summary>
/// Mẫu 06, phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over of the dossier, read from its history in
/// order: reception, each department's step, each supplement round, the result handed back to the intake point,
/// and its return to the applicant.
/// </summary>
public sealed record ControlSlip(
    DossierCode Code,
    string ApplicantName,
    string ProcedureName,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? AppointmentAt,
    IReadOnlyList<ControlSlipEntry> Entries)
{
    private const string Applicant = "Người nộp hồ sơ";

    /// <summary>The slip as of an instant (time used by steps still under way counts up to it).</summary>
    public static ControlSlip For(Dossier dossier, DateTimeOffset asOf, WorkingCalendar calendar)
    {
        var entries = new List<ControlSlipEntry>();
        var center = dossier.IntakePoint.Name;
        string Department(DepartmentCode code) => dossier.DepartmentOf(code)?.Name ?? code.Value;
        foreach (var e in dossier.History)
        {
            switch (e)
            {
                case DossierReceived received:
                    entries.Add(new(HandOverKind.Reception, null, "Tiếp nhận hồ sơ", Applicant, $"{center} ({e.Actor.Name})", e.At, received.Appointment, null, null, null));
                    break;
                case StepAssigned assigned:
                    entries.Add(StepEntry(dossier, assigned, asOf, calendar, Department(assigned.Department)));
                    break;
                case SupplementRequested request when dossier.ReceivedAt is not null && e.At >= dossier.ReceivedAt:
                    entries.Add(new(HandOverKind.SupplementRequest, null, "Yêu cầu bổ sung hồ sơ",
                        request.Department is { } asking ? Department(asking) : center, Applicant, e.At, null, null, null, null, string.Join("; ", request.Items)));
                    break;
                case SupplementProvided:
                    entries.Add(new(HandOverKind.Supplement, null, "Nộp hồ sơ bổ sung", Applicant, center, e.At, null, null, null, null));
                    break;
                case ResultIssued issued:
                    var lastStep = dossier.Steps.Where(s => s.DecidedAt is not null).OrderBy(s => s.DecidedAt).LastOrDefault();
                    entries.Add(new(HandOverKind.ResultToCenter, null, "Chuyển kết quả về Bộ phận trả kết quả",
                        lastStep is null ? center : Department(lastStep.Department), center, e.At, dossier.AppointmentAt, e.At, null,
                        dossier.AppointmentAt is { } appointment ? TimelinessRule.Of(e.At, appointment, calendar) : null, issued.ResultReference));
                    break;
                case ResultReturned:
                    entries.Add(new(HandOverKind.Return, null, "Trả kết quả", $"{center} ({e.Actor.Name})", Applicant, e.At, null, null, null, null));
                    break;
            }
        }
        return new ControlSlip(dossier.Code, dossier.Applicant.FullName, dossier.Procedure.Name, dossier.ReceivedAt, dossier.AppointmentAt, entries);
    }

    private static ControlSlipEntry StepEntry(Dossier dossier, StepAssigned assigned, DateTimeOffset asOf, WorkingCalendar calendar, string department)
    {
        var step = dossier.Steps.First(s => s.Step == assigned.Step && s.Department == assigned.Department);
        var due = step.DueAt ?? assigned.DueAt;
        Timeliness? timeliness = step.DecidedAt is { } decidedAt
            ? TimelinessRule.Of(decidedAt, due, calendar)
            : step.State == StepState.Active && asOf > due ? Timeliness.Late : null;
        return new ControlSlipEntry(
            HandOverKind.Step, assigned.Step + 1, step.Name, assigned.Actor.Name, department, assigned.At, due, step.DecidedAt,
            step.Clock?.UsedBy(asOf, calendar) ?? TimeSpan.Zero, timeliness, step.Decision is { } d ? DecisionName(d) : null);
    }

    private static string DecisionName(DecisionKind decision) => decision switch
    {
        DecisionKind.Approve => "Đồng ý",
        DecisionKind.Reject => "Không đồng ý",
        DecisionKind.RequestSupplement => "Yêu cầu bổ sung",
        _ => "Yêu cầu thực hiện nghĩa vụ tài chính",
    };
}
