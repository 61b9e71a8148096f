namespace OneStop.Domain.Dossiers;

/// <summary>
/// What of a dossier's history the National Public Service Portal follows: every change of status (the portal's
/// own codes, <see cref="DossierStatus"/>) and every hand-over between the center and a department, or between
/// departments (chuyển xử lý), with the new appointment an apology gives. Reminders, overdue marks and ratings
/// stay inside the province.
/// </summary>
public static class PortalProgress
{
    /// <param name="before">The status before the event; null for the dossier's first event.</param>
    public static bool IsReported(DossierEvent change, DossierStatus? before) =>
        before != change.Status || change is StepAssigned or StepDecided or AppointmentRevised;

    /// <summary>The events of a dossier's history after <paramref name="afterSequence"/> that the portal follows, in order.</summary>
    public static IEnumerable<DossierEvent> Followed(Dossier dossier, int afterSequence) =>
        dossier.History.Where(e => e.Sequence > afterSequence && IsReported(e, StatusBefore(dossier, e)));

    /// <summary>The dossier's status before an event of its history; null before its first.</summary>
    public static DossierStatus? StatusBefore(Dossier dossier, DossierEvent change) =>
        change.Sequence > 1 ? dossier.History[change.Sequence - 2].Status : null;
}
