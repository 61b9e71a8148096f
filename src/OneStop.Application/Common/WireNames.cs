using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Common;

/// <summary>
/// The names that leave the process, written out once: a history event's name in the API's timeline and detail, a
/// command's message kind on the department and notification queues, an action's name in what a person may do.
/// They are part of the API and of the queues' contract, so they never follow a C# type's name: renaming a class
/// changes none of them, and a test pins every one. (The stored discriminators are the types' JSON attributes.)
/// </summary>
public static class WireNames
{
    public static string Event(DossierEvent e) => e switch
    {
        DossierFiled => "dossierFiled",
        ReceptionRefused => "receptionRefused",
        DossierReceived => "dossierReceived",
        StepAssigned => "stepAssigned",
        StepDecided => "stepDecided",
        StepCancelled => "stepCancelled",
        SupplementRequested => "supplementRequested",
        SupplementProvided => "supplementProvided",
        FeesRequested => "feesRequested",
        FeesPaid => "feesPaid",
        StepOverdue => "stepOverdue",
        ApologyDue => "apologyDue",
        AppointmentRevised => "appointmentRevised",
        ResultIssued => "resultIssued",
        ResultReturned => "resultReturned",
        WithdrawalRequested => "withdrawalRequested",
        ProcessingStopped => "processingStopped",
        ServiceRated => "serviceRated",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "An event without a wire name."),
    };

    public static string Command(Command command) => command switch
    {
        AssignToDepartment => "assignToDepartment",
        CancelAssignment => "cancelAssignment",
        RemindDepartment => "remindDepartment",
        NotifyDepartment => "notifyDepartment",
        NotifyApplicant => "notifyApplicant",
        IssueForm => "issueForm",
        ReportToPortal => "reportToPortal",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "A command without a wire name."),
    };

    public static string Signal(Signal signal) => signal switch
    {
        Receive => "receive",
        RefuseReception => "refuseReception",
        RequestSupplementAtReception => "requestSupplementAtReception",
        DepartmentDecision => "departmentDecision",
        ProvideSupplement => "provideSupplement",
        PayFees => "payFees",
        DeclareDelay => "declareDelay",
        RequestWithdrawal => "requestWithdrawal",
        StopProcessing => "stopProcessing",
        ReturnResult => "returnResult",
        RateService => "rateService",
        Tick => "tick",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal.GetType().Name, "A signal without a wire name."),
    };
}
