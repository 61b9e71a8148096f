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
/// Classifies a dossier as of an instant, from its history alone (read into its <see cref="ScoreEntry"/>), so that a
/// report for a past period is the same whenever it is run. The rules, and the texts they come from, are in
/// docs/on-time-rules.md: the end of processing is the result (status 9); a withdrawal or a stop is reported apart;
/// time waiting for the applicant does not count (the appointment moved with it); a step of the process that asked
/// the applicant for a supplement more than once makes the dossier late, while each department of a liên thông
/// dossier may ask once; a dossier waiting on its request ends at the request.
/// </summary>
public static class OnTimeClassifier
{
    public static OnTimeStatus Classify(Dossier dossier, DateTimeOffset asOf, WorkingCalendar calendar) =>
        ScoreEntry.Of(dossier, calendar) is { } entry ? Classify(entry, asOf, calendar) : OnTimeStatus.NotCounted;

    public static OnTimeStatus Classify(ScoreEntry entry, DateTimeOffset asOf, WorkingCalendar calendar)
    {
        if (entry.ReceivedAt > asOf)
        {
            return OnTimeStatus.NotCounted;
        }
        var ended = entry.EndedAt is { } at && at <= asOf ? entry.End : ScoreEnd.Open;
        if (ended == ScoreEnd.Withdrawn)
        {
            return OnTimeStatus.Withdrawn;
        }
        if (ended == ScoreEnd.Stopped)
        {
            return OnTimeStatus.Stopped;
        }
        if (entry.AskedTwiceAt <= asOf)
        {
            return OnTimeStatus.Late;
        }
        var appointment = entry.AppointmentAt(asOf);
        if (ended == ScoreEnd.Result)
        {
            return ToStatus(TimelinessRule.Of(entry.EndedAt!.Value, appointment, calendar));
        }
        if (entry.WaitAt(asOf) is { } wait)
        {
            if (wait.ForSupplement)
            {
                return ToStatus(TimelinessRule.Of(wait.Since, appointment, calendar));
            }
            return wait.Since <= appointment ? OnTimeStatus.OpenWithinLimit : OnTimeStatus.OpenOverdue;
        }
        return asOf <= appointment ? OnTimeStatus.OpenWithinLimit : OnTimeStatus.OpenOverdue;
    }

    private static OnTimeStatus ToStatus(Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => OnTimeStatus.Early,
        Timeliness.OnTime => OnTimeStatus.OnTime,
        _ => OnTimeStatus.Late,
    };
}
