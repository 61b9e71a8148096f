using System.Text.Json;
using OneStop.Application.Messaging;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Dossiers;

/// <summary>
/// Turns a message from a department's decision queue into a signal. A department's queue carries only its own
/// officers' decisions on its own steps; anything else, and anything the engine refuses, is rejected to the
/// poison queue with the reason, and the dossier is not touched.
/// </summary>
public sealed class DecisionMessages(DossierService dossiers)
{
    public const string Kind = "departmentDecision";

    public async Task HandleAsync(DepartmentCode queueDepartment, MessageEnvelope message, CancellationToken cancellationToken)
    {
        DepartmentDecision decision;
        try
        {
            decision = message.ReadBody<DepartmentDecision>();
        }
        catch (JsonException e)
        {
            throw new MessageRejectedException($"unreadable decision: {e.Message}");
        }
        if (message.Kind != Kind)
        {
            throw new MessageRejectedException($"a decision queue carries '{Kind}' messages, not '{message.Kind}'");
        }
        if (decision.Department != queueDepartment || decision.Actor.Role != ActorRole.DepartmentOfficer || decision.Actor.Department != queueDepartment)
        {
            throw new MessageRejectedException($"{queueDepartment}'s decision queue carries only its own officers' decisions on its own steps");
        }
        try
        {
            await dossiers.ApplyAsync(message.DossierId, decision, cancellationToken);
        }
        catch (SignalRefusedException refused)
        {
            throw new MessageRejectedException($"{refused.Refusal.Code}: {refused.Refusal.Message}");
        }
        catch (DossierNotFoundException notFound)
        {
            throw new MessageRejectedException(notFound.Message);
        }
    }
}
