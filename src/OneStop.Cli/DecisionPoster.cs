using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Cli;

/// <summary>A decision as an officer gives it on the command line (steps counted from 1, as on the control slip).</summary>
public sealed record DecisionInput(
    string Dossier, string Department, int Step, DecisionKind Decision, string Officer, string? OfficerName = null,
    string? Note = null, IReadOnlyList<string>? Missing = null, long Fee = 0, string? Result = null);

/// <summary>Posts a department's decision on that department's decision queue, as the department's own system would.</summary>
public sealed class DecisionPoster(IMessageQueue queue, TimeProvider time)
{
    public async Task<MessageEnvelope> PostAsync(DecisionInput input, CancellationToken cancellationToken = default)
    {
        if (!DossierCode.TryParse(input.Dossier, out var code))
        {
            throw new ArgumentException($"'{input.Dossier}' is not a dossier code.");
        }
        if (input.Step < 1)
        {
            throw new ArgumentException("Steps are counted from 1.");
        }
        var department = new DepartmentCode(input.Department);
        var decision = new DepartmentDecision(
            // One id per officer, dossier, step and decision: posting the same decision twice is one decision.
            $"cli:{input.Officer}:{code.Value}:{input.Step}:{input.Decision}",
            department, input.Step - 1, input.Decision, input.Note, input.Missing, input.Fee, input.Result)
        {
            Actor = Actor.DepartmentOfficer(input.Officer, input.OfficerName ?? input.Officer, department),
        };
        var envelope = MessageEnvelope.Create(DecisionMessage.Kind, decision.DecisionId, code.Value, decision, time.GetUtcNow());
        await queue.SendAsync(QueueNames.Decisions(department), envelope, cancellationToken);
        return envelope;
    }
}
