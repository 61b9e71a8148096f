using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>An event of the dossier's history with who did it.</summary>
public sealed record HistoryEntry(int Sequence, DateTimeOffset At, string Event, int Status, string StatusName, string ActorRole, string ActorName, string? Department);

/// <summary>A step with the working time it has used and has left (hours, as a department counts them).</summary>
public sealed record StepDetail(int Step, string Name, string Department, string DepartmentName, StepState State, DateTimeOffset? AssignedAt, DateTimeOffset? DueAt,
    DateTimeOffset? DecidedAt, DecisionKind? Decision, double? HoursUsed, double? HoursLeft, Urgency Urgency);

/// <summary>The result the departments issued: granted or refused, the result document's reference, the refusal's reason.</summary>
public sealed record ResultView(ResultOutcome Outcome, string? Reference, string? Reason);

/// <summary>
/// A dossier as an officer works on it: the applicant, the documents, the promised date (the revised one when an
/// apology gave one), each step with its time, and the whole history with its actors.
/// </summary>
public sealed record DossierDetail(
    string Code, int Status, string StatusName, string ProcedureCode, string ProcedureName, string ProcedureVersion,
    string ApplicantName, string ApplicantKind, string CitizenId, string Phone, string Address, string? Email,
    string IntakePoint, string IntakePointName, IntakeChannel Channel, DateTimeOffset FiledAt, DateTimeOffset? ReceivedAt,
    DateTimeOffset? AppointmentAt, DateTimeOffset? RevisedAppointmentAt, DateTimeOffset? PromisedAt,
    bool Overdue, bool OwesApology, IReadOnlyList<StepDetail> Steps, IReadOnlyList<DocumentView> Documents, IReadOnlyList<HistoryEntry> History,
    ResultView? Result)
{
    /// <summary>The national portal's code of a dossier filed there (the applicant knows it by that code); null otherwise.</summary>
    public string? PortalCode { get; init; }

    /// <summary>What the signed-in person may do with the dossier now, by action name (receive, departmentDecision, …).</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The forms the dossier has (mau-01 … mau-06, ket-qua), each printable from /forms/{form}.</summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary>The papers of the procedure version the dossier was filed under (not the version in force today).</summary>
    public required IReadOnlyList<RequiredDocument> RequiredDocuments { get; init; }

    /// <summary>Where the result is handed back: the point the applicant chose, or the intake point.</summary>
    public required string ResultPoint { get; init; }

    public required string ResultPointName { get; init; }

    /// <param name="actions">What the reader may do with the dossier now (<see cref="Application.Access.AccessPolicy.ActionsOf"/>).</param>
    public static DossierDetail Of(Dossier d, DateTimeOffset now, WorkingCalendar calendar, IReadOnlyList<string> actions)
    {
        var attention = Attention.Of(d, now, calendar);
        var urgency = attention.Steps.ToDictionary(s => (s.Step.Step, s.Step.Department), s => s.Urgency);
        return new DossierDetail(
            d.Id, (int)d.Status, d.Status.Vietnamese(), d.Procedure.Code.Value, d.Procedure.Name, d.Procedure.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Applicant.FullName, d.Applicant.Kind.ToString(), d.Applicant.CitizenId.Value, d.Applicant.Phone.Value, d.Applicant.Address, d.Applicant.Email,
            d.IntakePoint.Code, d.IntakePoint.Name, d.Channel, d.FiledAt, d.ReceivedAt, d.AppointmentAt, d.RevisedAppointmentAt, Attention.Appointed(d),
            attention.IsOverdue, attention.OwesApology,
            [.. d.Steps.Select(s => new StepDetail(
                s.Step + 1, s.Name, s.Department.Value, d.DepartmentOf(s.Department)?.Name ?? s.Department.Value, s.State, s.AssignedAt, s.DueAt, s.DecidedAt, s.Decision,
                s.Clock is { } c ? Math.Round(c.UsedBy(now, calendar).TotalHours, 1) : null,
                s.State == StepState.Active && s.WorkingTimeLeft(now, calendar) is { } left ? Math.Round(left.TotalHours, 1) : null,
                urgency.GetValueOrDefault((s.Step, s.Department))))],
            DossierView.DocumentsOf(d),
            [.. d.History.Select(e => new HistoryEntry(
                e.Sequence, e.At, Application.Common.WireNames.Event(e), (int)e.Status, e.Status.Vietnamese(), e.Actor.Role.Vietnamese(), e.Actor.Name, e.Actor.Department?.Value))],
            d.History.OfType<ResultIssued>().LastOrDefault() is { } issued ? new ResultView(issued.Outcome, issued.ResultReference, issued.Reason) : null)
        {
            Actions = actions,
            Forms = DossierForms.Of(d),
            RequiredDocuments = d.Procedure.Documents,
            ResultPoint = d.ResultPoint().Code,
            ResultPointName = d.ResultPoint().Name,
        };
    }
}
