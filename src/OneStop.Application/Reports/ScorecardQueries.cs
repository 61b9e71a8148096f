using OneStop.Application.Access;
using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Reports;

/// <summary>The scorecard of the local days [<see cref="From"/>, <see cref="To"/>], a line per department, procedure or intake point.</summary>
public sealed record ScorecardQuery(DateOnly From, DateOnly To, ScoreLines By);

/// <summary>The scorecard: the indicators with their rules, the lines, and how many aggregate records were read for it.</summary>
public sealed record ScorecardAnswer(IReadOnlyList<ScoreIndicator> Indicators, IReadOnlyList<ScorecardLine> Lines, int RecordsRead);

/// <summary>A dossier behind a figure: its entry, and whether it meets the indicator (on time, filed online, ...).</summary>
public sealed record ScoreDossier(ScoreEntry Entry, bool Meets);

/// <summary>
/// The Decision 766 scorecard for the leaders, read from the aggregate records (<see cref="IScoreCountStore"/>), never
/// from the dossiers' documents: a year of a province is a stream of small entries. Counted within the reader's
/// scope (<see cref="AccessPolicy.ScopeOf"/>): the province for the center's leaders.
/// </summary>
public sealed class ScorecardQueries(IScoreCountStore counts, DossierEngine engine, AccessPolicy access, CatalogCache catalog, ScorecardRules rules, TimeProvider time)
{
    public async Task<ScorecardAnswer> ReadAsync(ScorecardQuery query, Actor reader, CancellationToken cancellationToken = default)
    {
        var (card, records) = await TallyAsync(query, reader, null, cancellationToken);
        return new ScorecardAnswer(rules.Indicators, card.Lines(query.By, key => NameOf(query.By, key)), records);
    }

    /// <summary>The dossiers counted for one indicator on one line (the province's when <paramref name="key"/> is empty), newest received first.</summary>
    /// <exception cref="InputRejectedException">No such indicator, or one OneStop has no data for.</exception>
    public async Task<IReadOnlyList<ScoreDossier>> DossiersAsync(ScorecardQuery query, string indicator, string key, Actor reader, CancellationToken cancellationToken = default)
    {
        if (rules.Indicators.FirstOrDefault(i => i.Id == indicator) is not { HasData: true })
        {
            throw new InputRejectedException([new ValidationError("indicator", $"Không có chỉ số «{indicator}» có dữ liệu trong bảng chỉ số.")]);
        }
        var behind = new List<ScoreDossier>();
        await TallyAsync(query, reader, (card, entry) =>
        {
            if (OnLine(entry, query.By, key) && card.Behind(entry, indicator) is { Counts: true } figure)
            {
                behind.Add(new ScoreDossier(entry, figure.Meets));
            }
        }, cancellationToken);
        return [.. behind.OrderByDescending(d => d.Entry.ReceivedAt)];
    }

    private async Task<(Scorecard Card, int Records)> TallyAsync(ScorecardQuery query, Actor reader, Action<Scorecard, ScoreEntry>? each, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Days(query.From, query.To, engine.Calendar.Settings.UtcOffset);
        var scope = access.ScopeOf(reader);
        var card = new Scorecard(rules, period, time.GetUtcNow());
        int records = 0;
        await foreach (var record in counts.ForPeriodAsync(period.From, query.To, cancellationToken))
        {
            records++;
            foreach (var entry in record.Entries.Where(scope.Contains))
            {
                card.Add(entry);
                each?.Invoke(card, entry);
            }
        }
        return (card, records);
    }

    private static bool OnLine(ScoreEntry entry, ScoreLines by, string key) => key.Length == 0 || by switch
    {
        ScoreLines.Procedure => entry.Procedure == key,
        ScoreLines.IntakePoint => entry.IntakePoint == key,
        _ => entry.Departments.Contains(key),
    };

    /// <summary>A department's name from the catalog (an entry knows only its code); procedures and points are named by their entries.</summary>
    private string? NameOf(ScoreLines by, string key) =>
        by == ScoreLines.Department && DepartmentCode.TryParse(key, out var code) ? catalog.Current.Department(code)?.Name : null;
}
