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
public sealed record OnTimeEntry(ScoreEntry Entry, OnTimeStatus Status, bool ReceivedInPeriod)
{
    /// <summary>True when the entry is one of the dossiers behind a figure of <paramref name="measure"/>.</summary>
    public bool Counts(OnTimeMeasure measure) => measure switch
    {
        OnTimeMeasure.Received => ReceivedInPeriod,
        OnTimeMeasure.CarriedOver => !ReceivedInPeriod,
        OnTimeMeasure.Online => ReceivedInPeriod && Entry.FiledOnline,
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

/// <summary>The Decision 766 on-time report: received, finished early / on time / late, open within or over the limit, withdrawn, stopped, online share.</summary>
public static class OnTimeReport
{
    /// <summary>
    /// One dossier judged in a period from its <see cref="ScoreEntry"/>, or null when it does not belong to it. A
    /// dossier belongs to the period when it was received before its end and had not ended before its start. It is
    /// judged as of the period's end or, while the period runs, as of now: a dossier due tomorrow is open within its
    /// limit today, not overdue at the end of a month not yet over.
    /// </summary>
    public static OnTimeEntry? Judge(ScoreEntry entry, ReportPeriod period, DateTimeOffset now, WorkingCalendar calendar)
    {
        var asOf = period.JudgedAt(now);
        if (entry.ReceivedAt > asOf || entry.EndedAt is { } ended && ended < period.From)
        {
            return null;
        }
        return new OnTimeEntry(entry, OnTimeClassifier.Classify(entry, asOf, calendar), entry.ReceivedAt >= period.From);
    }

    /// <summary>A line per department of the entry's process, named by <paramref name="nameOf"/> (an entry knows only the codes).</summary>
    public static Func<ScoreEntry, IEnumerable<ReportKey>> ByDepartment(Func<string, string?> nameOf) =>
        entry => entry.Departments.Select(d => new ReportKey(d, nameOf(d) ?? d));

    public static IEnumerable<ReportKey> ByProcedure(ScoreEntry entry) => [new(entry.Procedure, entry.ProcedureName)];

    public static IEnumerable<ReportKey> ByIntakePoint(ScoreEntry entry) => [new(entry.IntakePoint, entry.IntakePointName)];

    /// <summary>A line per department of the dossier's process (the satisfaction report reads the dossiers returned).</summary>
    public static IEnumerable<ReportKey> ByDepartment(Dossier dossier) =>
        dossier.Procedure.ProcessDepartments.Select(d => new ReportKey(d.Value, dossier.DepartmentOf(d)?.Name ?? d.Value));

    public static IEnumerable<ReportKey> ByProcedure(Dossier dossier) => [new(dossier.Procedure.Code.Value, dossier.Procedure.Name)];
}
