using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Api.Handlers;

public sealed record StepView(int Step, string Name, string Department, StepState State, DateTimeOffset? DueAt, DateTimeOffset? DecidedAt);

public sealed record DocumentView(string DocumentCode, string FileName, string ContentType, long Length, string Sha256);

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
        d.AppointmentAt, d.RevisedAppointmentAt,
        [.. d.Steps.Select(s => new StepView(s.Step, s.Name, s.Department.Value, s.State, s.DueAt, s.DecidedAt))],
        [.. d.Documents.Select(f => new DocumentView(f.DocumentCode, f.FileName, f.ContentType, f.Length, f.Sha256))]);
}

/// <summary>The public status lookup: where the dossier stands, and nothing about the person.</summary>
public sealed record PublicStatusView(string Code, int Status, string StatusName, string ProcedureName, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? RevisedAppointmentAt)
{
    public static PublicStatusView Of(Dossier d) =>
        new(d.Id, (int)d.Status, d.Status.Vietnamese(), d.Procedure.Name, d.ReceivedAt, d.AppointmentAt, d.RevisedAppointmentAt);
}

public sealed record TimelineEntry(int Sequence, DateTimeOffset At, string Event, int Status, string StatusName, string ActorRole, string ActorName);

public sealed record WorklistItem(string Code, string ProcedureName, int Step, string StepName, DossierStatus Status, DateTimeOffset? DueAt, bool Overdue);

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
