using OneStop.Application.Filing;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>A step of the dossier's process: numbered from 1, as on the control slip (Mẫu 06) and in the workspace.</summary>
public sealed record StepView(int Step, string Name, string Department, string DepartmentName, StepState State, DateTimeOffset? DueAt, DateTimeOffset? DecidedAt)
{
    public static StepView Of(StepProgress s, Dossier d) =>
        new(s.Step + 1, s.Name, s.Department.Value, d.DepartmentOf(s.Department)?.Name ?? s.Department.Value, s.State, s.DueAt, s.DecidedAt);
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
    IReadOnlyList<DocumentView> Documents,
    WaitingView? Waiting,
    ResultView? Result,
    RatingView? Rating)
{
    /// <summary>What the signed-in person may do with the dossier now, by action name (provideSupplement, rateService, …).</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The forms the dossier has (mau-01 … mau-06, ket-qua), each printable from /forms/{form}.</summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary>The papers of the procedure version the dossier was filed under (not the version in force today).</summary>
    public required IReadOnlyList<RequiredDocument> RequiredDocuments { get; init; }

    /// <summary>Where the result is handed back: the point the applicant chose, or the intake point.</summary>
    public required string ResultPoint { get; init; }

    public required string ResultPointName { get; init; }

    /// <param name="actions">What the reader may do with the dossier now (<see cref="Application.Access.AccessPolicy.ActionsOf"/>).</param>
    public static DossierView Of(Dossier d, IReadOnlyList<string> actions) => new(
        d.Id, (int)d.Status, d.Status.Vietnamese(), d.Procedure.Code.Value, d.Procedure.Name, d.Applicant.FullName, d.FiledAt, d.ReceivedAt,
        d.AppointmentAt, d.RevisedAppointmentAt, [.. d.Steps.Select(s => StepView.Of(s, d))], DocumentsOf(d),
        d.Waiting is { } w ? new WaitingView(w.Kind, w.Items, w.AmountVnd, w.Reason, w.RequestedAt) : null,
        d.History.OfType<ResultIssued>().LastOrDefault() is { } issued ? new ResultView(issued.Outcome, issued.ResultReference, issued.Reason) : null,
        d.Rating is { } r ? new RatingView(r.Score, r.Comment, r.At) : null)
    {
        Actions = actions,
        Forms = DossierForms.Of(d),
        RequiredDocuments = d.Procedure.Documents,
        ResultPoint = d.ResultPoint().Code,
        ResultPointName = d.ResultPoint().Name,
    };

    public static IReadOnlyList<DocumentView> DocumentsOf(Dossier d) =>
        [.. d.Documents.Select((f, i) => new DocumentView(i + 1, f.DocumentCode, f.FileName, f.ContentType, f.Length, f.Sha256, $"/api/dossiers/{d.Id}/documents/{i + 1}"))];
}

/// <summary>What the dossier waits for from its applicant (status 5 or 6): the papers to add, or the amount to pay, and why.</summary>
public sealed record WaitingView(RequestKind Kind, IReadOnlyList<string> Items, long AmountVnd, string Reason, DateTimeOffset RequestedAt);

/// <summary>The applicant's rating of the service.</summary>
public sealed record RatingView(int Score, string? Comment, DateTimeOffset At);

/// <summary>The applicant rates the service: a score from 1 to 5, and a comment.</summary>
public sealed record RatingRequest(int? Score, string? Comment);

/// <summary>An intake point: the center, a branch, or a commune's reception point.</summary>
public sealed record IntakePointView(string Code, string Name, IntakePointKind Kind);

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
