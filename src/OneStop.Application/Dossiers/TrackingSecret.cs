using System.Security.Cryptography;
using System.Text;

namespace OneStop.Application.Dossiers;

/// <summary>
/// The secret a citizen types with the code to look a dossier up: made at filing, kept only as its hash, compared in
/// constant time so that a wrong guess tells nothing about the right one.
/// </summary>
public static class TrackingSecret
{
    /// <summary>Letters and digits that cannot be misread for one another (no 0/O, 1/I).</summary>
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether a typed secret (any case, spaces around it) is the one whose hash is kept.</summary>
    public static bool Matches(string expectedHash, string typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expectedHash), Encoding.ASCII.GetBytes(Hash(typed.Trim().ToUpperInvariant())));
}
