using System.Text.Json.Serialization;
using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// One entry of a dossier's history: what happened, when, by whom, and the status it left the dossier in.
/// The history is append-only; the control slip, the tracking book and the on-time report are read from it.
/// The type names below are the persisted discriminators: never rename one.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DossierFiled), "filed")]
[JsonDerivedType(typeof(ReceptionRefused), "receptionRefused")]
[JsonDerivedType(typeof(DossierReceived), "received")]
[JsonDerivedType(typeof(StepAssigned), "stepAssigned")]
[JsonDerivedType(typeof(StepDecided), "stepDecided")]
[JsonDerivedType(typeof(StepCancelled), "stepCancelled")]
[JsonDerivedType(typeof(SupplementRequested), "supplementRequested")]
[JsonDerivedType(typeof(SupplementProvided), "supplementProvided")]
[JsonDerivedType(typeof(FeesRequested), "feesRequested")]
[JsonDerivedType(typeof(FeesPaid), "feesPaid")]
[JsonDerivedType(typeof(StepOverdue), "stepOverdue")]
[JsonDerivedType(typeof(ApologyDue), "apologyDue")]
[JsonDerivedType(typeof(AppointmentRevised), "appointmentRevised")]
[JsonDerivedType(typeof(ResultIssued), "resultIssued")]
[JsonDerivedType(typeof(ResultReturned), "resultReturned")]
[JsonDerivedType(typeof(WithdrawalRequested), "withdrawalRequested")]
[JsonDerivedType(typeof(ProcessingStopped), "processingStopped")]
[JsonDerivedType(typeof(ServiceRated), "serviceRated")]
public abstract record DossierEvent
{
    /// <summary>1 for the first event of a dossier, then consecutive.</summary>
    public int Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    public Actor Actor { get; init; } = Actor.System;

    /// <summary>The dossier's status after the event.</summary>
    public DossierStatus Status { get; init; }
}

public sealed record DossierFiled(IntakeChannel Channel, string IntakePointCode) : DossierEvent;

public sealed record ReceptionRefused(string Reason) : DossierEvent;

/// <summary>Received complete: the clock starts and the appointment (ngày hẹn trả) is set.</summary>
public sealed record DossierReceived(DateTimeOffset ClockStart, DateTimeOffset Appointment) : DossierEvent;

public sealed record StepAssigned(int Step, DepartmentCode Department, DateTimeOffset DueAt) : DossierEvent;

public sealed record StepDecided(int Step, DepartmentCode Department, DecisionKind Decision, string DecisionId, string? Note) : DossierEvent;

public sealed record StepCancelled(int Step, DepartmentCode Department, string Reason) : DossierEvent;

/// <summary>A supplement asked (Mẫu 02); <see cref="Step"/> is null when reception asked.</summary>
public sealed record SupplementRequested(int? Step, DepartmentCode? Department, IReadOnlyList<string> Items, string Reason) : DossierEvent;

/// <summary>The applicant complied; <see cref="Appointment"/> is the appointment after the clock resumed, if it runs.</summary>
public sealed record SupplementProvided(IReadOnlyList<SubmittedDocument> Documents, DateTimeOffset? Appointment) : DossierEvent;

public sealed record FeesRequested(int Step, DepartmentCode Department, long AmountVnd, string Reason) : DossierEvent;

public sealed record FeesPaid(long AmountVnd, string PaymentReference, DateTimeOffset Appointment) : DossierEvent;

public sealed record StepOverdue(int Step, DepartmentCode Department, DateTimeOffset DueAt) : DossierEvent;

/// <summary>One working day before the appointment and still unfinished: an apology (Mẫu 04) is due.</summary>
public sealed record ApologyDue(DateTimeOffset Appointment) : DossierEvent;

/// <summary>The apology letter (Mẫu 04) was issued with a new date.</summary>
public sealed record AppointmentRevised(DateTimeOffset NewAppointment, string Reason, bool IssuedInTime) : DossierEvent;

public enum ResultOutcome
{
    /// <summary>The result the applicant asked for (a licence, a certificate, ...).</summary>
    Granted,

    /// <summary>A written refusal with reasons: the dossier is processed, with a negative result.</summary>
    Refused,
}

public sealed record ResultIssued(ResultOutcome Outcome, string? ResultReference, string? Reason) : DossierEvent;

public enum ReturnMethod
{
    Counter,
    Post,
    Online,
}

public sealed record ResultReturned(ReturnMethod Method) : DossierEvent;

public sealed record WithdrawalRequested(string Reason) : DossierEvent;

/// <summary>Processing stopped: by the agency (Mẫu 05), or after a withdrawal.</summary>
public sealed record ProcessingStopped(string Reason, bool Withdrawn) : DossierEvent;

/// <summary>The applicant's satisfaction with the service, once the result is returned: a score from 1 to 5 and a comment.</summary>
public sealed record ServiceRated(int Score, string? Comment) : DossierEvent;
