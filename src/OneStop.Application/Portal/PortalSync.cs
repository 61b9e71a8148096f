
namespace OneStop.Application.Portal;

/// <summary>
/// How far a dossier's history has been reported to the national portal. Events up to <see cref="ReportedThrough"/>
/// are reported; the dossier's outbox raises <see cref="PendingThrough"/>; the reporter works through the gap in
/// order, one attempt at a time, and after too many failed attempts gives up into a dead letter that an
/// administrator replays.
/// </summary>
public sealed record PortalSync(string DossierCode)
{
    /// <summary>The portal's code (MaHoSo) of a dossier filed there; null for one filed at the center.</summary>
    public string? PortalCode { get; init; }

    /// <summary>The last event of the history the outbox asked to report.</summary>
    public int PendingThrough { get; init; }

    /// <summary>The last event of the history reported (or found not to concern the portal).</summary>
    public int ReportedThrough { get; init; }

    /// <summary>Failed attempts since the last success.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt may start (real time); null when it may start now.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed, in Vietnamese for the administrator (the portal's own message and codes as it gave them).</summary>
    public string? LastError { get; init; }

    /// <summary>When reporting gave up; nothing more is sent until an administrator replays it.</summary>
    public DateTimeOffset? DeadLetteredAt { get; init; }

    public bool IsDue(DateTimeOffset now) => DeadLetteredAt is null && PendingThrough > ReportedThrough && (NextAttemptAt is null || NextAttemptAt <= now);
}

/// <summary>A dossier filed on the portal that the center could not accept as it came, with the reason and what came.</summary>
/// <param name="Problems">What is wrong, in Vietnamese, for the administrator and the portal.</param>
/// <param name="Filed">The dossier as the portal sent it, so that it can be received again once the catalog allows.</param>
public sealed record PortalRefusal(string PortalCode, DateTimeOffset At, IReadOnlyList<string> Problems, PortalFiledDossier Filed);
