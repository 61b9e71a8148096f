using System.Text.Json.Serialization;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

/// <summary>
/// Something that happens to a dossier from outside: a person's decision, a message, or the passing of time.
/// The engine answers every signal in every status, moving the dossier or refusing with a reason.
/// The type names below are the wire discriminators: never rename one.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Receive), "receive")]
[JsonDerivedType(typeof(RefuseReception), "refuseReception")]
[JsonDerivedType(typeof(RequestSupplementAtReception), "requestSupplementAtReception")]
[JsonDerivedType(typeof(DepartmentDecision), "departmentDecision")]
[JsonDerivedType(typeof(ProvideSupplement), "provideSupplement")]
[JsonDerivedType(typeof(PayFees), "payFees")]
[JsonDerivedType(typeof(DeclareDelay), "declareDelay")]
[JsonDerivedType(typeof(RequestWithdrawal), "requestWithdrawal")]
[JsonDerivedType(typeof(StopProcessing), "stopProcessing")]
[JsonDerivedType(typeof(ReturnResult), "returnResult")]
[JsonDerivedType(typeof(RateService), "rateService")]
[JsonDerivedType(typeof(Tick), "tick")]
public abstract record Signal
{
    public Actor Actor { get; init; } = Actor.System;
}

/// <summary>A reception officer finds the dossier complete and competent, and receives it.</summary>
public sealed record Receive : Signal;

/// <summary>Reception refuses the dossier: not competent, or not eligible (Mẫu 03).</summary>
public sealed record RefuseReception(string Reason) : Signal;

/// <summary>Reception finds the dossier incomplete and lists, once, everything missing (Mẫu 02).</summary>
public sealed record RequestSupplementAtReception(IReadOnlyList<string> MissingItems, string Reason) : Signal;

/// <summary>A department's decision on its step, with an id the department's system keeps stable across retries.</summary>
public sealed record DepartmentDecision(
    string DecisionId,
    DepartmentCode Department,
    int Step,
    DecisionKind Decision,
    string? Note = null,
    IReadOnlyList<string>? MissingItems = null,
    long FeeAmountVnd = 0,
    string? ResultReference = null) : Signal;

public sealed record ProvideSupplement(IReadOnlyList<SubmittedDocument> Documents) : Signal;

public sealed record PayFees(long AmountVnd, string PaymentReference) : Signal;

/// <summary>The department that will be late issues the apology (Mẫu 04) with a new date.</summary>
public sealed record DeclareDelay(DateTimeOffset NewAppointment, string Reason) : Signal;

public sealed record RequestWithdrawal(string Reason) : Signal;

/// <summary>The applicant rates the service once the result is returned: 1 (very dissatisfied) to 5 (very satisfied).</summary>
public sealed record RateService(int Score, string? Comment) : Signal
{
    public const int MaxCommentLength = 1000;
}

/// <summary>The competent authority stops processing (Mẫu 05).</summary>
public sealed record StopProcessing(string Reason) : Signal;

public sealed record ReturnResult(ReturnMethod Method) : Signal;

/// <summary>Time has passed: deadlines that fell due are acted on.</summary>
public sealed record Tick : Signal;
