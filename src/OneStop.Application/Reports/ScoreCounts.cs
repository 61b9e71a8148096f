using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Reports;

/// <summary>
/// Keeps the scorecard's aggregate records as dossiers change: each saved change puts the dossier's entry in its
/// record. A failure to record is logged and counted, never the request's failure (the dossier is saved); the next
/// change of that dossier records it again, and <see cref="RebuildAsync"/> recomputes every record from the
/// dossiers, as an operator runs it after an outage or a change of the rules.
/// </summary>
public sealed class ScoreCounts(IScoreCountStore counts, IDossierStore dossiers, DossierEngine engine, ILogger<ScoreCounts> logger) : IChangeCounter
{
    private static readonly Counter<long> Failures = OneStopTelemetry.Metrics.CreateCounter<long>("onestop.scorecard.record_failures");

    public async Task CountAsync(Dossier dossier, CancellationToken cancellationToken = default)
    {
        if (ScoreEntry.Of(dossier, engine.Calendar) is not { } entry)
        {
            return;
        }
        try
        {
            await counts.RecordAsync(entry, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failures.Add(1);
            logger.LogWarning(e, "The scorecard's record of dossier {Dossier} was not updated; the next change or a rebuild will", dossier.Id);
        }
    }

    /// <summary>Records every received dossier's entry again from the store: the records then agree with the dossiers.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        int recorded = 0;
        var everything = new ReportPeriod(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await foreach (var stored in dossiers.ForPeriodAsync(everything, cancellationToken))
        {
            if (ScoreEntry.Of(stored.Dossier, engine.Calendar) is { } entry)
            {
                await counts.RecordAsync(entry, cancellationToken);
                recorded++;
            }
        }
        return recorded;
    }
}
