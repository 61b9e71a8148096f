using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Access;

/// <summary>
/// The one answer to "may this person see or do this", asked by every use case for every read and every action;
/// nothing else decides it (the HTTP layer checks only a route's roles, and the pages show what this says).
/// <list type="bullet">
/// <item>An applicant sees the dossiers they filed under their own account.</item>
/// <item>A reception officer of the center's own desks sees every dossier of the province; one of a branch or a
/// commune's reception point sees the dossiers received at that point.</item>
/// <item>A department's officers see a dossier once a step of it is assigned to their department, and the work list
/// of their own department only.</item>
/// <item>The center's leaders see everything; administrators manage the catalog and the center, not dossiers.</item>
/// </list>
/// What a person may do with a dossier they see is the engine's to say: <see cref="ActionsOf"/> asks it.
/// </summary>
public sealed class AccessPolicy(IntakePointDirectory intakePoints, IAccessLog log, TimeProvider time)
{
    /// <summary>The purpose recorded when an action on a dossier is refused (the reads record their own route).</summary>
    public const string ChangePurpose = "ChangeDossier";

    /// <summary>Engine refusals that say the input was incomplete, not that the action is closed to the caller now.</summary>
    private static readonly HashSet<string> InputRefusals =
        ["reason_required", "items_required", "documents_required", "rating_invalid", "fee_amount_invalid", "payment_reference_required", "new_date_not_later", "new_date_out_of_range"];

    public DossierScope ScopeOf(Actor caller) => caller.Role switch
    {
        ActorRole.Applicant => new DossierScope { ApplicantAccount = caller.Id },
        ActorRole.ReceptionOfficer when caller.IntakePoint is { } own && intakePoints.Find(own) is { Kind: not IntakePointKind.Center } =>
            new DossierScope { IntakePoint = own },
        ActorRole.ReceptionOfficer or ActorRole.Leader or ActorRole.System => DossierScope.Everything,
        ActorRole.DepartmentOfficer => new DossierScope { Department = caller.Department?.Value ?? throw new InvalidOperationException("A department officer without a department.") },
        _ => DossierScope.Nothing,
    };

    public bool MayRead(Dossier dossier, Actor caller) => ScopeOf(caller).Contains(dossier);

    /// <summary>
    /// Lets the caller read or act on the dossier, or refuses. An officer of the province refused a dossier outside
    /// their place of work is answered so (<see cref="AccessDeniedException"/>), and the attempt is recorded in the
    /// access log first; an applicant or a department is told no such dossier exists, as for a code that does not.
    /// </summary>
    /// <exception cref="AccessDeniedException">A reception officer outside the dossier's intake point.</exception>
    /// <exception cref="DossierNotFoundException">Not the applicant's, or not yet the department's.</exception>
    public async Task DemandAsync(Dossier dossier, Actor caller, string purpose, CancellationToken cancellationToken = default)
    {
        if (MayRead(dossier, caller))
        {
            return;
        }
        if (caller.Role is ActorRole.ReceptionOfficer or ActorRole.Leader)
        {
            await log.AppendAsync(AccessRecord.Of(dossier.Id, caller, purpose, time.GetUtcNow()) with { Refused = true }, cancellationToken);
            throw new AccessDeniedException(
                "outside_intake_point", $"Hồ sơ {dossier.Id} thuộc {dossier.IntakePoint.Name}; cán bộ chỉ xem và xử lý hồ sơ của nơi tiếp nhận mình.");
        }
        throw new DossierNotFoundException(dossier.Id);
    }

    /// <summary>A department's work list: its own officers, and the center's leaders and reception desks.</summary>
    /// <exception cref="AccessDeniedException">A department officer asking for another department's list.</exception>
    public void DemandWorkList(DepartmentCode department, Actor caller)
    {
        if (caller.Role == ActorRole.DepartmentOfficer && caller.Department != department)
        {
            throw new AccessDeniedException("other_department", "Cán bộ chỉ xem được danh sách hồ sơ của đơn vị mình.");
        }
    }

    /// <summary>
    /// What the caller may do with the dossier now, by the names of the signals (<see cref="WireNames.Signal"/>): each
    /// action their role could take is put to the engine, and listed unless the engine would refuse it for what it is
    /// (wrong status, not their step, not permitted) rather than for input still to be given (a reason, the papers).
    /// </summary>
    public IReadOnlyList<string> ActionsOf(Dossier dossier, Actor caller, DossierEngine engine)
    {
        if (!MayRead(dossier, caller))
        {
            return [];
        }
        var now = time.GetUtcNow();
        return [.. Candidates(dossier, caller)
            .Select(signal => signal with { Actor = caller })
            .Where(signal => engine.Advance(dossier, signal, now).Refusal is not { } refusal || InputRefusals.Contains(refusal.Code))
            .Select(WireNames.Signal)
            .Distinct()];
    }

    private static IEnumerable<Signal> Candidates(Dossier dossier, Actor caller)
    {
        switch (caller.Role)
        {
            case ActorRole.Applicant:
                yield return new ProvideSupplement([]);
                yield return new PayFees(0, "");
                yield return new RequestWithdrawal("");
                yield return new RateService(0, null);
                break;
            case ActorRole.ReceptionOfficer:
                yield return new Receive();
                yield return new RefuseReception("");
                yield return new RequestSupplementAtReception([], "");
                yield return new ProvideSupplement([]);
                yield return new RequestWithdrawal("");
                yield return new ReturnResult(ReturnMethod.Counter);
                break;
            case ActorRole.DepartmentOfficer:
                foreach (var step in dossier.Steps.Where(s => s.Department == caller.Department && s.State == StepState.Active))
                {
                    yield return new DepartmentDecision("preview", step.Department, step.Step, DecisionKind.Approve);
                }
                yield return new DeclareDelay(default, "");
                yield return new StopProcessing("");
                break;
            case ActorRole.Leader:
                yield return new DeclareDelay(default, "");
                yield return new StopProcessing("");
                break;
        }
    }
}
