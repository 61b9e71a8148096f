using OneStop.Application.Access;
using OneStop.Application.Attachments;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Supplements;

/// <summary>Where the files of an upload go as they stream in: the paper they are for, their name and type, their bytes.</summary>
public delegate Task FileSink(string documentCode, string fileName, string contentType, Stream content);

/// <summary>An applicant's supplement to a dossier that waits for one, with the files it brings.</summary>
public sealed class SupplementIntake(DossierEngine engine, DossierService dossiers, IAttachmentStore attachments, TimeProvider time)
{
    /// <summary>
    /// An applicant's supplement: asked of the engine first, so that a supplement it would refuse (not the applicant's
    /// dossier, not waiting for one) is refused before any file is stored; then the files are stored as
    /// <paramref name="readFiles"/> hands them over, and the supplement is applied.
    /// </summary>
    /// <exception cref="SignalRefusedException">The dossier does not take a supplement now; nothing was stored.</exception>
    public async Task<AdvanceResult> ProvideSupplementAsync(string code, Actor actor, Func<FileSink, Task> readFiles, CancellationToken cancellationToken = default)
    {
        var dossier = (await dossiers.ReadAsync(code, actor, AccessPolicy.ChangePurpose, cancellationToken)).Dossier;
        if (engine.Advance(dossier, new ProvideSupplement([]) { Actor = actor }, time.GetUtcNow()).Refusal is { Code: not "documents_required" } refusal)
        {
            throw new SignalRefusedException(refusal);
        }
        var documents = new List<SubmittedDocument>();
        long soFar = dossier.Documents.Sum(d => d.Length);
        await readFiles(async (documentCode, fileName, contentType, content) =>
        {
            var stored = await attachments.UploadAsync(new AttachmentUpload(dossier.Id, documentCode, fileName, contentType, content, soFar), cancellationToken);
            soFar += stored.Length;
            documents.Add(new SubmittedDocument(stored.DocumentCode, stored.FileName, stored.ContentType, stored.Length, stored.Sha256, stored.StorageKey));
        });
        return await dossiers.ApplyAsync(code, new ProvideSupplement(documents) { Actor = actor }, cancellationToken);
    }
}
