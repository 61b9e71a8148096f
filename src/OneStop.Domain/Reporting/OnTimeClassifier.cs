using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>Where a dossier stands in the on-time index (Decision 766/QĐ-TTg, index 2.1).</summary>
public enum OnTimeStatus
{
    /// <summary>Never received (refused at reception, withdrawn before reception, or still awaiting it).</summary>
    NotCounted,
    Early,
    OnTime,
    Late,
    OpenWithinLimit,
    OpenOverdue,
}

/// <summary>
/// Classifies a dossier as of an instant, from its history alone, so that a report for a past period is the
/// same whenever it is run. The end of processing is the result (status 9), or the stop or withdrawal;
/// time waiting for the applicant does not count (the appointment moved with it); more than one supplement
/// request after receipt makes the dossier late; a dossier waiting on its one request ends at the request.
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
        if (history.OfType<SupplementRequested>().Count(r => r.Step is not null) > 1)
        {
            return OnTimeStatus.Late;
        }
        var appointment = AppointmentAsOf(history);
        var end = history.FirstOrDefault(e => e is ResultIssued or ProcessingStopped);
        if (end is not null)
        {
            return ToStatus(TimelinessRule.Of(end.At, appointment, calendar));
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

    /// <summary>When processing ended by an instant, or null while it had not.</summary>
    public static DateTimeOffset? EndedBy(Dossier dossier, DateTimeOffset asOf) =>
        dossier.History.FirstOrDefault(e => e.At <= asOf && e is ResultIssued or ProcessingStopped or ReceptionRefused)?.At;

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
