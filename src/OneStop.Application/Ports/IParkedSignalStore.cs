using OneStop.Application.Workflow;

namespace OneStop.Application.Ports;

/// <summary>Where the orchestrations keep the signals they could not apply, until an operator replays them.</summary>
public interface IParkedSignalStore
{
    /// <summary>Keeps a signal; keeping the same id again changes nothing.</summary>
    Task ParkAsync(ParkedSignal signal, CancellationToken cancellationToken = default);

    /// <summary>The signals kept, oldest first, all or one dossier's.</summary>
    Task<IReadOnlyList<ParkedSignal>> ListAsync(string? dossierId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Lets a replayed signal go; one already gone is no error.</summary>
    Task RemoveAsync(ParkedSignal signal, CancellationToken cancellationToken = default);
}
