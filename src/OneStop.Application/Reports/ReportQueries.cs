using OneStop.Application.Access;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Reports;

/// <summary>
/// The leaders' reports over a period: on time as Decision 766 counts it, intake, satisfaction. Each counts the
/// dossiers the reader may see (<see cref="AccessPolicy.ScopeOf"/>): the whole province for the center's leaders.
/// </summary>
public sealed class ReportQueries(IDossierStore store, DossierEngine engine, AccessPolicy access, TimeProvider time)
{
    /// <summary>The largest page a store answers; a report reads every page of its period.</summary>
    private const int PageSize = 200;

    /// <summary>The Decision 766 on-time report: one line per department, procedure, intake point, week or month (see <see cref="OnTimeReport"/>).</summary>
    public async Task<IReadOnlyList<OnTimeReportRow>> OnTimeAsync(OnTimeQuery query, Actor reader, CancellationToken cancellationToken = default) =>
        [.. (await OnTimeLinesAsync(query, reader, cancellationToken)).Select(l => l.Row)];

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

    /// <summary>The dossiers behind one figure of the report, newest received first.</summary>
    public async Task<IReadOnlyList<Dossier>> OnTimeDossiersAsync(OnTimeQuery query, OnTimeQuery.Figure figure, Actor reader, CancellationToken cancellationToken = default) =>
        [.. (await OnTimeLinesAsync(query, reader, cancellationToken))
            .Where(l => l.Key.Key == figure.Key)
            .SelectMany(l => l.Entries)
            .Where(e => e.Counts(figure.Measure))
            .Select(e => e.Dossier)
            .OrderByDescending(d => d.ReceivedAt)];

    /// <summary>Each line's key and its dossiers, judged as of the end of its period or, while it runs, as of now.</summary>
    private async Task<IReadOnlyList<OnTimeLine>> OnTimeLinesAsync(OnTimeQuery query, Actor reader, CancellationToken cancellationToken)
    {
        var offset = engine.Calendar.Settings.UtcOffset;
        var whole = ReportPeriod.Days(query.From, query.To, offset);
        var found = await ForPeriodAsync(whole, reader, cancellationToken);
        var now = time.GetUtcNow();
        if (query.By is ReportGrouping.Week or ReportGrouping.Month)
        {
            var unit = query.By == ReportGrouping.Week ? PeriodUnit.Week : PeriodUnit.Month;
            return [.. ReportPeriod.Split(query.From, query.To, unit, offset)
                .Where(p => p.From <= now)
                .Select(p => new OnTimeLine(p.Key, OnTimeReport.Entries(found, p, now, engine.Calendar)))];
        }
        Func<Dossier, IEnumerable<ReportKey>> keys = query.By switch
        {
            ReportGrouping.Procedure => OnTimeReport.ByProcedure,
            ReportGrouping.IntakePoint => OnTimeReport.ByIntakePoint,
            _ => OnTimeReport.ByDepartment,
        };
        return OnTimeReport.Lines(OnTimeReport.Entries(found, whole, now, engine.Calendar), keys);
    }

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
