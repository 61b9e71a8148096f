using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using OneStop.Application.Common;

namespace OneStop.Functions.Messaging;

/// <summary>
/// The outbox's transport in Azure. The Service Bus message id is the envelope's stable id, so a command dispatched
/// twice (a crash before the outbox was marked) is dropped by the queue's duplicate detection; the correlation id
/// is the dossier's code, for a department's system to group by.
/// </summary>
public sealed class ServiceBusMessageSender(ServiceBusClient client) : IMessageSender, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ServiceBusSender> senders = new();

    public Task SendAsync(string queue, MessageEnvelope message, CancellationToken cancellationToken = default)
    {
        var sender = senders.GetOrAdd(queue, name => client.CreateSender(name));
        return sender.SendMessageAsync(
            new ServiceBusMessage(BinaryData.FromString(JsonSerializer.Serialize(message, DomainJson.Options)))
            {
                MessageId = message.MessageId,
                Subject = message.Kind,
                CorrelationId = message.DossierId,
                ContentType = "application/json",
            },
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var sender in senders.Values)
        {
            await sender.DisposeAsync();
        }
    }
}
