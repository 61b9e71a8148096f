using System.Diagnostics;
using System.Text.Json;
using OneStop.Application.Common;
using OneStop.Application.Reports;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// A year's Decision 766 scorecard and on-time report for a province, read from the aggregate records the dossiers keep (their JSON as
/// the store hands it back), against the full scan of dossier documents it replaces: time (p50 of five runs), the
/// managed heap's growth while it runs, the bytes allocated, and the records read. The records are the Cosmos DB
/// adapter's documents (<see cref="ScoreDocuments"/>), parsed as the adapter parses a query's pages. The scan runs on fewer dossiers
/// (their documents are held in memory as a store's answers would be) and is scaled to the same size.
/// </summary>
internal static class ScorecardLoad
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateOnly First = new(2026, 1, 1);

    public static void Run(int dossiers, int scanned)
    {
        var calendar = WorkingCalendar.Default;
        var rules = ScorecardRules.Default;
        var year = ReportPeriod.Days(First, new DateOnly(2026, 12, 31), Vietnam);
        var now = new DateTimeOffset(2027, 1, 5, 9, 0, 0, Vietnam);

        var fill = Stopwatch.StartNew();
        var records = new Dictionary<string, ScoreRecord>();
        foreach (var entry in Entries(dossiers))
        {
            records[entry.Bucket] = records.TryGetValue(entry.Bucket, out var held) ? held.With(entry) : ScoreRecord.For(entry);
        }
        var stored = records.Values.Select(ScoreDocuments.ToJson).ToList();
        records.Clear();
        fill.Stop();
        long storedBytes = stored.Sum(b => (long)b.Length);

        var (aggregateTime, aggregateHeap, aggregateAllocated, lines) = Measure(() =>
        {
            var card = new Scorecard(rules, year, now);
            foreach (var bytes in stored)
            {
                foreach (var entry in ScoreDocuments.FromJson(bytes).Entries)
                {
                    card.Add(entry);
                }
            }
            return card.Lines(ScoreLines.Department).Count;
        });

        var (reportFromRecordsTime, reportFromRecordsHeap, reportFromRecordsAllocated, reportLines) = Measure(() =>
        {
            var tally = new OnTimeTally(year, OnTimeReport.ByDepartment(_ => null), now, calendar);
            foreach (var bytes in stored)
            {
                foreach (var entry in ScoreDocuments.FromJson(bytes).Entries)
                {
                    tally.Add(entry);
                }
            }
            return tally.Rows.Count;
        });

        var documents = Documents(scanned).Select(d => JsonSerializer.SerializeToUtf8Bytes(d, DomainJson.Options)).ToList();
        long documentBytes = documents.Sum(b => (long)b.Length);
        var (scanTime, scanHeap, scanAllocated, _) = Measure(() =>
        {
            var card = new Scorecard(rules, year, now);
            foreach (var bytes in documents)
            {
                if (ScoreEntry.Of(JsonSerializer.Deserialize<Dossier>(bytes, DomainJson.Options)!, calendar) is { } entry)
                {
                    card.Add(entry);
                }
            }
            return 0;
        });
        // The on-time report as it was read before the records: every dossier of the period in memory, then judged.
        var (reportTime, reportHeap, reportAllocated, _) = Measure(() =>
        {
            var all = documents.Select(b => JsonSerializer.Deserialize<Dossier>(b, DomainJson.Options)!).ToList();
            var tally = new OnTimeTally(year, OnTimeReport.ByDepartment(_ => null), now, calendar);
            foreach (var dossier in all)
            {
                if (ScoreEntry.Of(dossier, calendar) is { } entry)
                {
                    tally.Add(entry);
                }
            }
            return tally.Rows.Count;
        });

        double scale = (double)dossiers / scanned;
        Console.WriteLine($"A year of {dossiers:N0} dossiers: {stored.Count:N0} aggregate records, {storedBytes / 1048576.0:F1} MiB stored ({storedBytes / dossiers} B a dossier), filled in {fill.Elapsed.TotalSeconds:F1} s; {lines} scorecard and {reportLines} on-time report department lines.");
        Console.WriteLine($"Full scan measured on {scanned:N0} dossier documents ({documentBytes / scanned} B each) and scaled ×{scale:F0}.");
        Console.WriteLine();
        Console.WriteLine("| Read | Dossiers | Records or documents read | Time p50 | Managed heap growth | Allocated |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| Scorecard from the aggregate records | {dossiers:N0} | {stored.Count:N0} | {aggregateTime.TotalMilliseconds:F0} ms | {aggregateHeap / 1048576.0:F1} MiB | {aggregateAllocated / 1048576.0:F0} MiB |");
        Console.WriteLine($"| On-time report from the aggregate records | {dossiers:N0} | {stored.Count:N0} | {reportFromRecordsTime.TotalMilliseconds:F0} ms | {reportFromRecordsHeap / 1048576.0:F1} MiB | {reportFromRecordsAllocated / 1048576.0:F0} MiB |");
        Console.WriteLine($"| Scorecard by scanning the documents | {scanned:N0} | {scanned:N0} | {scanTime.TotalMilliseconds:F0} ms | {scanHeap / 1048576.0:F1} MiB | {scanAllocated / 1048576.0:F0} MiB |");
        Console.WriteLine($"| … scaled to {dossiers:N0} | {dossiers:N0} | {dossiers:N0} | {scanTime.TotalMilliseconds * scale:F0} ms | {scanHeap / 1048576.0:F1} MiB | {scanAllocated * scale / 1048576.0:F0} MiB |");
        Console.WriteLine($"| On-time report from all documents in memory (before the records) | {scanned:N0} | {scanned:N0} | {reportTime.TotalMilliseconds:F0} ms | {reportHeap / 1048576.0:F1} MiB | {reportAllocated / 1048576.0:F0} MiB |");
        Console.WriteLine($"| … scaled to {dossiers:N0} | {dossiers:N0} | {dossiers:N0} | {reportTime.TotalMilliseconds * scale:F0} ms | {reportHeap * scale / 1048576.0:F0} MiB | {reportAllocated * scale / 1048576.0:F0} MiB |");
    }

    /// <summary>The p50 of five runs, the most the managed heap grew over what it held before (sampled as the run goes), and the bytes allocated per run.</summary>
    private static (TimeSpan Time, long Heap, long Allocated, int Result) Measure(Func<int> run)
    {
        run(); // warm-up: JIT
        var times = new List<TimeSpan>();
        long heap = 0, allocated = 0;
        int result = 0;
        for (int i = 0; i < 5; i++)
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new HeapSampler(before);
            var watch = Stopwatch.StartNew();
            result = run();
            watch.Stop();
            times.Add(watch.Elapsed);
            heap = Math.Max(heap, sampler.Peak - before);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        }
        return (times.Order().ElementAt(2), heap, allocated, result);
    }

    /// <summary>Samples the managed heap every few milliseconds on another thread: the peak a run reached.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Timer timer;
        private long peak;

        public HeapSampler(long start)
        {
            peak = start;
            timer = new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false))), null, 0, 5);
        }

        public long Peak => Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false));

        public void Dispose() => timer.Dispose();
    }

    /// <summary>
    /// A province's year: the dossiers spread over the year's days, 15 intake points, 30 procedures and 9 departments;
    /// 70% finished (one in ten late), 10% withdrawn or stopped, the rest open; half filed online; one in seven waited for a supplement; most rated.
    /// </summary>
    private static IEnumerable<ScoreEntry> Entries(int count)
    {
        var random = new Random(766);
        string[] departments = ["SXD", "SNNMT", "STC", "SCT", "STP", "SNV", "SYT", "SGDDT", "SVHTTDL"];
        for (int i = 0; i < count; i++)
        {
            var day = First.AddDays(i % 365);
            var received = new DateTimeOffset(day.ToDateTime(new TimeOnly(8 + random.Next(8), random.Next(60))), Vietnam);
            var appointment = received.AddDays(10 + random.Next(20));
            int outcome = random.Next(100);
            var end = outcome < 70 ? ScoreEnd.Result : outcome < 75 ? ScoreEnd.Withdrawn : outcome < 80 ? ScoreEnd.Stopped : ScoreEnd.Open;
            DateTimeOffset? endedAt = end == ScoreEnd.Open ? null : outcome < 7 ? appointment.AddDays(2) : received.AddDays(3 + random.Next(10));
            int procedure = random.Next(30);
            bool online = random.Next(2) == 0;
            // One in seven waited two days for a supplement, which moved the appointment by as much.
            ScoreWait[] waits = random.Next(7) == 0 ? [new(received.AddDays(2), received.AddDays(4), ForSupplement: true, appointment.AddDays(2))] : [];
            yield return new ScoreEntry(
                $"000.00.12.H56-{day:yyMMdd}-{i / 365 + 1:0000}", 12, day, received, $"XA-{random.Next(15):00}", "Trung tâm Phục vụ hành chính công xã",
                $"1.{procedure:000000}", $"Thủ tục hành chính số {procedure}", [departments[procedure % 9], departments[(procedure + 1) % 9]],
                online, appointment, waits, end, endedAt, random.Next(50) == 0 ? received.AddDays(2) : null, end == ScoreEnd.Result ? 4 + random.Next(10) : null, true,
                online && end == ScoreEnd.Result && random.Next(3) == 0, end == ScoreEnd.Result && random.Next(4) > 0 ? 1 + random.Next(5) : null);
        }
    }

    /// <summary>Real dossier documents from the engine: 70% finished by both steps' departments, 10% withdrawn, the rest open.</summary>
    private static IEnumerable<Dossier> Documents(int count)
    {
        var engine = BenchmarkDossiers.Engine;
        for (int i = 0; i < count; i++)
        {
            var at = new DateTimeOffset(First.AddDays(i % 365).ToDateTime(new TimeOnly(9, 0)), Vietnam);
            var dossier = BenchmarkDossiers.Received(at, i / 365 + 1);
            if (i % 10 < 7)
            {
                foreach (var (department, step, days) in new[] { (BenchmarkDossiers.Construction, 0, 2), (BenchmarkDossiers.Agriculture, 0, 3), (BenchmarkDossiers.Construction, 1, 5) })
                {
                    var officer = Actor.DepartmentOfficer($"cv-{department}", "Chuyên viên", department);
                    dossier = engine.Advance(dossier, new DepartmentDecision($"{department}-{step}", department, step, DecisionKind.Approve, "Đồng ý") { Actor = officer }, at.AddDays(days)).Dossier;
                }
            }
            else if (i % 10 == 7)
            {
                dossier = engine.Advance(dossier, new RequestWithdrawal("Không còn nhu cầu") { Actor = Actor.Applicant("cd", "Công dân") }, at.AddDays(1)).Dossier;
            }
            yield return dossier;
        }
    }
}
