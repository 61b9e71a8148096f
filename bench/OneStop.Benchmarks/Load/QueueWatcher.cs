using System.Collections.Concurrent;
using OneStop.Application.Common;
using OneStop.Azure.Queues;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// Reads one queue for many waiting clients, as a department's system or the notification gateway would, and
/// completes each client's wait when its message arrives (by dossier and message kind).
/// </summary>
internal sealed class QueueWatcher(StorageMessageQueue queues, string queue, Func<MessageEnvelope, string?> keyOf, int readers = 4) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waits = new();
    private readonly CancellationTokenSource stop = new();
    private Task? reading;

    public QueueWatcher Start()
    {
        reading = Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(ReadAsync)));
        return this;
    }

    public Task WaitAsync(string key) => waits.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task ReadAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var report = await queues.ProcessAsync(queue, (message, _) =>
                {
                    if (keyOf(message) is { } key)
                    {
                        waits.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                    }
                    return Task.CompletedTask;
                }, 32, stop.Token);
                if (report.Completed == 0)
                {
                    await Task.Delay(10, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (reading is not null)
        {
            await reading;
        }
        stop.Dispose();
    }
}
