using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Reports;
using OneStop.Application.Workflow;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Testing;
using OneStop.Testing.Durable;
using static OneStop.Testing.Durable.Center;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// What one dossier costs the Azure host, measured on the Functions app's own orchestrator, activity and triggers
/// under the real Durable Task worker (in-process host, in-memory backend), Cosmos DB stand-in and Azurite: Durable
/// work items and history events, Cosmos DB operations, the document's size, and the messages Service Bus would
/// carry, for a standard permit and for a long liên thông dossier (5 steps, 2 supplement rounds).
/// </summary>
internal static class DossierCost
{
    private const string LongProcedure = "BENCH.LT.05";

    public static async Task RunAsync(int lifecycles)
    {
        CountingDossierStore store = null!;
        CountingSignalInbox inbox = null!;
        CountingMessageSender sender = null!;
        CountingScoreCountStore scores = null!;
        await using var host = await DurableLocalHost.StartAsync(services =>
        {
            services.AddSingleton<IDossierStore>(sp => store = new CountingDossierStore(new CosmosDossierStore(sp.GetRequiredService<Database>().GetContainer(CosmosSchema.Dossiers))));
            services.AddSingleton<ISignalInbox>(sp => inbox = new CountingSignalInbox(new CosmosSignalInbox(sp.GetRequiredService<Database>().GetContainer(CosmosSchema.Signals))));
            services.AddSingleton<IMessageSender>(sp => sender = new CountingMessageSender(sp.GetRequiredService<OneStop.Azure.Queues.StorageMessageQueue>()));
            services.AddSingleton<IScoreCountStore>(sp => scores = new CountingScoreCountStore(new CosmosScoreCountStore(sp.GetRequiredService<Database>().GetContainer(CosmosSchema.Scores))));
        });
        await host.Services.GetRequiredService<CatalogImporter>().ImportAsync(CatalogImporter.Parse(LongProcedureCatalog()));
        await host.Services.GetRequiredService<CatalogCache>().ReloadAsync();
        _ = host.Services.GetRequiredService<IDossierStore>();
        _ = host.Services.GetRequiredService<ISignalInbox>();
        _ = host.Services.GetRequiredService<IMessageSender>();
        _ = host.Services.GetRequiredService<IScoreCountStore>();
        var center = new Center(host);
        var watcher = new CosmosDossierStore(host.DossierDocuments);

        await StandardAsync(center, watcher); // warm-up: JIT, connections, queues
        var report = new StringBuilder()
            .AppendLine("| Lifecycle | Runs | Orchestrator episodes | Activity executions | Work items | History events | DTS actions | Dossier reads | Dossier writes | Dossier queries | Inbox writes / queries / deletes | Messages sent | Decisions received | Document at the end | Scorecard entries recorded (time) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, live, decisions) in new (string, Func<Task<string>>, int)[]
        {
            ("standard permit (2 parallel steps, then 1)", () => StandardAsync(center, watcher), 3),
            ("long liên thông (5 steps, 2 supplement rounds)", () => LongAsync(center, watcher), 8),
        })
        {
            var totals = new Totals();
            for (int i = 0; i < lifecycles; i++)
            {
                var (storeBefore, inboxBefore, sentBefore, episodesBefore, turnsBefore, scoresBefore) = (store.Counts, inbox.Counts, sender.Sent, host.Episodes, host.Turns.Count, scores.Counts);
                var code = await live();
                var events = host.Events.For(code);
                totals.Add(
                    host.Episodes - episodesBefore, host.Turns.Count - turnsBefore, events,
                    store.Counts, storeBefore, inbox.Counts, inboxBefore, sender.Sent - sentBefore, await DocumentBytesAsync(host, code),
                    scores.Counts.Recorded - scoresBefore.Recorded, scores.Counts.Time - scoresBefore.Time);
            }
            report.AppendLine(totals.Row(name, lifecycles, decisions));
        }
        Console.WriteLine(report);
        Console.WriteLine("History events: delivered events (by the backend's log) plus the orchestrator's own (TaskScheduled per activity, TimerCreated per timer fired, OrchestratorCompleted per episode, ExecutionCompleted per generation).");
        Console.WriteLine("DTS actions as Microsoft's Durable Task Scheduler counts them: 1 per orchestration start, 2 per activity, 1 per timer fired, 1 per external event.");
    }

    private static async Task<string> StandardAsync(Center center, IDossierStore watcher)
    {
        var code = await ReceivedAsync(center, watcher, "SAMPLE.XD.01");
        await center.DecideAsync(code, Construction, 0);
        await center.DecideAsync(code, Agriculture, 0);
        await WaitAsync(watcher, code, d => d.CurrentStep == 1);
        await center.DecideAsync(code, Construction, 1);
        return await ReturnedAsync(center, watcher, code);
    }

    private static async Task<string> LongAsync(Center center, IDossierStore watcher)
    {
        var code = await ReceivedAsync(center, watcher, LongProcedure);
        await center.DecideAsync(code, Construction, 0, DecisionKind.RequestSupplement, ["Bản vẽ mặt bằng có chữ ký"]);
        await WaitAsync(watcher, code, d => d.Status == DossierStatus.SupplementRequested);
        await center.SupplementAsync(code);
        await WaitAsync(watcher, code, d => d.Status == DossierStatus.Processing);
        await center.DecideAsync(code, Construction, 0);
        await center.DecideAsync(code, Agriculture, 0);
        await WaitAsync(watcher, code, d => d.CurrentStep == 1);
        await center.DecideAsync(code, new DepartmentCode("STC"), 1);
        await WaitAsync(watcher, code, d => d.CurrentStep == 2);
        await center.DecideAsync(code, new DepartmentCode("SCT"), 2, DecisionKind.RequestSupplement, ["Giấy xác nhận đủ điều kiện an toàn"]);
        await WaitAsync(watcher, code, d => d.Status == DossierStatus.SupplementRequested);
        await center.SupplementAsync(code);
        await WaitAsync(watcher, code, d => d.Status == DossierStatus.Processing);
        await center.DecideAsync(code, new DepartmentCode("SCT"), 2);
        await WaitAsync(watcher, code, d => d.CurrentStep == 3);
        await center.DecideAsync(code, Construction, 3);
        await WaitAsync(watcher, code, d => d.CurrentStep == 4);
        await center.DecideAsync(code, Construction, 4);
        return await ReturnedAsync(center, watcher, code);
    }

    /// <summary>Filed online and received: its first step assigned to two departments.</summary>
    private static async Task<string> ReceivedAsync(Center center, IDossierStore watcher, string procedure)
    {
        var code = (await center.SubmitAsync(procedure)).Code;
        await center.ReceiveAsync(code);
        await WaitAsync(watcher, code, d => d.ActiveSteps.Count() == 2);
        return code;
    }

    /// <summary>Once processed, the result returned and the orchestration ended.</summary>
    private static async Task<string> ReturnedAsync(Center center, IDossierStore watcher, string code)
    {
        await WaitAsync(watcher, code, d => d.Status == DossierStatus.Processed);
        await center.ReturnAsync(code);
        await center.OrchestrationWhenAsync(code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Completed);
        return code;
    }

    /// <summary>Waits on a store that is not counted: the bench's own reads are no part of a dossier's cost.</summary>
    private static Task<Dossier> WaitAsync(IDossierStore watcher, string code, Func<Dossier, bool> condition) =>
        DurableLocalHost.EventuallyAsync(async () => await watcher.FindAsync(DossierCode.Parse(code)) is { } stored && condition(stored.Dossier) ? stored.Dossier : null);

    private static async Task<long> DocumentBytesAsync(DurableLocalHost host, string code)
    {
        using var response = await host.DossierDocuments.ReadItemStreamAsync(code, new PartitionKey(code));
        using var body = new MemoryStream();
        await response.Content.CopyToAsync(body);
        return body.Length;
    }

    /// <summary>The sample catalog's departments and one procedure of five steps, the first two departments in parallel.</summary>
    private static string LongProcedureCatalog()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "catalog.sample.json")))!;
        var permit = sample["procedures"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "SAMPLE.XD.01")!.DeepClone();
        permit["code"] = LongProcedure;
        permit["name"] = "Thủ tục liên thông thử tải: năm bước, bốn sở";
        permit["competentDepartments"] = new JsonArray("SXD", "SNNMT", "STC", "SCT");
        permit["timeLimit"] = new JsonObject { ["unit"] = "WorkingDays", ["amount"] = 45 };
        JsonObject Step(string name, int days, params string[] departments) => new()
        {
            ["name"] = name,
            ["departments"] = new JsonArray([.. departments.Select(d => JsonValue.Create(d))]),
            ["budget"] = new JsonObject { ["unit"] = "WorkingDays", ["amount"] = days },
        };
        permit["steps"] = new JsonArray(
            Step("Thẩm định, lấy ý kiến", 12, "SXD", "SNNMT"), Step("Thẩm định tài chính", 8, "STC"), Step("Thẩm định an toàn", 8, "SCT"),
            Step("Trình lãnh đạo Sở", 8, "SXD"), Step("Ký duyệt và cấp phép", 6, "SXD"));
        return new JsonObject { ["sample"] = true, ["departments"] = sample["departments"]!.DeepClone(), ["procedures"] = new JsonArray(permit) }.ToJsonString();
    }

    /// <summary>Sums over the runs of one kind of lifecycle; a row of means.</summary>
    private sealed class Totals
    {
        private double episodes, activities, history, actions, reads, writes, queries, inboxWrites, inboxQueries, inboxDeletes, sent, bytes, recorded, recordingMs;

        public void Add(
            int episodeCount, int activityCount, IReadOnlyDictionary<string, int> events,
            (long Reads, long Writes, long Queries) storeAfter, (long Reads, long Writes, long Queries) storeBefore,
            (long Writes, long Queries, long Deletes) inboxAfter, (long Writes, long Queries, long Deletes) inboxBefore, int sentCount, long documentBytes,
            long scoreEntries, TimeSpan scoreTime)
        {
            recorded += scoreEntries;
            recordingMs += scoreTime.TotalMilliseconds;
            int Count(string name) => events.GetValueOrDefault(name);
            episodes += episodeCount;
            activities += activityCount;
            int generations = Count("ExecutionStarted");
            history += events.Values.Sum() + activityCount + Count("TimerFired") + episodeCount + generations;
            actions += generations + 2 * activityCount + Count("TimerFired") + Count("EventRaised");
            reads += storeAfter.Reads - storeBefore.Reads;
            writes += storeAfter.Writes - storeBefore.Writes;
            queries += storeAfter.Queries - storeBefore.Queries;
            inboxWrites += inboxAfter.Writes - inboxBefore.Writes;
            inboxQueries += inboxAfter.Queries - inboxBefore.Queries;
            inboxDeletes += inboxAfter.Deletes - inboxBefore.Deletes;
            sent += sentCount;
            bytes += documentBytes;
        }

        public string Row(string name, int runs, int decisions) =>
            $"| {name} | {runs} | {episodes / runs:F1} | {activities / runs:F1} | {(episodes + activities) / runs:F1} | {history / runs:F0} | {actions / runs:F0} | " +
            $"{reads / runs:F1} | {writes / runs:F1} | {queries / runs:F1} | {inboxWrites / runs:F1} / {inboxQueries / runs:F1} / {inboxDeletes / runs:F1} | " +
            $"{sent / runs:F1} | {decisions} | {bytes / runs / 1024:F1} KiB | {recorded / runs:F1} ({recordingMs / runs:F0} ms) |";
    }
}
