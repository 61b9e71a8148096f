using OneStop.Domain.Dossiers;

namespace OneStop.Application.Filing;

/// <summary>Hands out dossier codes: per series (an agency's day, in a format), consecutive, never the same one twice, even under concurrency.</summary>
public interface IDossierCodeAllocator
{
    /// <summary>The series' next number, past 9,999 when the day needs it (the code then has five digits).</summary>
    Task<DossierCode> NextAsync(DossierCodeSeries series, CancellationToken cancellationToken = default);
}
