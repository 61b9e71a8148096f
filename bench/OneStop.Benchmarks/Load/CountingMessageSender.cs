using System.Collections.Concurrent;
using OneStop.Application.Common;

namespace OneStop.Benchmarks.Load;

/// <summary>The outbox's transport, counting the messages sent per queue (Service Bus messages in Azure).</summary>
internal sealed class CountingMessageSender(IMessageSender inner) : IMessageSender
{
    private readonly ConcurrentDictionary<string, int> sent = new();

    public int Sent => sent.Values.Sum();

    public Task SendAsync(string queue, MessageEnvelope message, CancellationToken cancellationToken = default)
    {
        sent.AddOrUpdate(queue, 1, (_, n) => n + 1);
        return inner.SendAsync(queue, message, cancellationToken);
    }
}
