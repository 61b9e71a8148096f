using OneStop.Api.Security;
using OneStop.Application.Access;
using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Decisions;
using OneStop.Application.Dossiers;
using OneStop.Application.Filing;
using OneStop.Application.Reception;
using OneStop.Application.Reports;
using OneStop.Application.Supplements;
using OneStop.Application.Workflow;
using OneStop.Application.Worklists;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// The handlers of every route in <see cref="Routes.ApiRoutes"/>, written once for both hosts. Each
/// takes the request and its route values and answers an <see cref="IResult"/>; failures are exceptions that
/// <see cref="Problems.ApiProblems"/> turns into problem details. Callers have already passed the route's role
/// check (<see cref="ApiAccess"/>); the per-dossier rules are the use cases' own.
/// </summary>
public sealed partial class DossierApi(
    DossierService dossiers,
    DossierFiling filing,
    SupplementIntake supplements,
    ReceptionDesk reception,
    DossierReader reader,
    DossierQueries queries,
    ReportQueries reports,
    OfficerDecisions decisions,
    CatalogCache catalog,
    DossierEngine engine,
    WorkflowRepair repair,
    CatalogAdministration administration,
    HolidayNotices notices,
    IntakePointDirectory intakePoints,
    Application.Portal.PortalIntake portal,
    CenterSettings center,
    AccessPolicy access,
    TimeProvider time)
{
    /// <summary>The largest body any route but the uploads accepts.</summary>
    public const long JsonBodyLimit = 1024 * 1024;

    public async Task<IResult> GetDossierAsync(HttpContext http, string code)
    {
        var actor = http.User.ToActor();
        var dossier = await reader.OpenAsync(code, actor, Routes.ApiRoutes.GetDossier.Name, http.RequestAborted);
        NoStore(http);
        return Results.Ok(ViewFor(dossier, actor));
    }

    public async Task<IResult> GetTimelineAsync(HttpContext http, string code)
    {
        var dossier = (await dossiers.ReadAsync(code, http.User.ToActor(), Routes.ApiRoutes.GetTimeline.Name, http.RequestAborted)).Dossier;
        NoStore(http);
        return Results.Ok(dossier.History.Select(e => new TimelineEntry(
            e.Sequence, e.At, Application.Common.WireNames.Event(e), (int)e.Status, e.Status.Vietnamese(), e.Actor.Role.ToString(), e.Actor.Name)));
    }

    public async Task<IResult> DecideReceptionAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<ReceptionRequest>(http);
        var actor = http.User.ToActor();
        var result = request.Decision switch
        {
            "receive" => await reception.ReceiveAsync(code, actor, http.RequestAborted),
            "refuse" => await reception.RefuseAsync(code, request.Reason ?? "", actor, http.RequestAborted),
            "requestSupplement" => await reception.RequestSupplementAsync(code, request.MissingItems ?? [], request.Reason ?? "", actor, http.RequestAborted),
            _ => throw new ApiInputException("unknown_decision", "Quyết định tiếp nhận phải là 'receive', 'refuse' hoặc 'requestSupplement'."),
        };
        return Answer(http, result);
    }

    public async Task<IResult> WithdrawAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<WithdrawalRequest>(http);
        return await ApplyAsync(http, code, new RequestWithdrawal(request.Reason ?? "") { Actor = http.User.ToActor() });
    }

    /// <summary>The applicant's rating of the service, once the result is returned.</summary>
    public async Task<IResult> RateServiceAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<RatingRequest>(http);
        var score = request.Score ?? throw new ApiInputException("score_required", "Cần chọn mức độ hài lòng, từ 1 đến 5.");
        return await ApplyAsync(http, code, new RateService(score, request.Comment) { Actor = http.User.ToActor() });
    }

    public async Task<IResult> ReturnResultAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<ReturnRequest>(http);
        return Answer(http, await reception.ReturnResultAsync(code, request.Method, http.User.ToActor(), http.RequestAborted));
    }

    public async Task<IResult> DeclareDelayAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<DelayRequest>(http);
        var newAppointment = request.NewAppointment ?? throw new ApiInputException("new_appointment_required", "Cần nêu ngày hẹn trả kết quả mới.");
        return await ApplyAsync(http, code, new DeclareDelay(newAppointment, request.Reason ?? "") { Actor = http.User.ToActor() });
    }

    public async Task<IResult> StopProcessingAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<StopRequest>(http);
        return await ApplyAsync(http, code, new StopProcessing(request.Reason ?? "") { Actor = http.User.ToActor() });
    }

    /// <summary>A form as printable HTML: mau-01 … mau-06, or ket-qua (the notice of the result).</summary>
    public async Task<IResult> GetFormAsync(HttpContext http, string code, string form)
    {
        bool numbered = form.Length == 6 && form.StartsWith("mau-0", StringComparison.Ordinal) && form[5] is >= '1' and <= '6';
        if (!numbered && form != "ket-qua")
        {
            throw new ApiInputException("unknown_form", "Mẫu phải là mau-01 đến mau-06, hoặc ket-qua (thông báo kết quả).");
        }
        var dossier = await reader.OpenAsync(code, http.User.ToActor(), Routes.ApiRoutes.GetForm.Name, http.RequestAborted);
        NoStore(http);
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

    private async Task<IResult> ApplyAsync(HttpContext http, string code, Signal signal)
    {
        return Answer(http, await dossiers.ApplyAsync(code, signal, http.RequestAborted));
    }

    /// <summary>The engine's answer over HTTP: the dossier as it now is, or the refusal as a problem (nothing changed).</summary>
    private IResult Answer(HttpContext http, AdvanceResult result)
    {
        if (result.Refusal is { } refusal)
        {
            return Problems.ApiProblems.Result(Problems.ApiProblems.For(new SignalRefusedException(refusal)));
        }
        NoStore(http);
        return Results.Ok(ViewFor(result.Dossier, http.User.ToActor()));
    }

    /// <summary>The dossier with what the person may do with it now, as the access policy says.</summary>
    private DossierView ViewFor(Dossier dossier, Actor actor) =>
        DossierView.Of(dossier, access.ActionsOf(dossier, actor, engine));
}
