namespace OneStop.Application.Workflow;

/// <summary>
/// How a dossier's orchestration paces itself. The defaults are production's; tests that run on real time give
/// seconds instead of minutes.
/// </summary>
public sealed record OrchestrationPolicy
{
    public static readonly OrchestrationPolicy Default = new();

    /// <summary>Turns per generation: a dossier's life is a few dozen turns; a long one restarts after 50.</summary>
    public int TurnsPerGeneration { get; init; } = 50;

    /// <summary>How long after a failed turn (its activity retries spent), or a held signal that failed, the turn is tried again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often Durable runs a failing activity within one turn, the first retry after <see cref="ActivityFirstRetry"/>, doubling.</summary>
    public int ActivityAttempts { get; init; } = 5;

    public TimeSpan ActivityFirstRetry { get; init; } = TimeSpan.FromSeconds(5);
}
