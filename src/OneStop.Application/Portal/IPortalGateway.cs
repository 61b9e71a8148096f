
namespace OneStop.Application.Portal;

/// <summary>What the National Public Service Portal answered: accepted (error_code 0), or its error code and message.</summary>
public sealed record PortalAnswer(bool Accepted, string? ErrorCode = null, string? Message = null)
{
    public static readonly PortalAnswer Ok = new(true);
}

/// <summary>
/// The National Public Service Portal (Cổng Dịch vụ công quốc gia) as the center uses it: the whole dossier sent
/// (DongBoHoSoMC), its progress sent (CapNhatTienDoHoSoMC), the dossiers filed there fetched, and their files read.
/// Each call carries a stable id, so a call repeated after a lost answer is recognized as the same. A portal that
/// cannot be reached, or does not answer in time, throws <see cref="PortalUnavailableException"/>.
/// </summary>
public interface IPortalGateway
{
    Task<PortalAnswer> SyncDossierAsync(PortalDossierReport dossier, bool isUpdating, string callId, CancellationToken cancellationToken = default);

    Task<PortalAnswer> UpdateProgressAsync(PortalProgressReport progress, string callId, CancellationToken cancellationToken = default);

    /// <summary>Dossiers filed on the portal for this province's procedures since an instant (its receipt time).</summary>
    Task<IReadOnlyList<PortalFiledDossier>> FetchFiledAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>One file of a dossier filed on the portal, by the address the portal gave.</summary>
    Task<Stream> OpenFileAsync(string address, CancellationToken cancellationToken = default);
}

/// <summary>The portal could not be reached, timed out, or answered something that is not its contract.</summary>
public sealed class PortalUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
