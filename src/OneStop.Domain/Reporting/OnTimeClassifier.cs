using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>Where a dossier stands in the on-time index (Decision 766/QĐ-TTg, index 2.1). See docs/on-time-rules.md.</summary>
public enum OnTimeStatus
{
    /// <summary>Never received (refused at reception, withdrawn before reception, or still awaiting it).</summary>
    NotCounted,
    Early,
    OnTime,
    Late,
    OpenWithinLimit,
    OpenOverdue,

    /// <summary>Withdrawn by the applicant after reception: reported apart, neither early, on time nor late.</summary>
    Withdrawn,

    /// <summary>Processing stopped by the agency (Mẫu 05): reported apart, neither early, on time nor late.</summary>
    Stopped,
}

/// <summary>
/// Classifies a dossier as of an instant, from its history alone, so that a report for a past period is the
/// same whenever it is run. The rules, and the texts they come from, are in docs/on-time-rules.md: the end of
/// processing is the result (status 9); a withdrawal or a stop is reported apart; time waiting for the applicant
/// does not count (the appointment moved with it); a step of the process that asked the applicant for a
/// supplement more than once makes the dossier late, while each department of a liên thông dossier may ask once;
/// a dossier waiting on its request ends at the request.
/// </summary>
public static class OnTimeClassifier
{
    public static OnTimeStatus Classify(Dossier dossier, DateTimeOffset asOf, WorkingCalendar calendar)
    {
        var history = dossier.History.Where(e => e.At <= asOf).ToList();
        if (!history.OfType<DossierReceived>().Any())
        {
            return OnTimeStatus.NotCounted;
        }
        if (history.Any(e => e is WithdrawalRequested or ProcessingStopped { Withdrawn: true }))
        {
            return OnTimeStatus.Withdrawn;
        }
        if (history.Any(e => e is ProcessingStopped))
        {
            return OnTimeStatus.Stopped;
        }
        if (AskedMoreThanOnceByOneStep(history))
        {
            return OnTimeStatus.Late;
        }
        var appointment = AppointmentAsOf(history);
        if (history.OfType<ResultIssued>().FirstOrDefault() is { } result)
        {
            return ToStatus(TimelinessRule.Of(result.At, appointment, calendar));
        }
        var last = history[^1];
        if (last.Status.IsWaitingForApplicant())
        {
            var waitingSince = history.Last(e => e is SupplementRequested or FeesRequested).At;
            if (last.Status == DossierStatus.SupplementRequested)
            {
                return ToStatus(TimelinessRule.Of(waitingSince, appointment, calendar));
            }
            return waitingSince <= appointment ? OnTimeStatus.OpenWithinLimit : OnTimeStatus.OpenOverdue;
        }
        return asOf <= appointment ? OnTimeStatus.OpenWithinLimit : OnTimeStatus.OpenOverdue;
    }

    /// <summary>When processing ended by an instant (result, stop, withdrawal or refusal at reception), or null while it had not.</summary>
    public static DateTimeOffset? EndedBy(Dossier dossier, DateTimeOffset asOf) =>
        dossier.History.FirstOrDefault(e => e.At <= asOf && e is ResultIssued or ProcessingStopped or ReceptionRefused)?.At;

    /// <summary>
    /// True when one department's step asked for a supplement twice. Requests of different departments of a liên
    /// thông dossier are each the one request their department may make; the request at reception is not counted.
    /// </summary>
    private static bool AskedMoreThanOnceByOneStep(IEnumerable<DossierEvent> history) =>
        history.OfType<SupplementRequested>()
            .Where(r => r.Step is not null)
            .GroupBy(r => (r.Step, r.Department))
            .Any(g => g.Count() > 1);

    private static DateTimeOffset AppointmentAsOf(IEnumerable<DossierEvent> history) =>
        history.Select(e => e switch
        {
            DossierReceived received => received.Appointment,
            SupplementProvided { Appointment: { } moved } => moved,
            FeesPaid paid => paid.Appointment,
            _ => (DateTimeOffset?)null,
        }).Last(a => a is not null)!.Value;

    private static OnTimeStatus ToStatus(Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => OnTimeStatus.Early,
        Timeliness.OnTime => OnTimeStatus.OnTime,
        _ => OnTimeStatus.Late,
    };
}
