using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Api.Handlers;

/// <summary>A step of the dossier's process: numbered from 1, as on the control slip (Mẫu 06) and in the workspace.</summary>
public sealed record StepView(int Step, string Name, string Department, StepState State, DateTimeOffset? DueAt, DateTimeOffset? DecidedAt)
{
    public static StepView Of(StepProgress s) => new(s.Step + 1, s.Name, s.Department.Value, s.State, s.DueAt, s.DecidedAt);
}

/// <summary>A file of the dossier, numbered from 1; <see cref="Href"/> downloads it.</summary>
public sealed record DocumentView(int Number, string DocumentCode, string FileName, string ContentType, long Length, string Sha256, string Href);

/// <summary>A dossier as those who handle it see it (and its applicant).</summary>
public sealed record DossierView(
    string Code,
    int Status,
    string StatusName,
    string ProcedureCode,
    string ProcedureName,
    string ApplicantName,
    DateTimeOffset FiledAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? RevisedAppointmentAt,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<DocumentView> Documents)
{
    public static DossierView Of(Dossier d) => new(
        d.Id, (int)d.Status, d.Status.Vietnamese(), d.Procedure.Code.Value, d.Procedure.Name, d.Applicant.FullName, d.FiledAt, d.ReceivedAt,
        d.AppointmentAt, d.RevisedAppointmentAt, [.. d.Steps.Select(StepView.Of)], DocumentsOf(d));

    public static IReadOnlyList<DocumentView> DocumentsOf(Dossier d) =>
        [.. d.Documents.Select((f, i) => new DocumentView(i + 1, f.DocumentCode, f.FileName, f.ContentType, f.Length, f.Sha256, $"/api/dossiers/{d.Id}/documents/{i + 1}"))];
}

/// <summary>A line of a search or of the reception inbox.</summary>
public sealed record DossierSummary(
    string Code, int Status, string StatusName, string ProcedureCode, string ProcedureName, string ApplicantName, string IntakePoint, IntakeChannel Channel,
    DateTimeOffset FiledAt, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt)
{
    public static DossierSummary Of(Dossier d) => new(
        d.Id, (int)d.Status, d.Status.Vietnamese(), d.Procedure.Code.Value, d.Procedure.Name, d.Applicant.FullName, d.IntakePoint.Code, d.Channel,
        d.FiledAt, d.ReceivedAt, d.RevisedAppointmentAt ?? d.AppointmentAt);
}

/// <summary>A page of dossiers; <see cref="Continuation"/> (absent on the last page) reads the next.</summary>
public sealed record DossierSearchPage(IReadOnlyList<DossierSummary> Items, string? Continuation);

/// <summary>The public status lookup: where the dossier stands, and nothing about the person.</summary>
public sealed record PublicStatusView(
    string Code, int Status, string StatusName, string ProcedureName, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? RevisedAppointmentAt,
    IReadOnlyList<PublicStepView> Steps)
{
    public static PublicStatusView Of(Dossier d) =>
        new(d.Id, (int)d.Status, d.Status.Vietnamese(), d.Procedure.Name, d.ReceivedAt, d.AppointmentAt, d.RevisedAppointmentAt,
            [.. d.Steps.Select(s => new PublicStepView(s.Step + 1, s.Name, d.DepartmentOf(s.Department)?.Name ?? s.Department.Value, s.State))]);
}

/// <summary>A step as the public sees it: which office holds it and how far it went.</summary>
public sealed record PublicStepView(int Step, string Name, string Department, StepState State);

public sealed record TimelineEntry(int Sequence, DateTimeOffset At, string Event, int Status, string StatusName, string ActorRole, string ActorName);

/// <summary>A submission's answer: the dossier's code and status, the appointment when received at once, and the tracking secret.</summary>
public sealed record SubmissionView(string Code, int Status, string StatusName, DateTimeOffset? AppointmentAt, string TrackingSecret)
{
    public static SubmissionView Of(SubmissionResult r) => new(r.Code, (int)r.Status, r.Status.Vietnamese(), r.AppointmentAt, r.TrackingSecret);
}

public sealed record ProcedureSummary(string Code, string Name, string TimeLimit, OnlineLevel OnlineLevel, IReadOnlyList<string> Departments)
{
    public static ProcedureSummary Of(ProcedureVersion v) =>
        new(v.Code.Value, v.Name, v.TimeLimit.ToString(), v.OnlineLevel, [.. v.ProcessDepartments.Select(d => d.Value)]);
}

/// <summary>Body of a reception decision: receive, refuse (with a reason), or request a supplement (listing everything missing).</summary>
public sealed record ReceptionRequest(string? Decision, string? Reason, IReadOnlyList<string>? MissingItems);

public sealed record WithdrawalRequest(string? Reason);

public sealed record ReturnRequest(ReturnMethod Method);

/// <summary>Body of an apology (Mẫu 04): the new appointment and why the first will be missed.</summary>
public sealed record DelayRequest(DateTimeOffset? NewAppointment, string? Reason);

/// <summary>Body of a stop of processing (Mẫu 05).</summary>
public sealed record StopRequest(string? Reason);
