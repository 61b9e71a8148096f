namespace OneStop.Application.Attachments;

/// <summary>What the center accepts as attachments: how large a file and a dossier's files may be, and which types.</summary>
public sealed record AttachmentPolicy(long MaxFileBytes, long MaxDossierBytes)
{
    /// <summary>20 MB a file, 100 MB a dossier: enough for scanned papers and drawings.</summary>
    public static readonly AttachmentPolicy Default = new(20 * 1024 * 1024, 100 * 1024 * 1024);

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
