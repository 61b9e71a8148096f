using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using OneStop.Api.Security;
using OneStop.Application.Attachments;
using OneStop.Application.Dossiers;
using OneStop.Application.Ports;
using OneStop.Application.Serialization;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>The two uploads: a new dossier (form and files), and an applicant's supplement (files).</summary>
public sealed partial class DossierApi
{
    /// <summary>
    /// Multipart: a 'form' part (JSON) first, then one part per document. With an Idempotency-Key, a repeated
    /// request answers what the first one did (200 and Idempotent-Replayed) and stores nothing new.
    /// </summary>
    public async Task<IResult> SubmitDossierAsync(HttpContext http)
    {
        AllowUploadSize(http);
        var cancellationToken = http.RequestAborted;
        var actor = http.User.ToActor();
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        DossierService.Draft? draft = null;
        SubmissionResult? earlier = null;
        bool completed = false;
        try
        {
            await Multipart.ReadAsync(
                http.Request,
                async json =>
                {
                    if (draft is not null || earlier is not null)
                    {
                        throw new ApiInputException("form_twice", "Chỉ được gửi một phần 'form'.");
                    }
                    var form = JsonSerializer.Deserialize<SubmissionForm>(json, DomainJson.Options) ?? throw new ApiInputException("form_missing", "Phần 'form' trống.");
                    (draft, earlier) = await dossiers.BeginSubmissionAsync(form, key, actor, cancellationToken);
                },
                async (documentCode, fileName, contentType, body) =>
                {
                    if (earlier is not null)
                    {
                        // A repeated request: its files were stored the first time.
                        await body.CopyToAsync(Stream.Null, cancellationToken);
                        return;
                    }
                    if (draft is null)
                    {
                        throw new ApiInputException("form_first", "Phần 'form' phải đứng trước các tệp.");
                    }
                    await dossiers.AddFileAsync(draft, documentCode, fileName, contentType, body, cancellationToken);
                },
                cancellationToken);
            if (earlier is not null)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
                NoStore(http);
                return Results.Ok(SubmissionView.Of(earlier));
            }
            if (draft is null)
            {
                throw new ApiInputException("form_missing", "Thiếu phần 'form'.");
            }
            var result = await dossiers.CompleteSubmissionAsync(draft, cancellationToken);
            completed = true;
            NoStore(http);
            return Results.Created($"/api/dossiers/{result.Code}", SubmissionView.Of(result));
        }
        finally
        {
            if (draft is not null && !completed)
            {
                await dossiers.AbandonSubmissionAsync(draft);
            }
        }
    }

    /// <summary>Multipart of files only, accepted while the dossier waits for a supplement.</summary>
    public async Task<IResult> ProvideSupplementAsync(HttpContext http, string code)
    {
        AllowUploadSize(http);
        var cancellationToken = http.RequestAborted;
        var actor = http.User.ToActor();
        var dossier = (await dossiers.ReadAsync(code, actor, cancellationToken)).Dossier;
        if (dossier.Status != DossierStatus.SupplementRequested)
        {
            // Refused before any file is stored, so a refused supplement leaves nothing behind.
            throw new SignalRefusedException(Refusals.WrongStatus(dossier.Status, "nhận hồ sơ bổ sung"));
        }
        var documents = new List<SubmittedDocument>();
        long soFar = dossier.Documents.Sum(d => d.Length);
        await Multipart.ReadAsync(
            http.Request,
            _ => throw new ApiInputException("unexpected_part", "Bổ sung hồ sơ chỉ gồm các tệp."),
            async (documentCode, fileName, contentType, body) =>
            {
                var stored = await attachments.UploadAsync(new AttachmentUpload(dossier.Id, documentCode, fileName, contentType, body, soFar), cancellationToken);
                soFar += stored.Length;
                documents.Add(new SubmittedDocument(stored.DocumentCode, stored.FileName, stored.ContentType, stored.Length, stored.Sha256, stored.StorageKey));
            },
            cancellationToken);
        return await ApplyAsync(http, code, new ProvideSupplement(documents) { Actor = actor });
    }

    /// <summary>An upload may be as large as a dossier's files may be, plus the form; set before the body is read.</summary>
    private static void AllowUploadSize(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = AttachmentPolicy.Default.MaxDossierBytes + JsonBodyLimit;
        }
    }
}
