namespace OneStop.Application.Common;

/// <summary>How one round of processing a queue went.</summary>
public sealed record ProcessReport(int Completed, int Retried, int Poisoned);

/// <summary>
/// Where messages are sent: Storage Queues in the self-hosted server, Service Bus in Azure. A message sent twice
/// carries the same id, so the receiving side can drop the copy (Service Bus does, by duplicate detection).
/// </summary>
public interface IMessageSender
{
    Task SendAsync(string queue, MessageEnvelope message, CancellationToken cancellationToken = default);
}

/// <summary>
/// A message transport the host also reads itself, with at-least-once delivery: a message is removed only after its handler succeeded;
/// a failing one is delivered again later, and after too many failures, or at once when it cannot be read or
/// the handler rejects it, it goes to the queue's poison queue with the reason. Handlers must be idempotent:
/// a message may arrive twice. Messages about different dossiers may be handled at the same time; one dossier's
/// are handled one after the other, in the order received.
/// </summary>
public interface IMessageQueue : IMessageSender
{
    Task<ProcessReport> ProcessAsync(string queue, Func<MessageEnvelope, CancellationToken, Task> handler, int maxMessages, CancellationToken cancellationToken = default);

    /// <summary>How many messages wait on a queue (approximately).</summary>
    Task<int> DepthAsync(string queue, CancellationToken cancellationToken = default);
}

/// <summary>Thrown by a handler for a message that can never succeed (for example another department's step): poison it now.</summary>
public sealed class MessageRejectedException(string reason) : Exception(reason);

/// <summary>What a poison queue holds: the message as received and why it was set aside.</summary>
public sealed record PoisonedMessage(string Queue, string Reason, int DeliveryCount, DateTimeOffset PoisonedAt, string Original);
