using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Common;
using OneStop.Azure;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Catalog;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// Complete lifecycles per second with 1, 8 and 64 concurrent clients, the dossier store's document writes per
/// second during each run against the raw write rate of the same Cosmos stand-in measured first, and the
/// documents read and written per lifecycle.
/// </summary>
internal static class LifecycleLoad
{
    public static async Task RunAsync(TimeSpan duration)
    {
        await using var server = await LoadServer.StartAsync(pollInterval: TimeSpan.FromMilliseconds(20));
        var (rawOne, rawEight) = (await RawWriteRateAsync(server, 1), await RawWriteRateAsync(server, 8));
        var rawQueue = await RawQueueRateAsync(server, 8);
        await using var assignments = new QueueWatcher(server.Queues, QueueNames.Assignments(new DepartmentCode("SXD")), Lifecycles.AssignmentKey).Start();
        await using var notifications = new QueueWatcher(server.Queues, QueueNames.Notifications, Lifecycles.ResultReadyKey).Start();
        var lives = new Lifecycles(server, assignments, notifications);

        await RunClientsAsync(lives, server, 4, TimeSpan.FromSeconds(5)); // warm-up: JIT, connections, queues
        var report = new StringBuilder()
            .AppendLine($"Raw single-document writes to the stand-in: {rawOne:F0}/s with 1 writer, {rawEight:F0}/s with 8.")
            .AppendLine($"Raw queue operations on Azurite (send, receive, delete) with 8 workers: {rawQueue:F0}/s.")
            .AppendLine()
            .AppendLine("| Clients | Lifecycles | Lifecycles/s | Store writes/s | Writes/s ÷ raw (8 writers) | Reads / lifecycle | Writes / lifecycle | p50 lifecycle | p99 lifecycle | Server CPU / lifecycle |")
            .AppendLine("|--------:|-----------:|-------------:|---------------:|---------------------------:|------------------:|-------------------:|--------------:|--------------:|-----------------------:|");
        foreach (var clients in new[] { 1, 8, 64 })
        {
            var before = server.Store.Counts;
            // The server's process (the load clients run in it too; the stand-ins are processes of their own).
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (completed, elapsed, latencies) = await RunClientsAsync(lives, server, clients, duration);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var after = server.Store.Counts;
            double writesPerSecond = (after.Writes - before.Writes) / elapsed.TotalSeconds;
            report.AppendLine(
                $"| {clients} | {completed} | {completed / elapsed.TotalSeconds:F1} | {writesPerSecond:F0} | {writesPerSecond / rawEight:F2} | " +
                $"{(double)(after.Reads - before.Reads) / completed:F2} | {(double)(after.Writes - before.Writes) / completed:F2} | " +
                $"{Percentile(latencies, 0.50):F0} ms | {Percentile(latencies, 0.99):F0} ms | {cpu.TotalMilliseconds / completed:F1} ms |");
        }
        Console.WriteLine(report);
    }

    private static async Task<(int Completed, TimeSpan Elapsed, List<double> Latencies)> RunClientsAsync(Lifecycles lives, LoadServer server, int clients, TimeSpan duration)
    {
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var one = Stopwatch.StartNew();
                await lives.LiveAsync(client);
                lock (latencies)
                {
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                }
            }
        })));
        return (latencies.Count, clock.Elapsed, latencies);
    }

    /// <summary>Creates of a received dossier's JSON through the raw SDK, with as many writers as given, for five seconds.</summary>
    private static async Task<double> RawWriteRateAsync(LoadServer server, int writers)
    {
        using var cosmos = new AzureClients(server.Azure).Cosmos();
        var container = cosmos.GetContainer(server.Azure.CosmosDatabase, CosmosSchema.Counters);
        var dossier = JsonSerializer.Serialize(BenchmarkDossiers.Received(), DomainJson.Options);
        return await RateAsync(writers, async () =>
        {
            var id = Guid.NewGuid().ToString("N");
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","dossier":{{dossier}}}"""));
            using var response = await container.CreateItemStreamAsync(stream, new PartitionKey(id));
            response.EnsureSuccessStatusCode();
            return 1;
        });
    }

    /// <summary>
    /// Queue operations through the raw SDK, with as many workers as given, for five seconds: each sends a small
    /// message, receives one and deletes it, as a lifecycle's messages are handled.
    /// </summary>
    private static async Task<double> RawQueueRateAsync(LoadServer server, int workers)
    {
        var queue = new AzureClients(server.Azure).Queues().GetQueueClient($"{server.QueuePrefix}raw");
        await queue.CreateIfNotExistsAsync();
        return await RateAsync(workers, async () =>
        {
            await queue.SendMessageAsync("""{"kind":"bench"}""");
            int operations = 2;
            foreach (var message in (await queue.ReceiveMessagesAsync(1)).Value)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                operations++;
            }
            return operations;
        });
    }

    /// <summary>Operations per second of a step repeated by as many workers as given for five seconds; the step answers how many it did.</summary>
    private static async Task<double> RateAsync(int workers, Func<Task<int>> step)
    {
        long operations = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                Interlocked.Add(ref operations, await step());
            }
        })));
        return operations / clock.Elapsed.TotalSeconds;
    }

    public static double Percentile(List<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
    }
}
