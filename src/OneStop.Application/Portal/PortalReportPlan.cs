using OneStop.Domain.Dossiers;

namespace OneStop.Application.Portal;

/// <summary>
/// The calls that report a dossier's history to the portal after the events already reported, in the order of
/// the history. For each event the portal follows (<see cref="PortalProgress"/>): the dossier as a whole first when
/// it is new to the portal or its status changed (so that its dates and status are the portal's), then the step of
/// progress. A dossier the portal filed itself is never new to it.
/// </summary>
public static class PortalReportPlan
{
    public const string SyncService = "DongBoHoSoMC";
    public const string ProgressService = "CapNhatTienDoHoSoMC";

    public static IReadOnlyList<PortalCall> After(Dossier dossier, int reportedThrough, string? portalCode, TimeSpan utcOffset)
    {
        var code = portalCode ?? dossier.Id;
        var calls = new List<PortalCall>();
        foreach (var change in PortalProgress.Followed(dossier, reportedThrough))
        {
            var before = PortalProgress.StatusBefore(dossier, change);
            var snapshot = new PortalSnapshot(dossier, change.Sequence, code, utcOffset);
            if (before != change.Status)
            {
                bool isNew = before is null && portalCode is null;
                calls.Add(new SyncDossierCall($"{dossier.Id}:{change.Sequence}:{SyncService}", change.Sequence, snapshot.Dossier(), IsUpdating: !isNew));
            }
            calls.Add(new UpdateProgressCall($"{dossier.Id}:{change.Sequence}:{ProgressService}", change.Sequence, snapshot.Progress(change)));
        }
        return calls;
    }
}
