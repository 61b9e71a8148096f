
namespace OneStop.Application.Centers;

/// <summary>The intake points administrators added or changed (the configured ones are the starting list).</summary>
public interface IIntakePointStore
{
    Task SaveAsync(IntakePointEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IntakePointEntry>> LoadAsync(CancellationToken cancellationToken = default);
}
