using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>One hand-over on the control slip: who passed the dossier to whom, when, and how the step went.</summary>
/// <param name="Timeliness">Null while the step is under way and not yet overdue.</param>
public sealed record ControlSlipEntry(
    int Step,
    string StepName,
    string HandedOverBy,
    string ReceivedBy,
    DateTimeOffset HandedOverAt,
    DateTimeOffset DueAt,
    DateTimeOffset? CompletedAt,
    TimeSpan WorkingTimeUsed,
    StepState State,
    Timeliness? Timeliness);

/// <summary>Mẫu 06, phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over of the dossier, read from its history.</summary>
public sealed record ControlSlip(
    DossierCode Code,
    string ApplicantName,
    string ProcedureName,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? AppointmentAt,
    IReadOnlyList<ControlSlipEntry> Entries)
{
    /// <summary>The slip as of an instant (time used by steps still under way counts up to it).</summary>
    public static ControlSlip For(Dossier dossier, DateTimeOffset asOf, WorkingCalendar calendar)
    {
        var entries = new List<ControlSlipEntry>();
        foreach (var assigned in dossier.History.OfType<StepAssigned>())
        {
            var step = dossier.Steps.First(s => s.Step == assigned.Step && s.Department == assigned.Department);
            var due = step.DueAt ?? assigned.DueAt;
            Timeliness? timeliness = step.DecidedAt is { } decidedAt
                ? TimelinessRule.Of(decidedAt, due, calendar)
                : step.State == StepState.Active && asOf > due ? Timeliness.Late : null;
            entries.Add(new ControlSlipEntry(
                assigned.Step,
                step.Name,
                assigned.Actor.Name,
                dossier.DepartmentOf(assigned.Department)?.Name ?? assigned.Department.Value,
                assigned.At,
                due,
                step.DecidedAt,
                step.Clock?.UsedBy(asOf, calendar) ?? TimeSpan.Zero,
                step.State,
                timeliness));
        }
        return new ControlSlip(dossier.Code, dossier.Applicant.FullName, dossier.Procedure.Name, dossier.ReceivedAt, dossier.AppointmentAt, entries);
    }
}
