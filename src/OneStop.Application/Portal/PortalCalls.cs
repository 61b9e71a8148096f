
namespace OneStop.Application.Portal;

/// <summary>
/// One call to the portal about one event of a dossier's history. <see cref="Id"/> is stable (dossier, event,
/// service), so a call sent again after a lost answer is the same call.
/// </summary>
public abstract record PortalCall(string Id, int Sequence);

/// <summary>The dossier as a whole (DongBoHoSoMC): new to the portal, or an update of what it has.</summary>
public sealed record SyncDossierCall(string Id, int Sequence, PortalDossierReport Dossier, bool IsUpdating) : PortalCall(Id, Sequence);

/// <summary>One step of progress (CapNhatTienDoHoSoMC).</summary>
public sealed record UpdateProgressCall(string Id, int Sequence, PortalProgressReport Progress) : PortalCall(Id, Sequence);
