using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using OneStop.Api.Security;
using OneStop.Application.Attachments;
using OneStop.Application.Common;
using OneStop.Application.Filing;
using OneStop.Application.Supplements;

namespace OneStop.Api.Handlers;

/// <summary>
/// The two uploads: a new dossier (form and files), and an applicant's supplement (files).
/// </summary>
public sealed class FilingApi(DossierFiling filing, SupplementIntake supplements, DossierAnswers answers)
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
        Submission? submission = null;
        try
        {
            await Multipart.ReadAsync(
                http.Request,
                async json =>
                {
                    if (submission is not null)
                    {
                        throw new ApiInputException("form_twice", "Chỉ được gửi một phần 'form'.");
                    }
                    var form = JsonSerializer.Deserialize<SubmissionForm>(json, DomainJson.Options) ?? throw new ApiInputException("form_missing", "Phần 'form' trống.");
                    submission = await filing.BeginSubmissionAsync(form, key, actor, cancellationToken);
                },
                (documentCode, fileName, contentType, body) => (submission ?? throw new ApiInputException("form_first", "Phần 'form' phải đứng trước các tệp."))
                    .AddFileAsync(documentCode, fileName, contentType, body, cancellationToken),
                cancellationToken);
            if (submission is null)
            {
                throw new ApiInputException("form_missing", "Thiếu phần 'form'.");
            }
            var result = await submission.CompleteAsync(cancellationToken: cancellationToken);
            HttpAnswers.NoStore(http);
            if (submission.Earlier is not null)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Ok(SubmissionView.Of(result));
            }
            return Results.Created($"/api/dossiers/{result.Code}", SubmissionView.Of(result));
        }
        finally
        {
            if (submission is not null)
            {
                await submission.DisposeAsync();
            }
        }
    }

    /// <summary>Multipart of files only, accepted while the dossier waits for a supplement.</summary>
    public async Task<IResult> ProvideSupplementAsync(HttpContext http, string code)
    {
        AllowUploadSize(http);
        var result = await supplements.ProvideSupplementAsync(
            code,
            http.User.ToActor(),
            files => Multipart.ReadAsync(
                http.Request,
                _ => throw new ApiInputException("unexpected_part", "Bổ sung hồ sơ chỉ gồm các tệp."),
                (documentCode, fileName, contentType, body) => files(documentCode, fileName, contentType, body),
                http.RequestAborted),
            http.RequestAborted);
        return answers.Answer(http, result);
    }

    /// <summary>An upload may be as large as a dossier's files may be, plus the form; set before the body is read.</summary>
    private static void AllowUploadSize(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = AttachmentPolicy.Default.MaxDossierBytes + JsonBody.Limit;
        }
    }
}
