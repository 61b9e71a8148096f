using System.Security.Cryptography;
using System.Text;
using OneStop.Application.Access;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Decisions;

/// <summary>What an officer decides on their department's step, as typed in the workspace; steps count from 1.</summary>
public sealed record OfficerDecision(int Step, DecisionKind Decision, string? Note, IReadOnlyList<string>? MissingItems, long FeeAmountVnd, string? ResultReference);

/// <summary>What became of a decision sent over HTTP: handed to the dossier's workflow, or applied already by an earlier request.</summary>
public sealed record DecisionReceipt(string DecisionId, string DossierCode, bool AlreadyApplied);

/// <summary>
/// A department officer's decision made in the workspace. It is checked now (the caller's department holds the
/// step, the engine would accept it) so that a refusal is answered at once and changes nothing, then handed to the
/// dossier's workflow as the department's system would send it: the same message on the same path (the decision
/// queue in the self-hosted server, the Durable event in Azure), with the officer's identity from the token. Its
/// decision id follows from the department, the officer and the Idempotency-Key, so a request sent twice is applied
/// once.
/// </summary>
public sealed class OfficerDecisions(DossierService dossiers, TimeProvider time)
{
    /// <exception cref="InputRejectedException">No Idempotency-Key, or a decision without what it needs.</exception>
    /// <exception cref="DossierNotFoundException">No such dossier, or not one the officer's department may see.</exception>
    /// <exception cref="SignalRefusedException">The engine would refuse the decision; nothing was sent.</exception>
    public async Task<DecisionReceipt> DecideAsync(string code, OfficerDecision input, Actor officer, string? idempotencyKey, IWorkflowRelay relay, CancellationToken cancellationToken = default)
    {
        if (officer is not { Role: ActorRole.DepartmentOfficer, Department: { } department })
        {
            throw new SignalRefusedException(Refusals.NotPermitted(officer));
        }
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            throw new InputRejectedException([new("Idempotency-Key", "Thiếu tiêu đề Idempotency-Key (tối đa 100 ký tự) để một quyết định gửi lại không bị ghi hai lần.")]);
        }
        if (input.Step < 1)
        {
            throw new InputRejectedException([new("step", "Bước xử lý được đánh số từ 1.")]);
        }
        var stored = await dossiers.ReadAsync(code, officer, AccessPolicy.ChangePurpose, cancellationToken);
        var decision = new DepartmentDecision(DecisionId(department, officer, idempotencyKey), department, input.Step - 1, input.Decision, input.Note, input.MissingItems, input.FeeAmountVnd, input.ResultReference)
        {
            Actor = officer,
        };
        if (stored.Dossier.HandledDecisionIds.Contains(decision.DecisionId))
        {
            return new DecisionReceipt(decision.DecisionId, stored.Dossier.Id, AlreadyApplied: true);
        }
        if (await dossiers.PreviewAsync(stored.Dossier.Id, decision, cancellationToken) is { } refusal)
        {
            throw new SignalRefusedException(refusal);
        }
        var message = MessageEnvelope.Create(DecisionMessage.Kind, decision.DecisionId, stored.Dossier.Id, decision, time.GetUtcNow());
        await relay.HandOverAsync(department, message, cancellationToken);
        return new DecisionReceipt(decision.DecisionId, stored.Dossier.Id, AlreadyApplied: false);
    }

    private static string DecisionId(DepartmentCode department, Actor officer, string key) =>
        $"web:{department}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{officer.Id}\n{key}")))[..32]}";
}
