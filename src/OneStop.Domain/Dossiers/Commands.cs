using System.Text.Json.Serialization;
using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// Something a host must do after the dossier is saved. <see cref="Id"/> is stable (dossier, event, target),
/// so a host that dispatches the same command twice after a crash lets receivers drop the second.
/// The type names below are the persisted discriminators: never rename one.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssignToDepartment), "assignToDepartment")]
[JsonDerivedType(typeof(CancelAssignment), "cancelAssignment")]
[JsonDerivedType(typeof(RemindDepartment), "remindDepartment")]
[JsonDerivedType(typeof(NotifyDepartment), "notifyDepartment")]
[JsonDerivedType(typeof(NotifyApplicant), "notifyApplicant")]
[JsonDerivedType(typeof(IssueForm), "issueForm")]
[JsonDerivedType(typeof(ReportToPortal), "reportToPortal")]
public abstract record Command
{
    public string Id { get; init; } = "";

    public string DossierId { get; init; } = "";
}

public sealed record AssignToDepartment(DepartmentCode Department, int Step, string StepName, DateTimeOffset DueAt) : Command;

public sealed record CancelAssignment(DepartmentCode Department, int Step, string Reason) : Command;

public enum ReminderReason
{
    Overdue,

    /// <summary>Due within one working day (the daily reminder round).</summary>
    DueSoon,

    /// <summary>The appointment will be missed: the department must issue an apology with a new date (Mẫu 04).</summary>
    ApologyDue,
}

public sealed record RemindDepartment(DepartmentCode Department, int Step, DateTimeOffset DueAt, ReminderReason Reason) : Command;

/// <summary>Tells a department something about its step, in Vietnamese (the supplement arrived, the fees are paid).</summary>
public sealed record NotifyDepartment(DepartmentCode Department, int Step, string Message) : Command;

public enum ApplicantNotice
{
    Filed,
    Received,
    NotReceived,
    SupplementRequested,
    FeesRequested,
    Resumed,
    Delayed,
    ResultReady,
    Returned,
    Withdrawn,
    Stopped,
}

/// <summary>A message to the applicant, in Vietnamese, by whatever channel the host has.</summary>
public sealed record NotifyApplicant(ApplicantNotice Notice, string Message) : Command;

/// <summary>The forms of Circular 03/2025/TT-VPCP that the process issues.</summary>
public enum FormKind
{
    /// <summary>Mẫu 01: receipt and appointment slip.</summary>
    Mau01 = 1,

    /// <summary>Mẫu 02: supplement request.</summary>
    Mau02 = 2,

    /// <summary>Mẫu 03: refusal to receive.</summary>
    Mau03 = 3,

    /// <summary>Mẫu 04: apology and new appointment.</summary>
    Mau04 = 4,

    /// <summary>Mẫu 05: stop of processing.</summary>
    Mau05 = 5,

    /// <summary>Mẫu 06: control slip.</summary>
    Mau06 = 6,
}

/// <summary>A form to print or send, filled from the dossier as it stands after the event that issued it.</summary>
public sealed record IssueForm(FormKind Form, int EventSequence) : Command;

/// <summary>
/// The national portal must learn what happened to the dossier up to event <see cref="ThroughSequence"/>: a status
/// change or a hand-over (<see cref="Dossiers.PortalProgress"/>). One command per change of the dossier; the host
/// reports every such event not yet reported, in order, so a later command covers an earlier one.
/// </summary>
public sealed record ReportToPortal(int ThroughSequence) : Command;
