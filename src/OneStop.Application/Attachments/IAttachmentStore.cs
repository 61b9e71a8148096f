
namespace OneStop.Application.Attachments;

/// <summary>A file on its way in: which dossier and paper it belongs to, the name and type the sender gave, and its bytes.</summary>
/// <param name="DossierBytesSoFar">
/// The size of the dossier's files already accepted, as the dossier records them: the dossier, not the store's
/// listing, says which files belong to it (a file left by a failed submission does not count).
/// </param>
public sealed record AttachmentUpload(string DossierId, string DocumentCode, string FileName, string DeclaredContentType, Stream Content, long DossierBytesSoFar = 0);

/// <summary>A stored file: its unguessable key, its cleaned name, its verified type, its size and SHA-256 (hex).</summary>
public sealed record StoredAttachment(string StorageKey, string DocumentCode, string FileName, string ContentType, long Length, string Sha256);

/// <summary>
/// Attachments of dossiers. Uploads are streamed and checked on the way (size, type by content); a refused
/// upload leaves nothing stored. A stored file is never overwritten; it is read through short-lived links.
/// </summary>
public interface IAttachmentStore
{
    /// <exception cref="AttachmentRejectedException">Too large, of a type not allowed, or not what it claims to be.</exception>
    Task<StoredAttachment> UploadAsync(AttachmentUpload upload, CancellationToken cancellationToken = default);

    Task<StoredAttachment?> FindAsync(string storageKey, CancellationToken cancellationToken = default);

    /// <summary>One file's bytes as a stream, or null when no such file is stored.</summary>
    Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default);

    /// <summary>A read-only link to one file, valid for a short time.</summary>
    Task<Uri> ReadLinkAsync(string storageKey, TimeSpan lifetime, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredAttachment>> ListAsync(string dossierId, CancellationToken cancellationToken = default);
}
