using OneStop.Application.Access;
using OneStop.Application.Attachments;
using OneStop.Application.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers;

/// <summary>A file of a dossier, opened for its reader: its name and type as stored, and its bytes.</summary>
public sealed record OpenedDocument(SubmittedDocument Document, Stream Content);

/// <summary>
/// Opening a dossier's personal data: the dossier itself, its forms, its files. Each opening by an officer is recorded
/// in the access log before anything is answered (Law 91/2025 on personal data protection: who, when, which dossier,
/// which route), so that no read escapes the log; an applicant reading their own dossier is not recorded.
/// </summary>
public sealed class DossierReader(DossierService dossiers, IAttachmentStore attachments, IAccessLog log, TimeProvider time)
{
    /// <exception cref="DossierNotFoundException">No such dossier, or not one the caller may see.</exception>
    public async Task<Dossier> OpenAsync(string code, Actor caller, string route, CancellationToken cancellationToken = default)
    {
        var dossier = (await dossiers.ReadAsync(code, caller, route, cancellationToken)).Dossier;
        await RecordAsync(dossier, caller, route, cancellationToken);
        return dossier;
    }

    /// <summary>The <paramref name="number"/>-th file of the dossier (counted from 1, as its detail lists them).</summary>
    /// <exception cref="DossierNotFoundException">No such dossier, or not one the caller may see, or no such file.</exception>
    public async Task<OpenedDocument> OpenDocumentAsync(string code, int number, Actor caller, string route, CancellationToken cancellationToken = default)
    {
        var dossier = (await dossiers.ReadAsync(code, caller, route, cancellationToken)).Dossier;
        if (number < 1 || number > dossier.Documents.Length)
        {
            throw new DossierNotFoundException($"{code}/{number}");
        }
        var document = dossier.Documents[number - 1];
        var content = await attachments.OpenReadAsync(document.StorageKey, cancellationToken)
            ?? throw new InvalidOperationException($"The file {number} of {code} is recorded but not stored.");
        try
        {
            await RecordAsync(dossier, caller, route, cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
        return new OpenedDocument(document, content);
    }

    /// <summary>The access log, newest first, for the center's leaders.</summary>
    public Task<IReadOnlyList<AccessRecord>> AccessLogAsync(DateTimeOffset from, DateTimeOffset to, string? dossierId, string? actorId, int limit, CancellationToken cancellationToken = default) =>
        log.ReadAsync(from, to, dossierId, actorId, limit, cancellationToken);

    private Task RecordAsync(Dossier dossier, Actor caller, string route, CancellationToken cancellationToken) =>
        caller.Role is ActorRole.Applicant or ActorRole.System
            ? Task.CompletedTask
            : log.AppendAsync(AccessRecord.Of(dossier.Id, caller, route, time.GetUtcNow()), cancellationToken);
}
