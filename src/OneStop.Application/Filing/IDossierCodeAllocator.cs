using OneStop.Domain.Dossiers;

namespace OneStop.Application.Filing;

/// <summary>Hands out dossier codes: per agency per day, consecutive, never the same one twice, even under concurrency.</summary>
public interface IDossierCodeAllocator
{
    /// <summary>The agency's next number of the day, past 9,999 when the day needs it (the code then has five digits).</summary>
    Task<DossierCode> NextAsync(AgencyCode agency, DateOnly date, CancellationToken cancellationToken = default);
}
