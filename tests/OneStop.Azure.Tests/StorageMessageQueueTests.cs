using OneStop.Application.Common;
using OneStop.Azure.Queues;

namespace OneStop.Azure.Tests;

public class StorageMessageQueueTests(LocalServices services) : IClassFixture<LocalServices>
{
    private readonly StorageMessageQueue queue = new(services.Clients.Queues(), new StorageQueueSettings(TimeSpan.FromSeconds(1), MaxDeliveries: 2), TimeProvider.System);

    private string NewQueue() => $"t{services.Suffix}-{Guid.NewGuid():N}"[..40];

    private static MessageEnvelope Message(string id = "m-1") =>
        MessageEnvelope.Create("note", id, "000.00.12.H56-261123-0001", new { text = "Hồ sơ đã được bổ sung" }, DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_message_arrives_as_sent_and_is_gone_once_handled()
    {
        var name = NewQueue();
        await queue.SendAsync(name, Message("m-42"));
        var received = new List<MessageEnvelope>();

        var report = await queue.ProcessAsync(name, (m, _) => { received.Add(m); return Task.CompletedTask; }, 10);

        Assert.Equal(new ProcessReport(1, 0, 0), report);
        var message = Assert.Single(received);
        Assert.Equal(("m-42", "note", "000.00.12.H56-261123-0001", MessageEnvelope.CurrentSchemaVersion), (message.MessageId, message.Kind, message.DossierId, message.SchemaVersion));
        Assert.Equal("Hồ sơ đã được bổ sung", message.Body.GetProperty("text").GetString());
        Assert.Equal(new ProcessReport(0, 0, 0), await queue.ProcessAsync(name, (_, _) => Task.CompletedTask, 10));
    }

    [Theory]
    [InlineData("{ not json", "malformed JSON")]
    [InlineData("""{"schemaVersion":2,"messageId":"m","kind":"k","dossierId":"d","sentAt":"2026-11-23T00:00:00Z","body":{}}""", "unknown schema version 2")]
    [InlineData("""{"schemaVersion":1,"kind":"k"}""", "messageId and kind are required")]
    public async Task A_message_that_cannot_be_read_goes_to_the_poison_queue_with_the_reason(string text, string reason)
    {
        var name = NewQueue();
        await services.Clients.Queues().GetQueueClient(name).CreateIfNotExistsAsync();
        await services.Clients.Queues().GetQueueClient(name).SendMessageAsync(text);
        bool handled = false;

        var report = await queue.ProcessAsync(name, (_, _) => { handled = true; return Task.CompletedTask; }, 10);

        Assert.False(handled);
        Assert.Equal(1, report.Poisoned);
        var poisoned = Assert.Single(await queue.PeekPoisonAsync(name));
        Assert.Contains(reason, poisoned.Reason);
        Assert.Equal(text, poisoned.Original);
    }

    [Fact]
    public async Task A_message_its_handler_rejects_is_poisoned_at_once()
    {
        var name = NewQueue();
        await queue.SendAsync(name, Message());

        await queue.ProcessAsync(name, (_, _) => throw new MessageRejectedException("Bước 2 không được giao cho đơn vị SXD."), 10);

        var poisoned = Assert.Single(await queue.PeekPoisonAsync(name));
        Assert.Equal("rejected: Bước 2 không được giao cho đơn vị SXD.", poisoned.Reason);
        Assert.Equal(1, poisoned.DeliveryCount);
    }

    [Fact]
    public async Task A_failing_message_is_retried_then_poisoned_after_the_last_delivery()
    {
        var name = NewQueue();
        await queue.SendAsync(name, Message());
        Task Fail(MessageEnvelope m, CancellationToken c) => throw new TimeoutException("store did not answer");

        Assert.Equal(new ProcessReport(0, 1, 0), await queue.ProcessAsync(name, Fail, 10));
        Assert.Empty(await queue.PeekPoisonAsync(name));
        var second = await ProcessWhenVisibleAsync(name, Fail);

        Assert.Equal(new ProcessReport(0, 0, 1), second);
        var poisoned = Assert.Single(await queue.PeekPoisonAsync(name));
        Assert.Equal("failed 2 times, last: TimeoutException: store did not answer", poisoned.Reason);
    }

    [Fact]
    public async Task A_message_that_fails_once_succeeds_on_redelivery()
    {
        var name = NewQueue();
        await queue.SendAsync(name, Message());
        int attempts = 0;
        Task FailOnce(MessageEnvelope m, CancellationToken c) => ++attempts == 1 ? throw new IOException("transient") : Task.CompletedTask;

        await queue.ProcessAsync(name, FailOnce, 10);
        var second = await ProcessWhenVisibleAsync(name, FailOnce);

        Assert.Equal(new ProcessReport(1, 0, 0), second);
        Assert.Empty(await queue.PeekPoisonAsync(name));
    }

    /// <summary>Processes the queue once the failed message's visibility timeout has passed.</summary>
    private async Task<ProcessReport> ProcessWhenVisibleAsync(string name, Func<MessageEnvelope, CancellationToken, Task> handler)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            await Task.Delay(200);
            var report = await queue.ProcessAsync(name, handler, 10);
            if (report != new ProcessReport(0, 0, 0))
            {
                return report;
            }
        }
        throw new TimeoutException("The message never became visible again.");
    }
}
