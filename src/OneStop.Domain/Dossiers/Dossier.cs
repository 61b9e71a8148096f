using System.Collections.Immutable;
using System.Text.Json.Serialization;
using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// A dossier (hồ sơ): one aggregate, one document in the store. It carries its procedure version as it was
/// when filed, its whole history, and an outbox of commands not yet dispatched, so that saving it is one
/// write and nothing about it lives anywhere else. Only the engine (Workflow.DossierEngine) changes it.
/// </summary>
public sealed record Dossier
{
    public required DossierCode Code { get; init; }

    /// <summary>The identifier in stores and workflows: the dossier code itself.</summary>
    public string Id => Code.Value;

    public required Applicant Applicant { get; init; }

    /// <summary>The procedure version in force when the dossier was filed; it stays with the dossier.</summary>
    public required ProcedureVersion Procedure { get; init; }

    /// <summary>The departments of the procedure's process, as the catalog knew them at filing.</summary>
    public required ImmutableArray<Department> Departments { get; init; }

    public required IntakeChannel Channel { get; init; }

    public required IntakePoint IntakePoint { get; init; }

    /// <summary>Where the applicant chose to collect the result, when not where it was received; null: at the intake point.</summary>
    public IntakePoint? ReturnPoint { get; init; }

    /// <summary>Where the result is handed back: the point the applicant chose, or the intake point.</summary>
    public IntakePoint ResultPoint() => ReturnPoint ?? IntakePoint;

    public ImmutableArray<SubmittedDocument> Documents { get; init; } = [];

    /// <summary>SHA-256 (hex) of the applicant's tracking secret, for the public status lookup.</summary>
    public string? TrackingSecretHash { get; init; }

    /// <summary>The tracking secret as printed on the receipt (Mẫu 01); null for dossiers filed before it was kept.</summary>
    public string? TrackingSecret { get; init; }

    public DossierStatus Status { get; init; } = DossierStatus.Registered;

    public DateTimeOffset FiledAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>The time limit's clock; null until the dossier is received complete.</summary>
    public WorkClock? Clock { get; init; }

    /// <summary>The appointment date (ngày hẹn trả kết quả); moved only by the clock stopping for the applicant.</summary>
    public DateTimeOffset? AppointmentAt { get; init; }

    /// <summary>The new date promised by an apology letter (Mẫu 04); it does not make a late dossier on time.</summary>
    public DateTimeOffset? RevisedAppointmentAt { get; init; }

    public ImmutableArray<StepProgress> Steps { get; init; } = [];

    /// <summary>The index of the process step under way; -1 before the transfer to the first department.</summary>
    public int CurrentStep { get; init; } = -1;

    public PendingRequest? Waiting { get; init; }

    public bool SupplementRequestedAtReception { get; init; }

    /// <summary>Supplement requests after receipt, by every department together (each department's step may ask once).</summary>
    public int SupplementRequestsAfterReceipt { get; init; }

    /// <summary>The due date for which an apology was last found due, so it is raised once per date.</summary>
    public DateTimeOffset? ApologyRaisedFor { get; init; }

    public ResultOutcome? Outcome { get; init; }

    /// <summary>When processing ended: result issued, stopped, withdrawn or refused at reception.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>The account of the applicant who filed the dossier online (null for one filed at a counter): who may follow it in "my dossiers".</summary>
    [JsonIgnore]
    public string? ApplicantAccount => History.Length > 0 && History[0].Actor is { Role: ActorRole.Applicant } filer ? filer.Id : null;

    /// <summary>The applicant's rating of the service, once given.</summary>
    [JsonIgnore]
    public ServiceRated? Rating => History.OfType<ServiceRated>().FirstOrDefault();

    public ImmutableArray<DossierEvent> History { get; init; } = [];

    /// <summary>Commands decided but not yet confirmed as dispatched.</summary>
    public ImmutableArray<Command> Outbox { get; init; } = [];

    /// <summary>Ids of department decisions already applied, so a redelivered message changes nothing.</summary>
    public ImmutableArray<string> HandledDecisionIds { get; init; } = [];

    public Department? DepartmentOf(DepartmentCode code) => Departments.FirstOrDefault(d => d.Code == code);

    public IEnumerable<StepProgress> ActiveSteps => Steps.Where(s => s.State == StepState.Active);

    /// <summary>The dossier without the dispatched commands in its outbox.</summary>
    public Dossier WithDispatched(IEnumerable<string> commandIds)
    {
        var dispatched = commandIds.ToHashSet();
        return this with { Outbox = [.. Outbox.Where(c => !dispatched.Contains(c.Id))] };
    }

    public override string ToString() => $"Dossier {{ Code = {Code}, Status = {Status}, Procedure = {Procedure.Code} v{Procedure.Version} }}";
}
