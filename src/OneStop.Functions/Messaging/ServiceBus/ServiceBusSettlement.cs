using Azure.Messaging.ServiceBus;

namespace OneStop.Functions.Messaging.ServiceBus;

/// <summary>The settlement port over the worker's <see cref="ServiceBusMessageActions"/> for one received message.</summary>
internal sealed class ServiceBusSettlement(ServiceBusReceivedMessage message, ServiceBusMessageActions actions) : IDecisionSettlement
{
    public Task CompleteAsync(CancellationToken cancellationToken) => actions.CompleteMessageAsync(message, cancellationToken);

    public Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken) =>
        actions.DeadLetterMessageAsync(message, deadLetterReason: reason, deadLetterErrorDescription: description, cancellationToken: cancellationToken);
}
