using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers;

/// <summary>
/// Told of every saved change of a dossier, to keep the counts the reports read (the scorecard's aggregate
/// records). Said here, beside the case file that calls it, so that the case file knows no report.
/// </summary>
public interface IChangeCounter
{
    /// <summary>Counts the dossier as saved; never throws for a failure of its own (the counts are rebuilt from the dossiers).</summary>
    Task CountAsync(Dossier dossier, CancellationToken cancellationToken = default);
}
