using OneStop.Domain.Calendar;

namespace OneStop.Domain.Reporting;

/// <summary>
/// The on-time report's rows tallied as the dossiers' entries stream by, without holding them: a year of a province
/// is read from the aggregate records in a second. Each entry is judged on every line it falls under: by key (a liên
/// thông dossier on each of its departments) over the whole period, or in each week or month of it, as of the
/// period's end or, while it runs, as of now (<see cref="OnTimeReport.Judge"/>).
/// </summary>
public sealed class OnTimeTally
{
    private readonly ReportPeriod? whole;
    private readonly IReadOnlyList<ReportPeriod> periods;
    private readonly Func<ScoreEntry, IEnumerable<ReportKey>> keys;
    private readonly DateTimeOffset now;
    private readonly WorkingCalendar calendar;
    private readonly Dictionary<string, OnTimeReportRow> rows = new(StringComparer.Ordinal);

    /// <summary>A line per key over the whole period.</summary>
    public OnTimeTally(ReportPeriod whole, Func<ScoreEntry, IEnumerable<ReportKey>> keys, DateTimeOffset now, WorkingCalendar calendar)
        : this(whole, [], keys, now, calendar)
    {
    }

    /// <summary>A line per period (a week or a month of the report's days), those begun by now.</summary>
    public OnTimeTally(IEnumerable<ReportPeriod> periods, DateTimeOffset now, WorkingCalendar calendar)
        : this(null, [.. periods.Where(p => p.From <= now)], _ => [], now, calendar)
    {
    }

    private OnTimeTally(ReportPeriod? whole, IReadOnlyList<ReportPeriod> periods, Func<ScoreEntry, IEnumerable<ReportKey>> keys, DateTimeOffset now, WorkingCalendar calendar)
    {
        this.whole = whole;
        this.periods = periods;
        this.keys = keys;
        this.now = now;
        this.calendar = calendar;
    }

    /// <summary>The lines the entry falls under, and how it is judged on each.</summary>
    public IEnumerable<(ReportKey Key, OnTimeEntry Judged)> Judge(ScoreEntry entry)
    {
        if (whole is null)
        {
            foreach (var period in periods)
            {
                if (OnTimeReport.Judge(entry, period, now, calendar) is { } judged)
                {
                    yield return (period.Key, judged);
                }
            }
        }
        else if (OnTimeReport.Judge(entry, whole, now, calendar) is { } judged)
        {
            foreach (var key in keys(entry).DistinctBy(k => k.Key))
            {
                yield return (key, judged);
            }
        }
    }

    public void Add(ScoreEntry entry)
    {
        foreach (var (key, judged) in Judge(entry))
        {
            rows[key.Key] = (rows.TryGetValue(key.Key, out var row) ? row : OnTimeReportRow.Empty(key)).Add(judged);
        }
    }

    /// <summary>The rows: the periods' in order (an empty one for a period without dossiers), or the keys' in key order.</summary>
    public IReadOnlyList<OnTimeReportRow> Rows => whole is null
        ? [.. periods.Select(p => rows.GetValueOrDefault(p.Key.Key) ?? OnTimeReportRow.Empty(p.Key))]
        : [.. rows.Values.OrderBy(r => r.Key, StringComparer.Ordinal)];
}
