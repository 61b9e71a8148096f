namespace OneStop.Application.Ports;

public enum ClaimOutcome
{
    /// <summary>First use of the key: the caller goes ahead and completes or releases the claim.</summary>
    Claimed,

    /// <summary>The key was used for a request that finished: its result is returned again.</summary>
    Completed,

    /// <summary>The same key is being processed right now by another request.</summary>
    InProgress,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}

public sealed record IdempotencyClaim(ClaimOutcome Outcome, string? Result);

/// <summary>
/// Remembers requests by their Idempotency-Key, so a submission sent twice (a retry after a timeout, a double
/// click) has one effect. A key is claimed before any work and completed with the result after it.
/// </summary>
public interface IIdempotencyLedger
{
    Task<IdempotencyClaim> ClaimAsync(string key, string requestFingerprint, CancellationToken cancellationToken = default);

    Task CompleteAsync(string key, string result, CancellationToken cancellationToken = default);

    /// <summary>Gives the key back after a request that failed, so that it can be retried.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
