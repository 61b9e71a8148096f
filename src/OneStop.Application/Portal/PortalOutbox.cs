using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Portal;

/// <summary>
/// Where a dossier's <see cref="ReportToPortal"/> command goes: it raises the dossier's pending mark, which the
/// <see cref="PortalReporter"/> works through. Raising it again, or to a lower mark, changes nothing, so the outbox
/// may dispatch the command twice.
/// </summary>
public sealed class PortalOutbox(IPortalStore store) : IPortalReportQueue
{
    private const int MaxSaveAttempts = 10;

    public async Task EnqueueAsync(ReportToPortal command, CancellationToken cancellationToken = default)
    {
        for (int attempt = 1; ; attempt++)
        {
            var stored = await store.FindAsync(command.DossierId, cancellationToken);
            if (stored is not null && stored.Sync.PendingThrough >= command.ThroughSequence)
            {
                return;
            }
            try
            {
                var sync = (stored?.Sync ?? new PortalSync(command.DossierId)) with { PendingThrough = command.ThroughSequence };
                await store.SaveAsync(sync, stored?.ETag, cancellationToken);
                return;
            }
            catch (PortalStateConflictException) when (attempt < MaxSaveAttempts)
            {
                // The reporter (or another dispatch) wrote meanwhile: read again.
            }
        }
    }
}
