using System.Threading.RateLimiting;

namespace OneStop.Api.Security;

/// <summary>
/// The public status lookup is guessable only by brute force: 30 lookups a minute per client address, the same
/// partitioning in both hosts (behind a proxy the host must make RemoteIpAddress the client's, not the proxy's).
/// </summary>
public static class PublicLookupLimit
{
    public const string PolicyName = "public-status";

    public static RateLimitPartition<string> Partition(HttpContext http) => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
