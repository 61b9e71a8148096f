
namespace OneStop.Application.Workflow;

/// <summary>Where the decisions handed to dossiers' orchestrations wait for a turn, or stay parked for an operator.</summary>
public interface ISignalInbox
{
    /// <summary>Keeps a signal; one with the same id kept already stays as it is.</summary>
    Task AddAsync(HeldSignal signal, CancellationToken cancellationToken = default);

    /// <summary>A dossier's signals waiting for a turn (not parked), in the order received.</summary>
    Task<IReadOnlyList<HeldSignal>> WaitingAsync(string dossierId, CancellationToken cancellationToken = default);

    /// <summary>Parked signals, oldest first: all, or one dossier's.</summary>
    Task<IReadOnlyList<HeldSignal>> ParkedAsync(string? dossierId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Writes a signal's tries, error and parking.</summary>
    Task SaveAsync(HeldSignal signal, CancellationToken cancellationToken = default);

    /// <summary>Lets a taken signal go; one already gone is no error.</summary>
    Task RemoveAsync(HeldSignal signal, CancellationToken cancellationToken = default);
}
