using OneStop.Application.Administration;

namespace OneStop.Application.Ports;

/// <summary>The intake points administrators added or changed (the configured ones are the starting list).</summary>
public interface IIntakePointStore
{
    Task SaveAsync(IntakePointEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IntakePointEntry>> LoadAsync(CancellationToken cancellationToken = default);
}
