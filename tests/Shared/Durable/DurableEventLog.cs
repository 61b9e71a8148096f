using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace OneStop.Testing.Durable;

/// <summary>
/// Counts what the in-memory Durable backend delivered to each orchestration, read from its own debug lines
/// ("Preparing to execute orchestrator 'X' with N new events: OrchestratorStarted x1, TaskCompleted x1, …"):
/// history events by type, per instance. The Durable SDK has no history query against this backend.
/// </summary>
public sealed partial class DurableEventLog : ILoggerProvider
{
    public const string Category = "Microsoft.DurableTask.Sidecar";

    private readonly ConcurrentDictionary<(string Instance, string Event), int> counts = new();

    /// <summary>History events of a type delivered to an instance (OrchestratorStarted, ExecutionStarted, TaskCompleted, TimerFired, EventRaised, …).</summary>
    public int Count(string instance, string historyEvent) => counts.GetValueOrDefault((instance, historyEvent));

    public IReadOnlyDictionary<string, int> For(string instance) =>
        counts.Where(c => c.Key.Instance == instance).ToDictionary(c => c.Key.Event, c => c.Value);

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Reader(this) : Silent.Instance;

    public void Dispose()
    {
    }

    private void Read(string line)
    {
        var match = Delivery().Match(line);
        if (!match.Success)
        {
            return;
        }
        var instance = match.Groups["instance"].Value;
        foreach (Match item in EventCount().Matches(match.Groups["events"].Value))
        {
            counts.AddOrUpdate((instance, item.Groups["event"].Value), int.Parse(item.Groups["count"].Value), (_, n) => n + int.Parse(item.Groups["count"].Value));
        }
    }

    [GeneratedRegex(@"^(?<instance>\S+): Preparing to execute orchestrator '[^']*' with \d+ new events: (?<events>.*)$")]
    private static partial Regex Delivery();

    [GeneratedRegex(@"(?<event>\w+) x(?<count>\d+)")]
    private static partial Regex EventCount();

    private sealed class Reader(DurableEventLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Read(formatter(state, exception));
    }

    private sealed class Silent : ILogger
    {
        public static readonly Silent Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
