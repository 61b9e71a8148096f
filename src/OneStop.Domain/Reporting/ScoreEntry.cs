using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>How a received dossier's processing ended, as the national dashboard reads it ("kết thúc xử lý").</summary>
public enum ScoreEnd
{
    /// <summary>Not ended yet.</summary>
    Open,

    /// <summary>A result was issued (status 9): the request granted, or refused by the competent agency.</summary>
    Result,

    /// <summary>The applicant asked to withdraw it ("Công dân yêu cầu rút hồ sơ").</summary>
    Withdrawn,

    /// <summary>The agency stopped processing it ("Dừng xử lý").</summary>
    Stopped,
}

/// <summary>
/// What the Decision 766 scorecard needs of one received dossier, kept small so that a year of a province is read
/// in seconds: where and when it was received, for which procedure and departments, how and when its processing
/// ended, its appointment (moved by the applicant's waiting), whether a step asked twice for a supplement, whether its
/// papers were kept as files, whether it was done online from filing to result, and its rating. It carries the
/// length of the history it was read from (<see cref="Version"/>), so an older reading never replaces a newer one.
/// </summary>
public sealed record ScoreEntry(
    string Code,
    int Version,
    DateOnly ReceivedDay,
    DateTimeOffset ReceivedAt,
    string IntakePoint,
    string IntakePointName,
    string Procedure,
    string ProcedureName,
    IReadOnlyList<string> Departments,
    bool FiledOnline,
    DateTimeOffset Appointment,
    ScoreEnd End,
    DateTimeOffset? EndedAt,
    DateTimeOffset? WaitingForSupplementSince,
    bool AskedTwiceForASupplement,
    double? WorkingDaysUsed,
    bool PapersAsFiles,
    bool ResultReturnedOnline,
    int? Rating)
{
    /// <summary>
    /// The aggregate record the entry belongs to: its day of receipt and its intake point. Per day and point rather than
    /// also per procedure: a province has some two thousand procedures, so a record per procedure would hold one or two
    /// dossiers and a year's scorecard would read as many records as dossiers.
    /// </summary>
    public string Bucket => BucketOf(ReceivedDay, IntakePoint);

    public static string BucketOf(DateOnly day, string intakePoint) => $"{day:yyyy-MM-dd}|{intakePoint}";

    /// <summary>The dossier's entry, or null while it has not been received (a dossier never received does not count).</summary>
    public static ScoreEntry? Of(Dossier dossier, WorkingCalendar calendar)
    {
        var history = dossier.History;
        if (history.OfType<DossierReceived>().FirstOrDefault() is not { } received)
        {
            return null;
        }
        var appointment = history.Select(e => e switch
        {
            DossierReceived r => r.Appointment,
            SupplementProvided { Appointment: { } moved } => moved,
            FeesPaid paid => paid.Appointment,
            _ => (DateTimeOffset?)null,
        }).Last(a => a is not null)!.Value;
        var ending = history.FirstOrDefault(e => e is ResultIssued or WithdrawalRequested or ProcessingStopped);
        var end = ending switch
        {
            ResultIssued => ScoreEnd.Result,
            WithdrawalRequested or ProcessingStopped { Withdrawn: true } => ScoreEnd.Withdrawn,
            ProcessingStopped => ScoreEnd.Stopped,
            _ => ScoreEnd.Open,
        };
        var waiting = end == ScoreEnd.Open && dossier.Status == DossierStatus.SupplementRequested
            ? history.OfType<SupplementRequested>().Last().At
            : (DateTimeOffset?)null;
        var askedTwice = history.OfType<SupplementRequested>().Where(r => r.Step is not null).GroupBy(r => (r.Step, r.Department)).Any(g => g.Count() > 1);
        double? used = end == ScoreEnd.Result && ending is not null
            ? calendar.WorkingTimeBetween(received.ClockStart, ending.At).TotalHours / calendar.WorkingDayLength.TotalHours - WaitedDays(history, calendar)
            : null;
        return new ScoreEntry(
            dossier.Id, history.Length, calendar.LocalDate(received.At), received.At, dossier.IntakePoint.Code, dossier.IntakePoint.Name,
            dossier.Procedure.Code.Value, dossier.Procedure.Name, [.. dossier.Procedure.ProcessDepartments.Select(d => d.Value).Distinct()],
            dossier.Channel == IntakeChannel.Online, appointment, end, ending?.At, waiting, askedTwice, used,
            dossier.Documents.Length > 0 && dossier.Documents.All(d => d.Length > 0),
            dossier.Channel == IntakeChannel.Online && history.OfType<ResultReturned>().Any(r => r.Method == ReturnMethod.Online),
            history.OfType<ServiceRated>().LastOrDefault()?.Score);
    }

    /// <summary>Working days spent waiting for the applicant (a supplement, the fees): not the agencies' time.</summary>
    private static double WaitedDays(IEnumerable<DossierEvent> history, WorkingCalendar calendar)
    {
        double days = 0;
        DateTimeOffset? since = null;
        foreach (var e in history)
        {
            if (e is SupplementRequested { Step: not null } or FeesRequested)
            {
                since ??= e.At;
            }
            else if (since is { } from && e is SupplementProvided or FeesPaid)
            {
                days += calendar.WorkingTimeBetween(from, e.At).TotalHours / calendar.WorkingDayLength.TotalHours;
                since = null;
            }
        }
        return days;
    }
}
