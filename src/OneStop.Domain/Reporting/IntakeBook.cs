using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>
/// One line of the intake book (Mẫu số 07, sổ theo dõi hồ sơ): a dossier received at the intake point that day, and
/// how it went on: sent to the resolving agencies, its result back from them, handed to the applicant. The columns
/// follow the 2018 form of the book (Circular 01/2018/TT-VPCP), the 2025 form's layout not being at hand.
/// </summary>
public sealed record IntakeBookLine(
    string Code,
    string ProcedureName,
    string ApplicantName,
    string ApplicantAddress,
    string ApplicantPhone,
    string ResolvingAgencies,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? SentToAgencyAt,
    DateTimeOffset? ResultBackAt,
    DateTimeOffset? ReturnedAt,
    string Note);

/// <summary>The intake book of one intake point for one local day: every dossier received there that day, in the order received.</summary>
public static class IntakeBook
{
    public static IReadOnlyList<IntakeBookLine> Of(IEnumerable<Dossier> dossiers, string intakePoint, DateOnly day, WorkingCalendar calendar) =>
        [.. dossiers
            .Where(d => d.IntakePoint.Code == intakePoint)
            .Select(d => (Dossier: d, Received: d.History.OfType<DossierReceived>().FirstOrDefault()))
            .Where(x => x.Received is not null && calendar.LocalDate(x.Received.At) == day)
            .OrderBy(x => x.Received!.At).ThenBy(x => x.Dossier.Id, StringComparer.Ordinal)
            .Select(x => Line(x.Dossier, x.Received!, calendar.Settings.UtcOffset))];

    private static IntakeBookLine Line(Dossier dossier, DossierReceived received, TimeSpan offset)
    {
        var history = dossier.History;
        var agencies = string.Join(", ", dossier.Procedure.ProcessDepartments.Distinct().Select(d => dossier.DepartmentOf(d)?.Name ?? d.Value));
        var stopped = history.OfType<ProcessingStopped>().LastOrDefault();
        var note = stopped is not null ? (stopped.Withdrawn ? "Người nộp rút hồ sơ" : "Dừng giải quyết") + $": {stopped.Reason}"
            : dossier.RevisedAppointmentAt is { } revised ? $"Hẹn lại ngày trả (Mẫu 04): {revised.ToOffset(offset).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
            : "";
        return new IntakeBookLine(
            dossier.Id, dossier.Procedure.Name, dossier.Applicant.FullName, dossier.Applicant.Address, dossier.Applicant.Phone.Value, agencies,
            received.At, received.Appointment,
            history.OfType<StepAssigned>().FirstOrDefault()?.At,
            history.OfType<ResultIssued>().LastOrDefault()?.At,
            history.OfType<ResultReturned>().LastOrDefault()?.At,
            note);
    }
}
