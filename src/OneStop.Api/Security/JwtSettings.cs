
namespace OneStop.Api.Security;

/// <summary>
/// The token issuer the API trusts: either the province's identity provider, found by its OpenID Connect
/// metadata (<see cref="Authority"/>; Entra ID in Azure), or a shared HMAC key (<see cref="SigningKey"/>; the
/// self-hosted server with the center's own issuer, and development). Keys never come from the repository.
/// </summary>
public sealed record JwtSettings
{
    public string Issuer { get; init; } = "";

    public string Audience { get; init; } = "";

    /// <summary>Base64 of at least 32 bytes (HMAC-SHA256), or empty when <see cref="Authority"/> is set.</summary>
    public string SigningKey { get; init; } = "";

    /// <summary>The identity provider's base address; its signing keys are read from its OpenID Connect metadata.</summary>
    public string? Authority { get; init; }

    /// <summary>The claim that carries the caller's role: "role" for the center's tokens, "roles" for Entra ID app roles.</summary>
    public string RoleClaim { get; init; } = Claims.Role;

    /// <summary>A provider on this machine (a stand-in for development and tests) may answer over plain http; any other, https only.</summary>
    public static bool IsLoopback(Uri address) => address.Scheme == Uri.UriSchemeHttp && address.IsLoopback;

    /// <summary>Every missing or wrong value, named by its key under <paramref name="section"/>.</summary>
    public IReadOnlyList<string> Problems(string section)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Issuer))
        {
            problems.Add($"{section}:Issuer is missing.");
        }
        if (string.IsNullOrWhiteSpace(Audience))
        {
            problems.Add($"{section}:Audience is missing.");
        }
        if (Authority is { Length: > 0 })
        {
            if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !IsLoopback(authority)))
            {
                problems.Add($"{section}:Authority must be an https address.");
            }
            return problems;
        }
        var buffer = new byte[SigningKey.Length];
        if (!Convert.TryFromBase64String(SigningKey, buffer, out int length) || length < 32)
        {
            problems.Add($"{section}:SigningKey must be Base64 of at least 32 bytes (set it in the environment: {section.Replace(":", "__", StringComparison.Ordinal)}__SigningKey), or set {section}:Authority.");
        }
        return problems;
    }
}
