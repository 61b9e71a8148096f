namespace OneStop.Api.Security;

/// <summary>The token issuer the API trusts. The signing key comes from the environment or Key Vault, never from the repository.</summary>
public sealed record JwtSettings
{
    public string Issuer { get; init; } = "";

    public string Audience { get; init; } = "";

    /// <summary>Base64 of at least 32 bytes (HMAC-SHA256).</summary>
    public string SigningKey { get; init; } = "";

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
        var buffer = new byte[SigningKey.Length];
        if (!Convert.TryFromBase64String(SigningKey, buffer, out int length) || length < 32)
        {
            problems.Add($"{section}:SigningKey must be Base64 of at least 32 bytes (set it in the environment: {section.Replace(":", "__", StringComparison.Ordinal)}__SigningKey).");
        }
        return problems;
    }
}
