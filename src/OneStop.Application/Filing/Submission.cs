using OneStop.Application.Attachments;
using OneStop.Application.Common;

namespace OneStop.Application.Filing;

/// <summary>
/// One submission as a transaction: begun with the form (the Idempotency-Key claimed), fed its files as they stream
/// in, then completed (the code taken, the dossier written). Disposed without completing, it abandons itself: the key is given back
/// (or kept by the dossier, when that was written after all), so an interrupted upload can be sent again. A repeated
/// request (<see cref="Earlier"/>) stores nothing: its files are read and dropped, and it answers what the first did.
/// </summary>
public sealed class Submission : IAsyncDisposable
{
    private readonly DossierFiling dossiers;
    private readonly DossierFiling.Draft? draft;
    private SubmissionResult? completed;

    internal Submission(DossierFiling dossiers, DossierFiling.Draft? draft, SubmissionResult? earlier)
    {
        this.dossiers = dossiers;
        this.draft = draft;
        Earlier = earlier;
    }

    /// <summary>What an earlier request with the same Idempotency-Key answered; this one then files nothing.</summary>
    public SubmissionResult? Earlier { get; }

    /// <summary>Stores one file, streamed and checked; a repeated request's file is read and dropped.</summary>
    /// <exception cref="AttachmentRejectedException">The file is refused; nothing of it is stored.</exception>
    public async Task AddFileAsync(string documentCode, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        if (draft is null)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken);
            return;
        }
        await dossiers.AddFileAsync(draft, documentCode, fileName, contentType, content, cancellationToken);
    }

    /// <summary>Files the dossier (receiving it at once at a counter); a repeated request answers the first one's result.</summary>
    /// <param name="coded">Told the dossier's code once it is taken, before the dossier is written.</param>
    /// <exception cref="InputRejectedException">The files do not make a complete dossier; nothing is filed and no code is taken.</exception>
    public async Task<SubmissionResult> CompleteAsync(Func<OneStop.Domain.Dossiers.DossierCode, Task>? coded = null, CancellationToken cancellationToken = default)
    {
        completed = Earlier ?? await dossiers.CompleteSubmissionAsync(draft!, coded, cancellationToken);
        return completed;
    }

    public async ValueTask DisposeAsync()
    {
        if (draft is not null && completed is null)
        {
            await dossiers.AbandonSubmissionAsync(draft);
        }
    }
}
