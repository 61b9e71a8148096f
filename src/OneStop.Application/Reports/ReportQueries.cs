using System.Runtime.CompilerServices;
using OneStop.Application.Access;
using OneStop.Application.Catalog;
using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Reports;

/// <summary>
/// The leaders' reports over a period: on time as Decision 766 counts it, intake, satisfaction. Each counts the
/// dossiers the reader may see (<see cref="AccessPolicy.ScopeOf"/>): the whole province for the center's leaders.
/// The on-time report reads the aggregate records (<see cref="IScoreCountStore"/>), a year of a province in a
/// second; intake and satisfaction read the dossiers of their days.
/// </summary>
public sealed class ReportQueries(IDossierStore store, IScoreCountStore counts, DossierEngine engine, AccessPolicy access, CatalogCache catalog, TimeProvider time)
{
    /// <summary>The largest page a store answers; a report reads every page of its period.</summary>
    private const int PageSize = 200;

    /// <summary>The Decision 766 on-time report: one line per department, procedure, intake point, week or month (see <see cref="OnTimeReport"/>).</summary>
    public async Task<IReadOnlyList<OnTimeReportRow>> OnTimeAsync(OnTimeQuery query, Actor reader, CancellationToken cancellationToken = default)
    {
        var tally = TallyFor(query);
        await foreach (var entry in InScopeAsync(query, reader, cancellationToken))
        {
            tally.Add(entry);
        }
        return tally.Rows;
    }

    /// <summary>Intake per counter and per intake point per day over the local days [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<IReadOnlyList<IntakeCount>> IntakeAsync(DateOnly from, DateOnly to, Actor reader, CancellationToken cancellationToken = default)
    {
        var period = ReportPeriod.Days(from, to, engine.Calendar.Settings.UtcOffset);
        return IntakeTally.Of(await ForPeriodAsync(period, reader, cancellationToken), period, engine.Calendar);
    }

    /// <summary>
    /// The applicants' ratings of the dossiers whose result was returned in the period, a line per department (a liên
    /// thông dossier rates each of its departments) or per procedure.
    /// </summary>
    public async Task<IReadOnlyList<SatisfactionRow>> SatisfactionAsync(OnTimeQuery query, Actor reader, CancellationToken cancellationToken = default)
    {
        var scope = access.ScopeOf(reader);
        var period = ReportPeriod.Days(query.From, query.To, engine.Calendar.Settings.UtcOffset);
        var filter = new DossierFilter { Statuses = [DossierStatus.Returned], ReturnedFrom = period.From, ReturnedTo = period.To };
        var returned = new List<Dossier>();
        string? continuation = null;
        do
        {
            var page = await store.SearchAsync(filter, PageSize, continuation, cancellationToken);
            returned.AddRange(page.Dossiers.Select(s => s.Dossier).Where(scope.Contains));
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return SatisfactionReport.Build(returned, query.By == ReportGrouping.Procedure ? OnTimeReport.ByProcedure : OnTimeReport.ByDepartment);
    }

    /// <summary>The dossiers behind one figure of the report, newest received first (each read by its code).</summary>
    public async Task<IReadOnlyList<Dossier>> OnTimeDossiersAsync(OnTimeQuery query, OnTimeQuery.Figure figure, Actor reader, CancellationToken cancellationToken = default)
    {
        var tally = TallyFor(query);
        var behind = new List<ScoreEntry>();
        await foreach (var entry in InScopeAsync(query, reader, cancellationToken))
        {
            if (tally.Judge(entry).Any(j => j.Key.Key == figure.Key && j.Judged.Counts(figure.Measure)))
            {
                behind.Add(entry);
            }
        }
        var dossiers = new List<Dossier>();
        foreach (var entry in behind.OrderByDescending(e => e.ReceivedAt))
        {
            if (DossierCode.TryParse(entry.Code, out var code) && await store.FindAsync(code, cancellationToken) is { } stored)
            {
                dossiers.Add(stored.Dossier);
            }
        }
        return dossiers;
    }

    /// <summary>The report's lines: per week or month of its days, or per department, procedure or intake point.</summary>
    private OnTimeTally TallyFor(OnTimeQuery query)
    {
        var offset = engine.Calendar.Settings.UtcOffset;
        var now = time.GetUtcNow();
        if (query.By is ReportGrouping.Week or ReportGrouping.Month)
        {
            var unit = query.By == ReportGrouping.Week ? PeriodUnit.Week : PeriodUnit.Month;
            return new OnTimeTally(ReportPeriod.Split(query.From, query.To, unit, offset), now, engine.Calendar);
        }
        Func<ScoreEntry, IEnumerable<ReportKey>> keys = query.By switch
        {
            ReportGrouping.Procedure => OnTimeReport.ByProcedure,
            ReportGrouping.IntakePoint => OnTimeReport.ByIntakePoint,
            _ => OnTimeReport.ByDepartment(DepartmentName),
        };
        return new OnTimeTally(ReportPeriod.Days(query.From, query.To, offset), keys, now, engine.Calendar);
    }

    /// <summary>The entries of the aggregate records that may count in the report's days and that the reader may see.</summary>
    private async IAsyncEnumerable<ScoreEntry> InScopeAsync(OnTimeQuery query, Actor reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scope = access.ScopeOf(reader);
        var from = ReportPeriod.Days(query.From, query.To, engine.Calendar.Settings.UtcOffset).From;
        await foreach (var record in counts.ForPeriodAsync(from, query.To, cancellationToken))
        {
            foreach (var entry in record.Entries.Where(scope.Contains))
            {
                yield return entry;
            }
        }
    }

    private string? DepartmentName(string code) => DepartmentCode.TryParse(code, out var department) ? catalog.Current.Department(department)?.Name : null;

    private async Task<IReadOnlyList<Dossier>> ForPeriodAsync(ReportPeriod period, Actor reader, CancellationToken cancellationToken)
    {
        var scope = access.ScopeOf(reader);
        var found = new List<Dossier>();
        await foreach (var stored in store.ForPeriodAsync(period, cancellationToken))
        {
            if (scope.Contains(stored.Dossier))
            {
                found.Add(stored.Dossier);
            }
        }
        return found;
    }
}
