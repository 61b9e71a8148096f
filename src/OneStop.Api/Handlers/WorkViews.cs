using OneStop.Application.Access;
using OneStop.Application.Workflow;
using OneStop.Application.Worklists;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>A step under way at a department: due when, how urgent (OnTrack, DueSoon, Overdue), working hours left.</summary>
public sealed record WorkItemView(
    string Code, string ProcedureName, int Step, string StepName, string Department, int Status, string StatusName, DateTimeOffset? DueAt,
    Urgency Urgency, double? WorkingHoursLeft)
{
    public static WorkItemView Of(WorkItem i) => new(
        i.Dossier.Id, i.Dossier.Procedure.Name, i.Step.Step.Step + 1, i.Step.Step.Name, i.Step.Step.Department.Value, (int)i.Dossier.Status,
        i.Dossier.Status.Vietnamese(), i.Step.Step.DueAt, i.Step.Urgency, i.WorkingTimeLeft is { } left ? Math.Round(left.TotalHours, 1) : null);
}

/// <summary>"My work": the department's steps under way, with how many are due soon and overdue.</summary>
public sealed record WorkView(string Department, int DueSoon, int Overdue, IReadOnlyList<WorkItemView> Items)
{
    public static WorkView Of(string department, IReadOnlyList<WorkItem> items) => new(
        department, items.Count(i => i.Step.Urgency == Urgency.DueSoon), items.Count(i => i.Step.Urgency == Urgency.Overdue), [.. items.Select(WorkItemView.Of)]);
}

/// <summary>The center's deadline list.</summary>
public sealed record DeadlinesView(IReadOnlyList<WorkItemView> Overdue, IReadOnlyList<WorkItemView> DueSoon, IReadOnlyList<DossierSummary> OweApology)
{
    public static DeadlinesView Of(CenterDeadlines d) =>
        new([.. d.Overdue.Select(WorkItemView.Of)], [.. d.DueSoon.Select(WorkItemView.Of)], [.. d.OweApology.Select(DossierSummary.Of)]);
}

/// <summary>One line of the Decision 766 on-time report: what was received, carried over, finished early, on time, late, still open, withdrawn, stopped.</summary>
public sealed record OnTimeRowView(
    string Key, string Name, int Received, int CarriedOver, int Early, int OnTime, int Late, int OpenWithinLimit, int OpenOverdue, int Withdrawn, int Stopped,
    int Online, int Finished, double OnTimeRate, double OnlineShare)
{
    public static OnTimeRowView Of(OnTimeReportRow r) => new(
        r.Key, r.Name, r.Received, r.CarriedOver, r.Early, r.OnTime, r.Late, r.OpenWithinLimit, r.OpenOverdue, r.Withdrawn, r.Stopped, r.Online, r.Finished, r.OnTimeRate, r.OnlineShare);
}

/// <summary>The applicants' ratings of one department or procedure: how many, the mean, the share satisfied, each score's count (1 to 5), the comments.</summary>
public sealed record SatisfactionRowView(string Key, string Name, int Ratings, double Average, double SatisfiedShare, IReadOnlyList<int> Scores, IReadOnlyList<string> Comments)
{
    public static SatisfactionRowView Of(SatisfactionRow r) => new(r.Key, r.Name, r.Ratings, r.Average, r.SatisfiedShare, r.Scores, r.Comments);
}

/// <summary>What one counter of one intake point received on one day (yyyy-MM-dd).</summary>
public sealed record IntakeCountView(string Day, string IntakePoint, string IntakePointName, string OfficerId, string OfficerName, int Received, int Online)
{
    public static IntakeCountView Of(IntakeCount c) =>
        new(c.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.IntakePoint, c.IntakePointName, c.OfficerId, c.OfficerName, c.Received, c.Online);
}

/// <summary>One read of personal data, or an attempt the access policy refused, as the access log shows it to the center's leaders.</summary>
public sealed record AccessRecordView(DateTimeOffset At, string Dossier, string ActorId, string ActorName, string ActorRole, string? Department, string Route, bool Refused)
{
    public static AccessRecordView Of(AccessRecord r) => new(r.At, r.DossierId, r.ActorId, r.ActorName, r.ActorRole.Vietnamese(), r.Department, r.Route, r.Refused);
}

/// <summary>An open dossier nothing relays: its status (code and name) and how its relay stands.</summary>
public sealed record StalledWorkflowView(string Code, int Status, string StatusName, RelayState Relay);

/// <summary>The administrators' view of the workflow: stalled dossiers, and decisions parked after failing every try.</summary>
public sealed record WorkflowReportView(IReadOnlyList<StalledWorkflowView> Stalled, IReadOnlyList<HeldSignal> Parked)
{
    public static WorkflowReportView Of(WorkflowReport report) =>
        new([.. report.Stalled.Select(s => new StalledWorkflowView(s.Code, (int)s.Status, s.Status.Vietnamese(), s.Relay))], report.Parked);
}

/// <summary>What became of a decision sent from the workspace: handed to the dossier's workflow (202), or applied already.</summary>
public sealed record DecisionReceiptView(string DecisionId, string Dossier, string State, string Message);

/// <summary>Body of a department officer's decision: the step (from 1), approve/reject/requestSupplement/requestFees, and what each needs.</summary>
public sealed record StepDecisionRequest(int Step, DecisionKind? Decision, string? Note, IReadOnlyList<string>? MissingItems, long? FeeAmountVnd, string? ResultReference);

/// <summary>The signed-in user: role (Applicant, ReceptionOfficer, DepartmentOfficer, Leader, Administrator), and where they work.</summary>
public sealed record MeView(string Role, string Subject, string Name, string? Department, string? DepartmentName, string? IntakePoint, string? IntakePointName);

/// <summary>A counter's day (local date yyyy-MM-dd): dossiers received and results returned at the intake point.</summary>
public sealed record CounterDayView(string IntakePoint, string Day, int Received, int Returned);
