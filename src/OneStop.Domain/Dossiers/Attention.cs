using OneStop.Domain.Calendar;

namespace OneStop.Domain.Dossiers;

/// <summary>How close a deadline is, as the people who must meet it see it.</summary>
public enum Urgency
{
    /// <summary>More than one working day left, or the clock waits for the applicant.</summary>
    OnTrack,

    /// <summary>Due within one working day: the day's reminder round names it.</summary>
    DueSoon,

    /// <summary>Past its deadline while the clock runs.</summary>
    Overdue,
}

/// <summary>One step under way and how urgent it is.</summary>
public sealed record StepAttention(StepProgress Step, Urgency Urgency);

/// <summary>
/// When a dossier next needs someone, and how urgently: the one rule behind the departments' work lists, the
/// center's deadline list, the daily reminder round and the store's attention index, so that "overdue" means the
/// same everywhere. Deadlines count only while the dossier's clock runs (status 4): while it waits for the
/// applicant (a supplement, fees) nothing is due from the center.
/// </summary>
/// <param name="Steps">The steps under way, each with its urgency.</param>
/// <param name="Appointment">How urgent the appointment (a revised one when an apology gave a new date) is.</param>
/// <param name="OwesApology">The apology cut-off of the current appointment has passed and no new date was given.</param>
public sealed record Attention(IReadOnlyList<StepAttention> Steps, Urgency Appointment, bool OwesApology)
{
    /// <summary>Nothing due: a dossier whose clock does not run.</summary>
    public static readonly Attention None = new([], Urgency.OnTrack, false);

    public bool IsOverdue => Appointment == Urgency.Overdue || Steps.Any(s => s.Urgency == Urgency.Overdue);

    public bool IsDueSoon => !IsOverdue && (Appointment == Urgency.DueSoon || Steps.Any(s => s.Urgency == Urgency.DueSoon));

    /// <summary>The end of "due soon" seen from <paramref name="now"/>: one working day ahead.</summary>
    public static DateTimeOffset DueSoonHorizon(DateTimeOffset now, WorkingCalendar calendar) => calendar.AddWorkingDays(now, 1);

    /// <summary>The earliest deadline of a dossier whose clock runs (a step's, or the appointment): what the store indexes.</summary>
    public static DateTimeOffset? NeededAt(Dossier dossier)
    {
        if (dossier.Status != DossierStatus.Processing)
        {
            return null;
        }
        DateTimeOffset?[] deadlines = [.. dossier.ActiveSteps.Select(s => s.DueAt), Appointed(dossier)];
        return deadlines.Where(d => d is not null).Min();
    }

    public static Attention Of(Dossier dossier, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (dossier.Status != DossierStatus.Processing)
        {
            return None with { Steps = [.. dossier.ActiveSteps.Select(s => new StepAttention(s, Urgency.OnTrack))] };
        }
        var horizon = DueSoonHorizon(now, calendar);
        var appointed = Appointed(dossier);
        return new Attention(
            [.. dossier.ActiveSteps.Select(s => new StepAttention(s, UrgencyOf(s.DueAt, now, horizon)))],
            UrgencyOf(appointed, now, horizon),
            dossier.ApologyRaisedFor is not null && dossier.ApologyRaisedFor == appointed);
    }

    /// <summary>The date the applicant was last promised.</summary>
    public static DateTimeOffset? Appointed(Dossier dossier) => dossier.RevisedAppointmentAt ?? dossier.AppointmentAt;

    private static Urgency UrgencyOf(DateTimeOffset? due, DateTimeOffset now, DateTimeOffset horizon) => due switch
    {
        null => Urgency.OnTrack,
        { } d when d < now => Urgency.Overdue,
        { } d when d <= horizon => Urgency.DueSoon,
        _ => Urgency.OnTrack,
    };
}
