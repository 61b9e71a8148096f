using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using OneStop.Application.Attachments;

namespace OneStop.Azure.Blobs;

/// <summary>
/// Attachments in Blob Storage. An upload is streamed in 1 MB blocks, one sent while the next is read (see
/// <see cref="BlockStager"/>): the type is checked on the first bytes, size and SHA-256 on the way, the whole file is
/// read by its type's reader (<see cref="IFileInspector"/>; a file of several blocks is spooled to a temporary file
/// deleted when closed, so memory stays one block per upload), and only a file that passes is committed (with its hash and name as metadata,
/// and only if no blob has that name), so a refused upload leaves nothing behind but uncommitted blocks, which
/// the service discards. A file of one block is written in a single request. Blob names are the dossier code
/// and 128 random bits: they cannot be guessed.
/// </summary>
public sealed class BlobAttachmentStore(BlobContainerClient container, AttachmentPolicy policy, IFileInspector inspector, TimeProvider time) : IAttachmentStore
{
    public const int BlockSize = BlockStager.BlockSize;

    /// <summary>Read links live no longer than this, whatever the caller asks.</summary>
    public static readonly TimeSpan MaxLinkLifetime = TimeSpan.FromMinutes(15);

    public async Task<StoredAttachment> UploadAsync(AttachmentUpload upload, CancellationToken cancellationToken = default)
    {
        var fileName = FileNames.Sanitize(upload.FileName);
        var contentType = upload.DeclaredContentType.Split(';')[0].Trim().ToLowerInvariant();
        var key = $"{upload.DossierId}/{RandomNumberGenerator.GetHexString(32, lowercase: true)}";
        var blob = container.GetBlockBlobClient(key);

        var buffer = BlockStager.RentBuffer();
        await using var stager = new BlockStager(blob, cancellationToken);
        await using var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"onestop-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            while (true)
            {
                int filled = await FillAsync(upload.Content, buffer, cancellationToken);
                if (stager.BlockIds.Count == 0 && !ContentSniffer.Accepts(contentType, buffer.AsSpan(0, filled)))
                {
                    throw Rejected.TypeNotAllowed(fileName);
                }
                if (filled == 0)
                {
                    break;
                }
                length += filled;
                if (length > policy.MaxFileBytes)
                {
                    throw Rejected.FileTooLarge(fileName, policy.MaxFileBytes);
                }
                if (upload.DossierBytesSoFar + length > policy.MaxDossierBytes)
                {
                    throw Rejected.DossierTooLarge(policy.MaxDossierBytes);
                }
                hash.AppendData(buffer, 0, filled);
                if (stager.BlockIds.Count == 0 && filled < BlockSize)
                {
                    if (!inspector.IsReadable(contentType, new MemoryStream(buffer, 0, filled, writable: false)))
                    {
                        throw Rejected.Unreadable(fileName);
                    }
                    var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
                    await CreateOnceAsync(blob, sha, () => blob.UploadAsync(new MemoryStream(buffer, 0, filled, writable: false), new BlobUploadOptions
                    {
                        HttpHeaders = Headers(contentType, fileName),
                        Metadata = Metadata(sha, upload.DocumentCode, fileName),
                        Conditions = NoOverwrite,
                    }, cancellationToken), cancellationToken);
                    return new StoredAttachment(key, upload.DocumentCode, fileName, contentType, length, sha);
                }
                await spool.WriteAsync(buffer.AsMemory(0, filled), cancellationToken);
                buffer = await stager.StageAsync(buffer, filled);
                if (filled < BlockSize)
                {
                    break;
                }
            }
            await stager.FinishSendingAsync();
            spool.Position = 0;
            if (!inspector.IsReadable(contentType, spool))
            {
                throw Rejected.Unreadable(fileName);
            }
            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            await CreateOnceAsync(blob, sha256, () => blob.CommitBlockListAsync(stager.BlockIds, new CommitBlockListOptions
            {
                HttpHeaders = Headers(contentType, fileName),
                Metadata = Metadata(sha256, upload.DocumentCode, fileName),
                Conditions = NoOverwrite,
            }, cancellationToken), cancellationToken);
            return new StoredAttachment(key, upload.DocumentCode, fileName, contentType, length, sha256);
        }
        finally
        {
            BlockStager.ReturnBuffer(buffer);
        }
    }

    /// <summary>
    /// Writes a blob that must not exist yet. The client retries a write whose answer was lost; when the lost
    /// answer was a success, the retry finds the blob the first attempt made and is refused. A blob under this
    /// name (128 random bits) holding the same hash is that one: the upload succeeded.
    /// </summary>
    private static async Task CreateOnceAsync<T>(BlockBlobClient blob, string sha256, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            await write();
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            BlobProperties existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (!existing.Metadata.TryGetValue("sha256", out var stored) || stored != sha256)
            {
                throw;
            }
        }
    }

    public async Task<StoredAttachment?> FindAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        try
        {
            BlobProperties properties = await container.GetBlobClient(storageKey).GetPropertiesAsync(cancellationToken: cancellationToken);
            return ToAttachment(storageKey, properties.Metadata, properties.ContentType, properties.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        try
        {
            return await container.GetBlobClient(storageKey).OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<StoredAttachment>> ListAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        var attachments = new List<StoredAttachment>();
        try
        {
            await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, $"{dossierId}/", cancellationToken))
            {
                attachments.Add(ToAttachment(item.Name, item.Metadata, item.Properties.ContentType, item.Properties.ContentLength ?? 0));
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: no attachments.
        }
        return attachments;
    }

    /// <summary>
    /// A read-only link to one blob. With a shared key (Azurite) it is a service SAS; with a managed identity
    /// (Azure, where shared keys are disabled) a user-delegation SAS signed by a key Entra ID issues.
    /// </summary>
    public async Task<Uri> ReadLinkAsync(string storageKey, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(storageKey);
        var expiresOn = time.GetUtcNow() + (lifetime < MaxLinkLifetime ? lifetime : MaxLinkLifetime);
        var sas = new BlobSasBuilder
        {
            BlobContainerName = container.Name,
            BlobName = storageKey,
            Resource = "b",
            ExpiresOn = expiresOn,
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        sas.SetPermissions(BlobSasPermissions.Read);
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }
        var service = container.GetParentBlobServiceClient();
        UserDelegationKey key = await service.GetUserDelegationKeyAsync(time.GetUtcNow().AddMinutes(-5), expiresOn, cancellationToken);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, service.AccountName) }.ToUri();
    }

    /// <summary>A blob is written only where none exists: a stored file is never replaced.</summary>
    private static BlobRequestConditions NoOverwrite => new() { IfNoneMatch = ETag.All };

    private static BlobHttpHeaders Headers(string contentType, string fileName) =>
        new() { ContentType = contentType, ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString(fileName)}" };

    /// <summary>Metadata values must be ASCII: the code and name are stored escaped.</summary>
    private static Dictionary<string, string> Metadata(string sha256, string documentCode, string fileName) => new()
    {
        ["sha256"] = sha256,
        ["documentcode"] = Uri.EscapeDataString(documentCode),
        ["filename"] = Uri.EscapeDataString(fileName),
    };

    /// <summary>Reads until the buffer is full or the stream ends: network streams return short reads.</summary>
    private static async Task<int> FillAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        int filled = 0;
        while (filled < BlockSize)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(filled, BlockSize - filled), cancellationToken);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private static StoredAttachment ToAttachment(string key, IDictionary<string, string> metadata, string contentType, long length) => new(
        key,
        Uri.UnescapeDataString(metadata.TryGetValue("documentcode", out var code) ? code : ""),
        Uri.UnescapeDataString(metadata.TryGetValue("filename", out var name) ? name : ""),
        contentType,
        length,
        metadata.TryGetValue("sha256", out var sha) ? sha : "");

    private static class Rejected
    {
        public static AttachmentRejectedException TypeNotAllowed(string fileName) => new(
            "attachment_type_not_allowed",
            $"Tệp «{fileName}» không đúng định dạng cho phép (PDF, JPEG, PNG, DOCX, XLSX) hoặc nội dung không khớp với loại tệp đã khai báo.");

        public static AttachmentRejectedException Unreadable(string fileName) => new(
            "attachment_type_not_allowed", $"Tệp «{fileName}» bị hỏng hoặc không mở được: nội dung không phải là một tệp hợp lệ của loại đã khai báo.");

        public static AttachmentRejectedException FileTooLarge(string fileName, long max) => new(
            "attachment_too_large", $"Tệp «{fileName}» vượt quá dung lượng cho phép {AttachmentPolicy.Megabytes(max)}.");

        public static AttachmentRejectedException DossierTooLarge(long max) => new(
            "dossier_attachments_too_large", $"Tổng dung lượng tệp đính kèm của hồ sơ vượt quá {AttachmentPolicy.Megabytes(max)}.");
    }
}
