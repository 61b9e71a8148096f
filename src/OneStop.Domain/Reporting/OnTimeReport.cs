using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>What a figure of the on-time report counts: the column of a row, and the dossiers behind it.</summary>
public enum OnTimeMeasure
{
    Received,
    CarriedOver,
    Early,
    OnTime,
    Late,
    OpenWithinLimit,
    OpenOverdue,
    Withdrawn,
    Stopped,
    Online,
}

/// <summary>One dossier of a period, as the report judges it.</summary>
/// <param name="ReceivedInPeriod">False for a dossier received before the period and still open at its start (carried over).</param>
public sealed record OnTimeEntry(Dossier Dossier, OnTimeStatus Status, bool ReceivedInPeriod)
{
    /// <summary>True when the entry is one of the dossiers behind a figure of <paramref name="measure"/>.</summary>
    public bool Counts(OnTimeMeasure measure) => measure switch
    {
        OnTimeMeasure.Received => ReceivedInPeriod,
        OnTimeMeasure.CarriedOver => !ReceivedInPeriod,
        OnTimeMeasure.Online => ReceivedInPeriod && Dossier.Channel == IntakeChannel.Online,
        OnTimeMeasure.Early => Status == OnTimeStatus.Early,
        OnTimeMeasure.OnTime => Status == OnTimeStatus.OnTime,
        OnTimeMeasure.Late => Status == OnTimeStatus.Late,
        OnTimeMeasure.OpenWithinLimit => Status == OnTimeStatus.OpenWithinLimit,
        OnTimeMeasure.OpenOverdue => Status == OnTimeStatus.OpenOverdue,
        OnTimeMeasure.Withdrawn => Status == OnTimeStatus.Withdrawn,
        _ => Status == OnTimeStatus.Stopped,
    };
}

/// <summary>What a line of the report is about: a code (a department's, a procedure's, an intake point's, a period's label) and its name.</summary>
public sealed record ReportKey(string Key, string Name);

/// <summary>One line of the on-time report: one department, procedure, intake point or period.</summary>
/// <param name="Received">Received during the period.</param>
/// <param name="CarriedOver">Received before the period and still open at its start.</param>
/// <param name="Withdrawn">Withdrawn by the applicant: apart from early, on time and late.</param>
/// <param name="Stopped">Stopped by the agency: apart from early, on time and late.</param>
/// <param name="Online">Of those received during the period, how many were filed online.</param>
public sealed record OnTimeReportRow(
    string Key,
    string Name,
    int Received,
    int CarriedOver,
    int Early,
    int OnTime,
    int Late,
    int OpenWithinLimit,
    int OpenOverdue,
    int Withdrawn,
    int Stopped,
    int Online)
{
    public static OnTimeReportRow Empty(ReportKey key) => new(key.Key, key.Name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Finished with a result: early, on time or late.</summary>
    public int Finished => Early + OnTime + Late;

    /// <summary>Share of finished dossiers finished early or on time; 1 when none finished.</summary>
    public double OnTimeRate => Finished == 0 ? 1 : (double)(Early + OnTime) / Finished;

    public double OnlineShare => Received == 0 ? 0 : (double)Online / Received;

    /// <summary>The row with one more dossier.</summary>
    public OnTimeReportRow Add(OnTimeEntry entry)
    {
        int One(OnTimeMeasure measure) => entry.Counts(measure) ? 1 : 0;
        return this with
        {
            Received = Received + One(OnTimeMeasure.Received),
            CarriedOver = CarriedOver + One(OnTimeMeasure.CarriedOver),
            Early = Early + One(OnTimeMeasure.Early),
            OnTime = OnTime + One(OnTimeMeasure.OnTime),
            Late = Late + One(OnTimeMeasure.Late),
            OpenWithinLimit = OpenWithinLimit + One(OnTimeMeasure.OpenWithinLimit),
            OpenOverdue = OpenOverdue + One(OnTimeMeasure.OpenOverdue),
            Withdrawn = Withdrawn + One(OnTimeMeasure.Withdrawn),
            Stopped = Stopped + One(OnTimeMeasure.Stopped),
            Online = Online + One(OnTimeMeasure.Online),
        };
    }
}

/// <summary>A line of the report with the dossiers behind it.</summary>
public sealed record OnTimeLine(ReportKey Key, IReadOnlyList<OnTimeEntry> Entries)
{
    public OnTimeReportRow Row => Entries.Aggregate(OnTimeReportRow.Empty(Key), (row, entry) => row.Add(entry));
}

/// <summary>The Decision 766 on-time report: received, finished early / on time / late, open within or over the limit, withdrawn, stopped, online share.</summary>
public static class OnTimeReport
{
    /// <summary>
    /// The dossiers of a period, each judged. A dossier belongs to the period when it was received before its end
    /// and had not ended before its start. It is judged as of the period's end or, while the period runs, as of now:
    /// a dossier due tomorrow is open within its limit today, not overdue at the end of a month not yet over.
    /// </summary>
    public static IReadOnlyList<OnTimeEntry> Entries(IEnumerable<Dossier> dossiers, ReportPeriod period, DateTimeOffset now, WorkingCalendar calendar)
    {
        var asOf = period.JudgedAt(now);
        var entries = new List<OnTimeEntry>();
        foreach (var dossier in dossiers)
        {
            if (dossier.ReceivedAt is not { } receivedAt || receivedAt > asOf
                || OnTimeClassifier.EndedBy(dossier, asOf) is { } ended && ended < period.From)
            {
                continue;
            }
            var status = OnTimeClassifier.Classify(dossier, asOf, calendar);
            if (status != OnTimeStatus.NotCounted)
            {
                entries.Add(new OnTimeEntry(dossier, status, receivedAt >= period.From));
            }
        }
        return entries;
    }

    /// <summary>Lines for every key that an entry falls under (a liên thông dossier counts for each of its departments), in key order.</summary>
    public static IReadOnlyList<OnTimeLine> Lines(IEnumerable<OnTimeEntry> entries, Func<Dossier, IEnumerable<ReportKey>> keys) =>
        [.. entries
            .SelectMany(e => keys(e.Dossier).DistinctBy(k => k.Key).Select(k => (Key: k, Entry: e)))
            .GroupBy(x => x.Key.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OnTimeLine(g.First().Key, [.. g.Select(x => x.Entry)]))];

    public static IEnumerable<ReportKey> ByDepartment(Dossier dossier) =>
        dossier.Procedure.ProcessDepartments.Select(d => new ReportKey(d.Value, dossier.DepartmentOf(d)?.Name ?? d.Value));

    public static IEnumerable<ReportKey> ByProcedure(Dossier dossier) => [new(dossier.Procedure.Code.Value, dossier.Procedure.Name)];

    public static IEnumerable<ReportKey> ByIntakePoint(Dossier dossier) => [new(dossier.IntakePoint.Code, dossier.IntakePoint.Name)];
}
