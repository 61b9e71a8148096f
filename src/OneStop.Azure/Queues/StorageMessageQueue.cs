using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using OneStop.Application.Common;

namespace OneStop.Azure.Queues;

/// <summary>How the Storage Queue transport retries.</summary>
/// <param name="VisibilityTimeout">How long a received message stays hidden; a failed one reappears after it.</param>
/// <param name="MaxDeliveries">Deliveries after which a still-failing message goes to the poison queue.</param>
/// <param name="Prefix">
/// Put before every queue name, so that several OneStop instances (a test run, a training copy) can share one
/// storage account without reading each other's messages. Empty for a province's own instance.
/// </param>
public sealed record StorageQueueSettings(TimeSpan VisibilityTimeout, int MaxDeliveries, string Prefix = "")
{
    public static readonly StorageQueueSettings Default = new(TimeSpan.FromSeconds(60), 5);
}

/// <summary>
/// Azure Storage Queues as the self-hosted stand-in for Service Bus. A message is deleted only after its
/// handler succeeded. One that cannot be read, that its handler rejects, or that failed
/// <see cref="StorageQueueSettings.MaxDeliveries"/> times is written to "{queue}-poison" with the reason
/// before it is deleted: a crash between the two leaves it in both places, never in neither.
/// </summary>
public sealed class StorageMessageQueue(QueueServiceClient service, StorageQueueSettings settings, TimeProvider time) : IMessageQueue
{
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> queues = new();

    public async Task SendAsync(string queue, MessageEnvelope message, CancellationToken cancellationToken = default)
    {
        var client = await QueueAsync(queue, cancellationToken);
        await client.SendMessageAsync(JsonSerializer.Serialize(message, DomainJson.Options), cancellationToken);
    }

    public async Task<ProcessReport> ProcessAsync(
        string queue, Func<MessageEnvelope, CancellationToken, Task> handler, int maxMessages, CancellationToken cancellationToken = default)
    {
        var client = await QueueAsync(queue, cancellationToken);
        QueueMessage[] messages = await client.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, 32), settings.VisibilityTimeout, cancellationToken);
        int completed = 0, retried = 0, poisoned = 0;
        var readable = new List<(QueueMessage Message, string Text, MessageEnvelope Envelope)>();
        foreach (var message in messages)
        {
            var text = message.Body.ToString();
            var (envelope, problem) = MessageEnvelope.Parse(text);
            if (envelope is null)
            {
                await PoisonAsync(client, message, text, problem!, cancellationToken);
                poisoned++;
                continue;
            }
            readable.Add((message, text, envelope));
        }
        // Different dossiers' messages are handled at once; one dossier's in the order they came, as Service Bus
        // sessions would (and as its ETag would force anyway).
        await Task.WhenAll(readable.GroupBy(m => m.Envelope.DossierId).Select(async dossier =>
        {
            foreach (var (message, text, envelope) in dossier)
            {
                switch (await HandleAsync(client, queue, message, text, envelope, handler, cancellationToken))
                {
                    case Handled.Completed:
                        Interlocked.Increment(ref completed);
                        break;
                    case Handled.Retried:
                        Interlocked.Increment(ref retried);
                        break;
                    default:
                        Interlocked.Increment(ref poisoned);
                        break;
                }
            }
        }));
        return new ProcessReport(completed, retried, poisoned);
    }

    private enum Handled
    {
        Completed,
        Retried,
        Poisoned,
    }

    private async Task<Handled> HandleAsync(
        QueueClient client, string queue, QueueMessage message, string text, MessageEnvelope envelope, Func<MessageEnvelope, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        using var activity = OneStopTelemetry.Traces.StartActivity($"process {queue}", ActivityKind.Consumer, envelope.TraceParent);
        activity?.SetTag("messaging.system", "azure_storage_queues");
        activity?.SetTag("messaging.destination.name", queue);
        activity?.SetTag("messaging.message.id", envelope.MessageId);
        activity?.SetTag("onestop.dossier", envelope.DossierId);
        try
        {
            await handler(envelope, cancellationToken);
            await client.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return Handled.Completed;
        }
        catch (MessageRejectedException rejected)
        {
            await PoisonAsync(client, message, text, $"rejected: {rejected.Message}", cancellationToken);
            return Handled.Poisoned;
        }
        catch (Exception failure) when (failure is not OperationCanceledException && message.DequeueCount >= settings.MaxDeliveries)
        {
            await PoisonAsync(client, message, text, $"failed {message.DequeueCount} times, last: {failure.GetType().Name}: {failure.Message}", cancellationToken);
            return Handled.Poisoned;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Left on the queue: it becomes visible again when its visibility timeout ends.
            return Handled.Retried;
        }
    }

    /// <summary>How many messages wait on a queue (approximately, as the service counts them).</summary>
    public async Task<int> DepthAsync(string queue, CancellationToken cancellationToken = default)
    {
        var client = await QueueAsync(queue, cancellationToken);
        return (await client.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
    }

    /// <summary>What a poison queue holds, oldest first, without removing it.</summary>
    public async Task<IReadOnlyList<PoisonedMessage>> PeekPoisonAsync(string queue, CancellationToken cancellationToken = default)
    {
        var client = await QueueAsync(QueueNames.Poison(queue), cancellationToken);
        PeekedMessage[] peeked = await client.PeekMessagesAsync(32, cancellationToken);
        return [.. peeked.Select(p => JsonSerializer.Deserialize<PoisonedMessage>(p.Body.ToString(), DomainJson.Options)!)];
    }

    private async Task PoisonAsync(QueueClient source, QueueMessage message, string text, string reason, CancellationToken cancellationToken)
    {
        var queue = source.Name[settings.Prefix.Length..];
        var poison = await QueueAsync(QueueNames.Poison(queue), cancellationToken);
        var entry = new PoisonedMessage(queue, reason, (int)message.DequeueCount, time.GetUtcNow(), text);
        await poison.SendMessageAsync(JsonSerializer.Serialize(entry, DomainJson.Options), cancellationToken);
        await source.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        OneStopTelemetry.MessagesPoisoned.Add(1, new KeyValuePair<string, object?>("queue", queue));
    }

    /// <summary>
    /// The queue's client, creating the queue the first time it is used. The creation is shared by every caller,
    /// so it does not take any one caller's cancellation; each caller stops waiting on its own.
    /// </summary>
    private Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken) =>
        queues.GetOrAdd(name, n => new Lazy<Task<QueueClient>>(async () =>
        {
            var client = service.GetQueueClient(settings.Prefix + n);
            await client.CreateIfNotExistsAsync();
            return client;
        })).Value.WaitAsync(cancellationToken);
}
