using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OneStop.Application.Common;

/// <summary>
/// The traces and metrics of OneStop, named once for both hosts. Tags carry dossier codes, never personal data.
/// </summary>
public static class OneStopTelemetry
{
    public const string Name = "OneStop";

    public static readonly ActivitySource Traces = new(Name);

    public static readonly Meter Metrics = new(Name);

    public static readonly Counter<long> DossiersSubmitted = Metrics.CreateCounter<long>("onestop.dossiers.submitted", description: "Dossiers filed (online or at the counter).");

    public static readonly Counter<long> SignalsApplied = Metrics.CreateCounter<long>("onestop.signals.applied", description: "Signals that moved a dossier, by kind (receive, departmentDecision, tick, ...).");

    public static readonly Counter<long> MessagesPoisoned = Metrics.CreateCounter<long>("onestop.messages.poisoned", description: "Queue messages set aside in a poison queue, by queue.");

    private static readonly Dictionary<string, int> QueueDepths = [];
    private static int overdue;
    private static int dueSoon;

    static OneStopTelemetry()
    {
        Metrics.CreateObservableGauge("onestop.queue.depth", ObserveQueueDepths, description: "Approximate messages waiting, by queue, as last sampled.");
        Metrics.CreateObservableGauge("onestop.dossiers.overdue", () => Volatile.Read(ref overdue), description: "Dossiers overdue at the last reminder round.");
        Metrics.CreateObservableGauge("onestop.dossiers.due_soon", () => Volatile.Read(ref dueSoon), description: "Dossiers with a step due within one working day at the last reminder round.");
    }

    /// <summary>Records what the last reminder round counted.</summary>
    public static void SampleDeadlines(int overdueCount, int dueSoonCount)
    {
        Volatile.Write(ref overdue, overdueCount);
        Volatile.Write(ref dueSoon, dueSoonCount);
    }

    /// <summary>Records a queue's depth as last sampled by a worker.</summary>
    public static void SampleQueueDepth(string queue, int depth)
    {
        lock (QueueDepths)
        {
            QueueDepths[queue] = depth;
        }
    }

    private static IEnumerable<Measurement<int>> ObserveQueueDepths()
    {
        lock (QueueDepths)
        {
            return [.. QueueDepths.Select(q => new Measurement<int>(q.Value, new KeyValuePair<string, object?>("queue", q.Key)))];
        }
    }
}
