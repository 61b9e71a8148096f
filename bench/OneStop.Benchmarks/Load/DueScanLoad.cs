using System.Diagnostics;
using System.Text;
using OneStop.Application.Dossiers;
using OneStop.Azure;
using OneStop.Azure.Cosmos;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// The wake-up query and the reminder round's query over a small and a large store holding the same 200 due
/// dossiers: what they cost should follow what is due, not what is stored.
/// </summary>
internal static class DueScanLoad
{
    private const int Due = 200;
    private static readonly DateTimeOffset DueReceived = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset LaterReceived = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 10, 0, 0, TimeSpan.FromHours(7));

    public static async Task RunAsync(int largest)
    {
        var report = new StringBuilder()
            .AppendLine("| Stored dossiers | Due | Fill time | Wake-up query (median of 5) | Reminder query (median of 5) |")
            .AppendLine("|----------------:|----:|----------:|----------------------------:|-----------------------------:|");
        var medians = new List<(double Wake, double Remind)>();
        foreach (var size in new[] { 10_000, largest })
        {
            var settings = AzureServicesSettings.LocalStandIns($"scan-{Guid.NewGuid():N}"[..20], "unused");
            using var cosmos = new AzureClients(settings).Cosmos();
            await CosmosSchema.EnsureAsync(cosmos, settings.CosmosDatabase);
            var store = new CosmosDossierStore(cosmos.GetContainer(settings.CosmosDatabase, CosmosSchema.Dossiers));
            var fill = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(1, size), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
            {
                // A day holds at most 9,999 codes: the stored dossiers are spread over days after the due ones.
                var dossier = n <= Due ? BenchmarkDossiers.Received(DueReceived, n) : BenchmarkDossiers.Received(LaterReceived.AddDays(n / 9000), (n % 9000) + 1);
                await store.CreateAsync(dossier, BenchmarkDossiers.Engine.WakeAt(dossier), ct);
            });
            var filled = fill.Elapsed;
            var wake = await MedianAsync(async () => await CountAsync(store.DueAsync(Now, 1000)));
            var remind = await MedianAsync(async () => await CountAsync(store.NeedingAttentionAsync(Now.AddDays(1))));
            medians.Add((wake.Median, remind.Median));
            report.AppendLine($"| {size:N0} | {wake.Found} / {remind.Found} | {filled.TotalSeconds:F0} s | {wake.Median:F1} ms | {remind.Median:F1} ms |");
            await cosmos.GetDatabase(settings.CosmosDatabase).DeleteStreamAsync();
        }
        report.AppendLine()
            .AppendLine($"Large ÷ small: wake-up {medians[1].Wake / medians[0].Wake:F2}, reminder {medians[1].Remind / medians[0].Remind:F2}.");
        Console.WriteLine(report);
    }

    private static async Task<int> CountAsync(IAsyncEnumerable<StoredDossier> found)
    {
        int count = 0;
        await foreach (var _ in found)
        {
            count++;
        }
        return count;
    }

    private static async Task<(double Median, int Found)> MedianAsync(Func<Task<int>> query)
    {
        await query(); // warm-up
        var times = new List<double>();
        int found = 0;
        for (int i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            found = await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (times.Order().ElementAt(2), found);
    }
}
