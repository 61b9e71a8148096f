namespace OneStop.Application.Attachments;

/// <summary>
/// Recognizes the file types the center accepts by their first bytes (magic numbers), so that a file is refused at
/// once when it does not even start like what it claims to be; <see cref="IFileInspector"/> then reads it whole.
/// TIFF is not accepted: no reader served here decodes it, and an image the center cannot open is no document.
/// </summary>
public static class ContentSniffer
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>How many leading bytes <see cref="Accepts"/> needs.</summary>
    public const int HeaderLength = 8;

    private static readonly (string Type, byte[] Magic)[] Signatures =
    [
        (Pdf, "%PDF-"u8.ToArray()),
        (Jpeg, [0xFF, 0xD8, 0xFF]),
        (Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        // Office documents are ZIP containers: the magic number says ZIP, the declared type says which.
        (Docx, [0x50, 0x4B, 0x03, 0x04]),
        (Xlsx, [0x50, 0x4B, 0x03, 0x04]),
    ];

    public static IReadOnlyCollection<string> AllowedTypes { get; } = [.. Signatures.Select(s => s.Type).Distinct()];

    /// <summary>True when the declared type is allowed and the leading bytes carry its signature.</summary>
    public static bool Accepts(string declaredContentType, ReadOnlySpan<byte> header)
    {
        var declared = declaredContentType.Split(';')[0].Trim().ToLowerInvariant();
        foreach (var (type, magic) in Signatures)
        {
            if (type == declared && header.StartsWith(magic))
            {
                return true;
            }
        }
        return false;
    }
}
