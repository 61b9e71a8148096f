using System.Text.Json;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Workflow;

/// <summary>
/// A message of a department's decision queue, as the department's own system sends it: its kind, and the decision it
/// carries. A department's queue carries only its own officers' decisions on its own steps.
/// </summary>
public static class DecisionMessage
{
    public const string Kind = "departmentDecision";

    /// <summary>The decision a message carries, if the queue it came from may carry it.</summary>
    /// <exception cref="MessageRejectedException">Unreadable, not a decision, or not the queue's department's own.</exception>
    public static DepartmentDecision Read(DepartmentCode queueDepartment, MessageEnvelope message)
    {
        if (message.Kind != Kind)
        {
            throw new MessageRejectedException($"a decision queue carries '{Kind}' messages, not '{message.Kind}'");
        }
        DepartmentDecision decision;
        try
        {
            decision = message.ReadBody<DepartmentDecision>();
        }
        catch (JsonException e)
        {
            throw new MessageRejectedException($"unreadable decision: {e.Message}");
        }
        if (decision.Department != queueDepartment || decision.Actor.Role != ActorRole.DepartmentOfficer || decision.Actor.Department != queueDepartment)
        {
            throw new MessageRejectedException($"{queueDepartment}'s decision queue carries only its own officers' decisions on its own steps");
        }
        return decision;
    }
}
