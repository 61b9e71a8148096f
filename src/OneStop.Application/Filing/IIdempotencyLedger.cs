namespace OneStop.Application.Filing;

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

    /// <summary>
    /// A request with this key stopped while filing (a crash between noting its result and completing): the
    /// result it was about to give is in <see cref="IdempotencyClaim.Result"/>, and whether it was filed is for the
    /// caller to find out.
    /// </summary>
    Interrupted,
}

public sealed record IdempotencyClaim(ClaimOutcome Outcome, string? Result);

/// <summary>
/// Remembers requests by their Idempotency-Key, so a submission sent twice (a retry after a timeout, a double
/// click) has one effect. A key is claimed before any work and completed with the result after it. A claim left
/// by a request that died is taken over after a while; one that died while filing answers
/// <see cref="ClaimOutcome.Interrupted"/> with the result it noted, so that a retry can find what was filed.
/// </summary>
public interface IIdempotencyLedger
{
    Task<IdempotencyClaim> ClaimAsync(string key, string requestFingerprint, CancellationToken cancellationToken = default);

    /// <summary>Notes the result a claim is about to give, before the work that makes it true is written.</summary>
    Task NoteResultAsync(string key, string result, CancellationToken cancellationToken = default);

    Task CompleteAsync(string key, string result, CancellationToken cancellationToken = default);

    /// <summary>Gives the key back after a request that failed, so that it can be retried.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
