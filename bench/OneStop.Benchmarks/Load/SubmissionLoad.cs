using System.Diagnostics;
using System.Text;
using OneStop.Azure;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// Submission latency for 1 MB and 10 MB scans against a raw Blob upload of the same bytes to the same Azurite,
/// and the process's peak memory above idle while 50 clients each upload 10 MB at once.
/// </summary>
internal static class SubmissionLoad
{
    private const int Rounds = 50;

    public static async Task RunAsync()
    {
        await using var server = await LoadServer.StartAsync();
        var blobs = new AzureClients(server.Azure).Attachments();
        var report = new StringBuilder()
            .AppendLine($"{Rounds} rounds after 3 warm-ups, each a raw upload then a submission; the submission also stores a 2 KB second page and files the dossier.")
            .AppendLine()
            .AppendLine("| Scan | Raw upload p50 | Raw p99 | Submission p50 | Submission p99 | p99 ÷ raw p99 | Submission MB/s |")
            .AppendLine("|-----:|---------------:|--------:|---------------:|---------------:|--------------:|----------------:|");
        foreach (var megabytes in new[] { 1, 10 })
        {
            var bytes = Lifecycles.Pdf(megabytes * 1024 * 1024);
            var (raw, submissions) = await TimeAlternatelyAsync(
                () => blobs.GetBlobClient($"raw/{Guid.NewGuid():N}").UploadAsync(new BinaryData(bytes)),
                () => server.SubmitAsync(Lifecycles.Procedure, 0, new ByteArrayContent(bytes), new ByteArrayContent(Lifecycles.Pdf(2048))));
            double p99 = LifecycleLoad.Percentile(submissions, 0.99), rawP99 = LifecycleLoad.Percentile(raw, 0.99);
            report.AppendLine(
                $"| {megabytes} MB | {LifecycleLoad.Percentile(raw, 0.5):F1} ms | {rawP99:F1} ms | {LifecycleLoad.Percentile(submissions, 0.5):F1} ms | {p99:F1} ms | " +
                $"{p99 / rawP99:F2} | {megabytes * 1000 / submissions.Average():F0} |");
        }
        report.AppendLine().AppendLine(await PeakMemoryAsync(server));
        Console.WriteLine(report);
    }

    /// <summary>A raw upload, then a submission, round after round: the machine's moods fall on both alike.</summary>
    private static async Task<(List<double> Raw, List<double> Submissions)> TimeAlternatelyAsync(Func<Task> raw, Func<Task> submission)
    {
        var (rawTimes, submissionTimes) = (new List<double>(), new List<double>());
        for (int round = -3; round < Rounds; round++)
        {
            var rawTime = await TimeAsync(raw);
            var submissionTime = await TimeAsync(submission);
            if (round >= 0)
            {
                rawTimes.Add(rawTime);
                submissionTimes.Add(submissionTime);
            }
        }
        return (rawTimes, submissionTimes);
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        await call();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>50 concurrent 10 MB submissions, the process's working set sampled every 10 ms.</summary>
    private static async Task<string> PeakMemoryAsync(LoadServer server)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long idle = process.WorkingSet64, peak = idle, peakManaged = GC.GetTotalMemory(false);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                await Task.Delay(10);
            }
        });
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(client => server.SubmitAsync(Lifecycles.Procedure, client, new GeneratedPdf(10L * 1024 * 1024), new ByteArrayContent(Lifecycles.Pdf(2048)))));
        var elapsed = clock.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        return $"50 concurrent 10 MB submissions (500 MB) in {elapsed.TotalSeconds:F1} s: working set {idle / 1048576.0:F0} MB idle, " +
            $"{peak / 1048576.0:F0} MB at peak, **{(peak - idle) / 1048576.0:F0} MB above idle** (managed heap at most {peakManaged / 1048576.0:F0} MB). " +
            "Server and clients share the process; the clients generate their bytes as they send them.";
    }
}
