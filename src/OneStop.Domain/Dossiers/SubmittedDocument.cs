namespace OneStop.Domain.Dossiers;

/// <summary>
/// A file the applicant handed in: which required paper it is, and its SHA-256 content hash (hex), by which
/// the stored bytes can always be checked against what was received.
/// </summary>
public sealed record SubmittedDocument(string DocumentCode, string FileName, string ContentType, long Length, string Sha256, string StorageKey);
