using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Decisions;

/// <summary>
/// The messages of a department's decision queue, vetted and applied. What a queue may carry is
/// <see cref="DecisionMessage.Read"/>'s; anything else, and anything the engine refuses, is rejected to the poison
/// queue (dead-letter queue in Azure) with the reason, and the dossier is not touched.
/// </summary>
public sealed class DecisionMessages(DossierService dossiers, DossierTurns turns)
{
    /// <summary>
    /// Checks a message without changing anything: its queue may carry it, its dossier exists, and the engine would
    /// accept it now. The Service Bus trigger does this before raising the event, so a message that can never
    /// succeed is dead-lettered with its reason instead of being lost inside the orchestration.
    /// </summary>
    /// <exception cref="MessageRejectedException">Why the message can never succeed.</exception>
    public async Task VetAsync(DepartmentCode queueDepartment, MessageEnvelope message, CancellationToken cancellationToken)
    {
        var decision = DecisionMessage.Read(queueDepartment, message);
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
        var decision = DecisionMessage.Read(queueDepartment, message);
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
