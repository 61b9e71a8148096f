using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Server.Tests;

/// <summary>Builds what a department's system posts on its decision queue: its officer's decision on one step.</summary>
internal static class Departments
{
    public static MessageEnvelope Decision(
        string code, DepartmentCode department, int step, DecisionKind kind = DecisionKind.Approve, string? note = null, IReadOnlyList<string>? missing = null)
    {
        var decision = new DepartmentDecision($"{code}-{department}-{step}-{kind}-{Guid.NewGuid():N}", department, step, kind, note ?? "Ý kiến thẩm định", missing)
        {
            Actor = Actor.DepartmentOfficer($"officer-{department}", $"Chuyên viên {department}", department),
        };
        return MessageEnvelope.Create(DecisionMessage.Kind, decision.DecisionId, code, decision, DateTimeOffset.UtcNow);
    }
}
