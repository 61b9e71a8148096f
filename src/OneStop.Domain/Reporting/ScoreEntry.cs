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
/// A time the dossier waited for its applicant: from the supplement or fee request (the latest when several came
/// in a row) to the supplement or payment, and the appointment that moved with it (none when the supplement kept it).
/// </summary>
public sealed record ScoreWait(DateTimeOffset Since, DateTimeOffset? Until, bool ForSupplement, DateTimeOffset? Appointment)
{
    public bool OpenAt(DateTimeOffset instant) => Since <= instant && (Until is not { } until || until > instant);
}

/// <summary>
/// What the reports need of one received dossier, kept small so that a year of a province is read in seconds (the
/// Decision 766 scorecard and the on-time report): where and when it was received, for which procedure and
/// departments, its appointment at receipt and the waits for the applicant that moved it, how and when its
/// processing ended, when a step asked a second time for a supplement, whether its papers were kept as files,
/// whether it was done online from filing to result, and its rating. From these it is judged as of any instant, as
/// <see cref="OnTimeClassifier"/> does. It carries the length of the history it was read from (<see
/// cref="Version"/>), so an older reading never replaces a newer one.
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
    DateTimeOffset AppointmentAtReceipt,
    IReadOnlyList<ScoreWait> Waits,
    ScoreEnd End,
    DateTimeOffset? EndedAt,
    DateTimeOffset? AskedTwiceAt,
    double? WorkingDaysUsed,
    bool PapersAsFiles,
    bool ResultReturnedOnline,
    int? Rating)
{
    /// <summary>The appointment as it stands now, after every wait that moved it.</summary>
    public DateTimeOffset Appointment => AppointmentAt(DateTimeOffset.MaxValue);

    /// <summary>True when a step asked the applicant a second time for a supplement (late, whatever the dates).</summary>
    public bool AskedTwiceForASupplement => AskedTwiceAt is not null;

    /// <summary>Since when it waits for a supplement, while its processing is open and it waits.</summary>
    public DateTimeOffset? WaitingForSupplementSince => WaitAt(DateTimeOffset.MaxValue) is { ForSupplement: true } wait ? wait.Since : null;

    /// <summary>The appointment as it stood at an instant: moved by the waits that had ended by then.</summary>
    public DateTimeOffset AppointmentAt(DateTimeOffset instant) =>
        Waits.LastOrDefault(w => w.Until <= instant && w.Appointment is not null)?.Appointment ?? AppointmentAtReceipt;

    /// <summary>The wait for the applicant under way at an instant, while processing had not ended.</summary>
    public ScoreWait? WaitAt(DateTimeOffset instant) =>
        EndedAt is { } ended && ended <= instant ? null : Waits.LastOrDefault(w => w.OpenAt(instant));

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
        var ending = history.FirstOrDefault(e => e is ResultIssued or WithdrawalRequested or ProcessingStopped);
        var end = ending switch
        {
            ResultIssued => ScoreEnd.Result,
            WithdrawalRequested or ProcessingStopped { Withdrawn: true } => ScoreEnd.Withdrawn,
            ProcessingStopped => ScoreEnd.Stopped,
            _ => ScoreEnd.Open,
        };
        var askedTwice = history.OfType<SupplementRequested>().Where(r => r.Step is not null).GroupBy(r => (r.Step, r.Department))
            .Select(g => g.Skip(1).FirstOrDefault()?.At).Where(at => at is not null).Min();
        double? used = end == ScoreEnd.Result && ending is not null
            ? calendar.WorkingTimeBetween(received.ClockStart, ending.At).TotalHours / calendar.WorkingDayLength.TotalHours - WaitedDays(history, calendar)
            : null;
        return new ScoreEntry(
            dossier.Id, history.Length, calendar.LocalDate(received.At), received.At, dossier.IntakePoint.Code, dossier.IntakePoint.Name,
            dossier.Procedure.Code.Value, dossier.Procedure.Name, [.. dossier.Procedure.ProcessDepartments.Select(d => d.Value).Distinct()],
            dossier.Channel == IntakeChannel.Online, received.Appointment, WaitsIn(history), end, ending?.At, askedTwice, used,
            dossier.Documents.Length > 0 && dossier.Documents.All(d => d.Length > 0),
            dossier.Channel == IntakeChannel.Online && history.OfType<ResultReturned>().Any(r => r.Method == ReturnMethod.Online),
            history.OfType<ServiceRated>().LastOrDefault()?.Score);
    }

    /// <summary>The waits for the applicant after receipt, as <see cref="OnTimeClassifier"/> reads them: a request opens one (a later request restarts it), the supplement or payment ends it.</summary>
    private static IReadOnlyList<ScoreWait> WaitsIn(IEnumerable<DossierEvent> history)
    {
        var waits = new List<ScoreWait>();
        ScoreWait? open = null;
        foreach (var e in history.SkipWhile(e => e is not DossierReceived))
        {
            switch (e)
            {
                case SupplementRequested or FeesRequested:
                    open = new ScoreWait(e.At, null, e is SupplementRequested, null);
                    break;
                case SupplementProvided provided when open is not null:
                    waits.Add(open with { Until = e.At, Appointment = provided.Appointment });
                    open = null;
                    break;
                case FeesPaid paid when open is not null:
                    waits.Add(open with { Until = e.At, Appointment = paid.Appointment });
                    open = null;
                    break;
            }
        }
        if (open is not null)
        {
            waits.Add(open);
        }
        return waits;
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
