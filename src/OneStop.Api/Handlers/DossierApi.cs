using System.Globalization;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Access;
using OneStop.Application.Centers;
using OneStop.Application.Dossiers;
using OneStop.Application.Portal;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// One dossier read: as its applicant or an officer sees it, its detail, its files, its history, its forms; and the
/// public look-up. Every read goes through the use cases, which ask the access policy and record the reads of
/// personal data.
/// </summary>
public sealed class DossierApi(DossierService dossiers, DossierReader reader, PortalIntake portal, CenterSettings center, DossierAnswers answers, AccessPolicy access, DossierEngine engine, TimeProvider time)
{
    public async Task<IResult> GetDossierAsync(HttpContext http, string code)
    {
        var actor = http.User.ToActor();
        var dossier = await reader.OpenAsync(code, actor, ApiRoutes.GetDossier.Name, http.RequestAborted);
        HttpAnswers.NoStore(http);
        return Results.Ok(answers.ViewFor(dossier, actor));
    }

    /// <summary>A dossier's detail for the officers who handle it: its applicant, files, steps with their time, history.</summary>
    public async Task<IResult> GetDossierDetailAsync(HttpContext http, string code)
    {
        var actor = http.User.ToActor();
        var dossier = await reader.OpenAsync(code, actor, ApiRoutes.GetDossierDetail.Name, http.RequestAborted);
        HttpAnswers.NoStore(http);
        return Results.Ok(DossierDetail.Of(dossier, time.GetUtcNow(), engine.Calendar, access.ActionsOf(dossier, actor, engine)) with
        {
            PortalCode = await portal.PortalCodeOfAsync(dossier.Id, http.RequestAborted),
        });
    }

    /// <summary>One file of a dossier, streamed with its name and type.</summary>
    public async Task<IResult> GetDocumentAsync(HttpContext http, string code, string number)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            throw new ApiInputException("invalid_document_number", "Số thứ tự tệp phải là số nguyên từ 1.");
        }
        var opened = await reader.OpenDocumentAsync(code, n, http.User.ToActor(), ApiRoutes.GetDocument.Name, http.RequestAborted);
        HttpAnswers.NoStore(http);
        // Never rendered inline by the browser as the server's own page: a file is what its owner sent, not ours.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox";
        return Results.Stream(opened.Content, opened.Document.ContentType, opened.Document.FileName, enableRangeProcessing: false);
    }

    public async Task<IResult> GetTimelineAsync(HttpContext http, string code)
    {
        var dossier = (await dossiers.ReadAsync(code, http.User.ToActor(), ApiRoutes.GetTimeline.Name, http.RequestAborted)).Dossier;
        HttpAnswers.NoStore(http);
        return Results.Ok(dossier.History.Select(e => new TimelineEntry(
            e.Sequence, e.At, Application.Common.WireNames.Event(e), (int)e.Status, e.Status.Vietnamese(), e.Actor.Role.ToString(), e.Actor.Name)));
    }

    /// <summary>A form as printable HTML: mau-01 … mau-06, or ket-qua (the notice of the result).</summary>
    public async Task<IResult> GetFormAsync(HttpContext http, string code, string form)
    {
        bool numbered = form.Length == 6 && form.StartsWith("mau-0", StringComparison.Ordinal) && form[5] is >= '1' and <= '6';
        if (!numbered && form != "ket-qua")
        {
            throw new ApiInputException("unknown_form", "Mẫu phải là mau-01 đến mau-06, hoặc ket-qua (thông báo kết quả).");
        }
        var dossier = await reader.OpenAsync(code, http.User.ToActor(), ApiRoutes.GetForm.Name, http.RequestAborted);
        HttpAnswers.NoStore(http);
        var html = !DossierForms.Of(dossier).Contains(form) ? null : numbered
            ? Forms.PrintedForms.Render((FormKind)(form[5] - '0'), dossier, center.Forms, engine.Calendar, time.GetUtcNow())
            : Forms.PrintedForms.RenderResultNotice(dossier, center.Forms, engine.Calendar);
        return html is null
            ? Problems.ApiProblems.Result(404, "form_not_issued", "Hồ sơ chưa có mẫu này", $"Hồ sơ {code} chưa phát sinh {form}.")
            : Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>The public lookup by code and tracking secret (header X-Tracking-Secret, or ?secret=).</summary>
    public async Task<IResult> PublicStatusAsync(HttpContext http, string code)
    {
        var secret = http.Request.Headers["X-Tracking-Secret"].FirstOrDefault() ?? http.Request.Query["secret"].FirstOrDefault();
        var dossier = await dossiers.LookUpAsync(code, secret, http.RequestAborted);
        return dossier is null
            ? Problems.ApiProblems.Result(404, "dossier_not_found", "Không tìm thấy hồ sơ", "Mã hồ sơ hoặc mã tra cứu không đúng.")
            : Results.Ok(PublicStatusView.Of(dossier));
    }
}
