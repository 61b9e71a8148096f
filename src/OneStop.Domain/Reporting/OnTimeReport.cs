using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>A reporting period, from its start (inclusive) to its end (exclusive).</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To);

/// <summary>One line of the on-time report: one department, procedure or intake point in one period.</summary>
/// <param name="Received">Received during the period.</param>
/// <param name="CarriedOver">Received before the period and still open at its start.</param>
/// <param name="Online">Of those received during the period, how many were filed online.</param>
public sealed record OnTimeReportRow(
    string Key,
    int Received,
    int CarriedOver,
    int Early,
    int OnTime,
    int Late,
    int OpenWithinLimit,
    int OpenOverdue,
    int Online)
{
    public int Finished => Early + OnTime + Late;

    /// <summary>Share of finished dossiers finished early or on time; 1 when none finished.</summary>
    public double OnTimeRate => Finished == 0 ? 1 : (double)(Early + OnTime) / Finished;

    public double OnlineShare => Received == 0 ? 0 : (double)Online / Received;
}

/// <summary>The Decision 766 on-time report: received, finished early / on time / late, open within or over the limit, online share.</summary>
public static class OnTimeReport
{
    /// <summary>
    /// Lines for every key that a dossier of the period falls under (a liên thông dossier counts for each of
    /// its departments). A dossier belongs to the period when it was received before its end and had not
    /// ended before its start; it is judged as of the period's end.
    /// </summary>
    public static IReadOnlyList<OnTimeReportRow> Build(
        IEnumerable<Dossier> dossiers, ReportPeriod period, Func<Dossier, IEnumerable<string>> keys, WorkingCalendar calendar)
    {
        var rows = new SortedDictionary<string, OnTimeReportRow>(StringComparer.Ordinal);
        var asOf = period.To.AddTicks(-1);
        foreach (var dossier in dossiers)
        {
            if (dossier.ReceivedAt is not { } receivedAt || receivedAt >= period.To
                || OnTimeClassifier.EndedBy(dossier, asOf) is { } ended && ended < period.From)
            {
                continue;
            }
            var status = OnTimeClassifier.Classify(dossier, asOf, calendar);
            bool receivedInPeriod = receivedAt >= period.From;
            foreach (var key in keys(dossier).Distinct())
            {
                var row = rows.GetValueOrDefault(key) ?? new OnTimeReportRow(key, 0, 0, 0, 0, 0, 0, 0, 0);
                rows[key] = row with
                {
                    Received = row.Received + (receivedInPeriod ? 1 : 0),
                    CarriedOver = row.CarriedOver + (receivedInPeriod ? 0 : 1),
                    Online = row.Online + (receivedInPeriod && dossier.Channel == IntakeChannel.Online ? 1 : 0),
                    Early = row.Early + (status == OnTimeStatus.Early ? 1 : 0),
                    OnTime = row.OnTime + (status == OnTimeStatus.OnTime ? 1 : 0),
                    Late = row.Late + (status == OnTimeStatus.Late ? 1 : 0),
                    OpenWithinLimit = row.OpenWithinLimit + (status == OnTimeStatus.OpenWithinLimit ? 1 : 0),
                    OpenOverdue = row.OpenOverdue + (status == OnTimeStatus.OpenOverdue ? 1 : 0),
                };
            }
        }
        return [.. rows.Values];
    }

    public static IEnumerable<string> ByDepartment(Dossier dossier) => dossier.Procedure.ProcessDepartments.Select(d => d.Value);

    public static IEnumerable<string> ByProcedure(Dossier dossier) => [dossier.Procedure.Code.Value];

    public static IEnumerable<string> ByIntakePoint(Dossier dossier) => [dossier.IntakePoint.Code];
}
