using OneStop.Domain.Dossiers;

namespace OneStop.Application.Filing;

/// <summary>Hands out dossier codes: per agency per day, consecutive, never the same one twice, even under concurrency.</summary>
public interface IDossierCodeAllocator
{
    /// <exception cref="InvalidOperationException">The agency's 9,999 codes of the day are used up.</exception>
    Task<DossierCode> NextAsync(AgencyCode agency, DateOnly date, CancellationToken cancellationToken = default);
}
