using System.Text.Json;
using OneStop.Application.Messaging;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Dossiers;

/// <summary>
/// Turns a message from a department's decision queue into a signal. A department's queue carries only its own
/// officers' decisions on its own steps; anything else, and anything the engine refuses, is rejected to the
/// poison queue (dead-letter queue in Azure) with the reason, and the dossier is not touched.
/// </summary>
public sealed class DecisionMessages(DossierService dossiers, DossierTurns turns)
{
    public const string Kind = "departmentDecision";

    /// <summary>The decision a message carries, if the queue it came from may carry it.</summary>
    /// <exception cref="MessageRejectedException">Unreadable, not a decision, or not the queue's department's own.</exception>
    public static DepartmentDecision Validate(DepartmentCode queueDepartment, MessageEnvelope message)
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

    /// <summary>
    /// Checks a message without changing anything: its queue may carry it, its dossier exists, and the engine would
    /// accept it now. The Service Bus trigger does this before raising the event, so a message that can never
    /// succeed is dead-lettered with its reason instead of being lost inside the orchestration.
    /// </summary>
    /// <exception cref="MessageRejectedException">Why the message can never succeed.</exception>
    public async Task VetAsync(DepartmentCode queueDepartment, MessageEnvelope message, CancellationToken cancellationToken)
    {
        var decision = Validate(queueDepartment, message);
        Refusal? refusal;
        try
        {
            refusal = await dossiers.PreviewAsync(message.DossierId, decision, cancellationToken);
        }
        catch (DossierNotFoundException notFound)
        {
            throw new MessageRejectedException(notFound.Message);
        }
        if (refusal is not null)
        {
            throw new MessageRejectedException($"{refusal.Code}: {refusal.Message}");
        }
    }

    /// <summary>Applies a message as one turn of its dossier (the server's decision worker).</summary>
    /// <exception cref="MessageRejectedException">Why the message was refused; nothing changed.</exception>
    public async Task HandleAsync(DepartmentCode queueDepartment, MessageEnvelope message, CancellationToken cancellationToken)
    {
        var decision = Validate(queueDepartment, message);
        TurnOutcome outcome;
        try
        {
            outcome = await turns.AdvanceAsync(message.DossierId, decision, cancellationToken);
        }
        catch (DossierNotFoundException notFound)
        {
            throw new MessageRejectedException(notFound.Message);
        }
        if (outcome.Refusals.FirstOrDefault() is { } reason)
        {
            throw new MessageRejectedException(reason);
        }
    }
}
