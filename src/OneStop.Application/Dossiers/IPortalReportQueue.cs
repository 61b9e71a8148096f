using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers;

/// <summary>
/// Where a dossier's <see cref="ReportToPortal"/> commands go when they leave its outbox: the national portal's
/// capability keeps them (its outbox), so that the case file does not depend on the portal.
/// </summary>
public interface IPortalReportQueue
{
    /// <summary>Raising a mark already raised changes nothing: the outbox may dispatch a command twice.</summary>
    Task EnqueueAsync(ReportToPortal command, CancellationToken cancellationToken = default);
}
