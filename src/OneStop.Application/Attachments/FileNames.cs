using System.Text;

namespace OneStop.Application.Attachments;

/// <summary>Makes a sender's file name safe to keep and show: no folders, no control or reserved characters, NFC, bounded length.</summary>
public static class FileNames
{
    public const int MaxLength = 120;
    public const string Fallback = "tep-dinh-kem";

    private static readonly char[] Reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    public static string Sanitize(string? fileName)
    {
        var name = (fileName ?? "").Normalize(NormalizationForm.FormC);
        // Only the last segment of a path counts, whichever separator the sender's system used.
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            cleaned.Append(char.IsControl(c) || Reserved.Contains(c) ? '_' : c);
        }
        name = cleaned.ToString().Trim().Trim('.').Trim();
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length <= 10 ? extension : "";
            name = name[..(MaxLength - extension.Length)] + extension;
        }
        return name.Length == 0 ? Fallback : name;
    }
}
