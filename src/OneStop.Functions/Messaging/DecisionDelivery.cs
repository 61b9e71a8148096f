using Microsoft.DurableTask.Client;
using OneStop.Application.Common;
using OneStop.Application.Decisions;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Functions.Workflow;

namespace OneStop.Functions.Messaging;

/// <summary>
/// Hands a message from a department's decision queue to its dossier: kept in the dossier's inbox, then the
/// orchestration told to look. A message that can never succeed (unreadable, another department's step, refused by
/// the engine, unknown dossier) is dead-lettered with the reason and changes nothing; a failure on the way
/// abandons it to Service Bus, which delivers it again and dead-letters it after maxDeliveryCount tries. A decision
/// delivered twice is harmless: the inbox keeps it once, and the engine remembers the decisions it applied.
/// </summary>
public sealed class DecisionDelivery(DecisionMessages decisions, DossierOrchestrationClient orchestrations, TimeProvider time, ILogger<DecisionDelivery> logger)
{
    public async Task DeliverAsync(DepartmentCode department, string text, IDecisionSettlement settlement, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var (envelope, problem) = MessageEnvelope.Parse(text);
        if (envelope is null)
        {
            await DeadLetterAsync(department, settlement, "unreadable", problem!, cancellationToken);
            return;
        }
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DossierCode"] = envelope.DossierId, ["MessageId"] = envelope.MessageId });
        try
        {
            await decisions.VetAsync(department, envelope, cancellationToken);
        }
        catch (MessageRejectedException rejected)
        {
            await DeadLetterAsync(department, settlement, "rejected", rejected.Message, cancellationToken);
            return;
        }
        await orchestrations.HandOverAsync(durable, HeldSignal.Of(envelope.DossierId, department.Value, text, time.GetUtcNow()), cancellationToken);
        await settlement.CompleteAsync(cancellationToken);
    }

    private async Task DeadLetterAsync(DepartmentCode department, IDecisionSettlement settlement, string reason, string description, CancellationToken cancellationToken)
    {
        logger.LogWarning("A decision message of {Department} was dead-lettered: {Reason}: {Description}", department, reason, description);
        await settlement.DeadLetterAsync(reason, description, cancellationToken);
    }
}
