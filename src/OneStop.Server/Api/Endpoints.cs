using System.Text.Json;
using OneStop.Application.Access;
using OneStop.Application.Catalog;
using OneStop.Application.Dossiers;
using OneStop.Application.Ports;
using OneStop.Application.Serialization;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using OneStop.Server.Hosting;

namespace OneStop.Server.Api;

/// <summary>
/// Maps exactly the routes of <see cref="ApiRoutes"/>, each to its handler, with the roles the table allows.
/// A route without a handler, or a handler without a route, stops the server at start-up.
/// </summary>
public static class Endpoints
{
    public const string PublicStatusRateLimit = "public-status";

    /// <summary>The largest body any endpoint but the uploads accepts.</summary>
    public const long JsonBodyLimit = 1024 * 1024;

    private static readonly Dictionary<string, Delegate> Handlers = new()
    {
        [ApiRoutes.ListProcedures.Name] = ListProcedures,
        [ApiRoutes.GetProcedure.Name] = GetProcedure,
        [ApiRoutes.SubmitDossier.Name] = SubmitDossier,
        [ApiRoutes.GetDossier.Name] = GetDossier,
        [ApiRoutes.GetTimeline.Name] = GetTimeline,
        [ApiRoutes.DecideReception.Name] = DecideReception,
        [ApiRoutes.ProvideSupplement.Name] = ProvideSupplement,
        [ApiRoutes.Withdraw.Name] = Withdraw,
        [ApiRoutes.ReturnResult.Name] = ReturnResult,
        [ApiRoutes.DeclareDelay.Name] = DeclareDelay,
        [ApiRoutes.StopProcessing.Name] = StopProcessing,
        [ApiRoutes.GetForm.Name] = GetForm,
        [ApiRoutes.DepartmentWorklist.Name] = DepartmentWorklist,
        [ApiRoutes.CenterDeadlines.Name] = ReportEndpoints.CenterDeadlines,
        [ApiRoutes.OnTimeReport.Name] = ReportEndpoints.OnTimeReport,
        [ApiRoutes.PublicStatus.Name] = PublicStatus,
    };

    public static void MapOneStopApi(this WebApplication app)
    {
        var unmapped = ApiRoutes.All.Select(r => r.Name).Except(Handlers.Keys).Concat(Handlers.Keys.Except(ApiRoutes.All.Select(r => r.Name))).ToList();
        if (unmapped.Count > 0)
        {
            throw new InvalidOperationException($"Routes and handlers do not match: {string.Join(", ", unmapped)}.");
        }
        foreach (var route in ApiRoutes.All)
        {
            var endpoint = app.MapMethods(route.Pattern, [route.Method], Handlers[route.Name])
                .WithName(route.Name)
                .WithDescription(route.IsPublic ? "Public." : $"Roles: {string.Join(", ", route.Roles)}.")
                .AddEndpointFilter(DossierLogScope);
            if (route.IsPublic)
            {
                endpoint.AllowAnonymous();
            }
            else
            {
                endpoint.RequireAuthorization(policy => policy.RequireRole([.. route.Roles.Select(r => r.ToString())]));
            }
            if (route == ApiRoutes.PublicStatus)
            {
                endpoint.RequireRateLimiting(PublicStatusRateLimit);
            }
        }
    }

    /// <summary>An upload may be as large as a dossier's files may be, plus the form; set before the body is read.</summary>
    private static void AllowUploadSize(HttpContext http)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = Application.Attachments.AttachmentPolicy.Default.MaxDossierBytes + JsonBodyLimit;
        }
    }

    /// <summary>Every log line of a request about a dossier carries its code (and nothing personal).</summary>
    private static async ValueTask<object?> DossierLogScope(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.RouteValues.TryGetValue("code", out var code) && code is string dossier)
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OneStop.Api");
            using (logger.BeginScope(new Dictionary<string, object> { ["DossierCode"] = dossier }))
            {
                return await next(context);
            }
        }
        return await next(context);
    }

    private static IResult ListProcedures(CatalogCache catalog, DossierEngine engine, TimeProvider time, string? q)
    {
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        var found = catalog.Current.Procedures
            .Select(p => p.VersionOn(today))
            .OfType<ProcedureVersion>()
            .Where(v => string.IsNullOrWhiteSpace(q) || SearchText.Contains(v.Name, q) || v.Code.Value == q.Trim())
            .OrderBy(v => v.Code.Value, StringComparer.Ordinal)
            .Select(ProcedureSummary.Of);
        return Results.Ok(found);
    }

    private static IResult GetProcedure(CatalogCache catalog, DossierEngine engine, TimeProvider time, string code)
    {
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        ProcedureVersion? version = null;
        try
        {
            version = catalog.Current.VersionOn(new ProcedureCode(code), today);
        }
        catch (ArgumentException)
        {
        }
        return version is null
            ? Results.Problem(statusCode: 404, title: "Không tìm thấy thủ tục", detail: $"Không có thủ tục hành chính đang có hiệu lực với mã {code}.", type: "urn:onestop:problem:procedure_not_found")
            : Results.Json(version, DomainJson.Options);
    }

    private static async Task<IResult> SubmitDossier(HttpContext http, DossierService service, CancellationToken cancellationToken)
    {
        AllowUploadSize(http);
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
                    (draft, earlier) = await service.BeginSubmissionAsync(form, key, actor, cancellationToken);
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
                    await service.AddFileAsync(draft, documentCode, fileName, contentType, body, cancellationToken);
                },
                cancellationToken);
            if (earlier is not null)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Ok(earlier);
            }
            if (draft is null)
            {
                throw new ApiInputException("form_missing", "Thiếu phần 'form'.");
            }
            var result = await service.CompleteSubmissionAsync(draft, cancellationToken);
            completed = true;
            return Results.Created($"/api/dossiers/{result.Code}", result);
        }
        finally
        {
            if (draft is not null && !completed)
            {
                await service.AbandonSubmissionAsync(draft);
            }
        }
    }

    private static async Task<IResult> GetDossier(HttpContext http, DossierService service, string code, CancellationToken cancellationToken) =>
        Results.Ok(DossierView.Of((await service.ReadAsync(code, http.User.ToActor(), cancellationToken)).Dossier));

    private static async Task<IResult> GetTimeline(HttpContext http, DossierService service, string code, CancellationToken cancellationToken)
    {
        var dossier = (await service.ReadAsync(code, http.User.ToActor(), cancellationToken)).Dossier;
        return Results.Ok(dossier.History.Select(e => new TimelineEntry(
            e.Sequence, e.At, Application.TypeNames.Of(e), (int)e.Status, e.Status.Vietnamese(), e.Actor.Role.ToString(), e.Actor.Name)));
    }

    private static async Task<IResult> DecideReception(HttpContext http, DossierService service, string code, ReceptionRequest request, CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        Signal signal = request.Decision switch
        {
            "receive" => new Receive { Actor = actor },
            "refuse" => new RefuseReception(request.Reason ?? "") { Actor = actor },
            "requestSupplement" => new RequestSupplementAtReception(request.MissingItems ?? [], request.Reason ?? "") { Actor = actor },
            _ => throw new ApiInputException("unknown_decision", "Quyết định tiếp nhận phải là 'receive', 'refuse' hoặc 'requestSupplement'."),
        };
        return Results.Ok(DossierView.Of((await service.ApplyAsync(code, signal, cancellationToken)).Dossier));
    }

    private static async Task<IResult> ProvideSupplement(HttpContext http, DossierService service, IAttachmentStore attachments, string code, CancellationToken cancellationToken)
    {
        AllowUploadSize(http);
        var actor = http.User.ToActor();
        var dossier = (await service.ReadAsync(code, actor, cancellationToken)).Dossier;
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
        return Results.Ok(DossierView.Of((await service.ApplyAsync(code, new OneStop.Domain.Workflow.ProvideSupplement(documents) { Actor = actor }, cancellationToken)).Dossier));
    }

    private static async Task<IResult> Withdraw(HttpContext http, DossierService service, string code, WithdrawalRequest request, CancellationToken cancellationToken) =>
        Results.Ok(DossierView.Of((await service.ApplyAsync(code, new RequestWithdrawal(request.Reason ?? "") { Actor = http.User.ToActor() }, cancellationToken)).Dossier));

    private static async Task<IResult> ReturnResult(HttpContext http, DossierService service, string code, ReturnRequest request, CancellationToken cancellationToken) =>
        Results.Ok(DossierView.Of((await service.ApplyAsync(code, new OneStop.Domain.Workflow.ReturnResult(request.Method) { Actor = http.User.ToActor() }, cancellationToken)).Dossier));

    private static async Task<IResult> DeclareDelay(HttpContext http, DossierService service, string code, DelayRequest request, CancellationToken cancellationToken) =>
        Results.Ok(DossierView.Of((await service.ApplyAsync(code, new OneStop.Domain.Workflow.DeclareDelay(
            request.NewAppointment ?? throw new ApiInputException("new_appointment_required", "Cần nêu ngày hẹn trả kết quả mới."), request.Reason ?? "")
        { Actor = http.User.ToActor() }, cancellationToken)).Dossier));

    private static async Task<IResult> StopProcessing(HttpContext http, DossierService service, string code, StopRequest request, CancellationToken cancellationToken) =>
        Results.Ok(DossierView.Of((await service.ApplyAsync(code, new OneStop.Domain.Workflow.StopProcessing(request.Reason ?? "") { Actor = http.User.ToActor() }, cancellationToken)).Dossier));

    /// <summary>A form as printable HTML: mau-01 … mau-06.</summary>
    private static async Task<IResult> GetForm(HttpContext http, DossierService service, DossierEngine engine, TimeProvider time, string code, string form, CancellationToken cancellationToken)
    {
        if (form.Length != 6 || !form.StartsWith("mau-0", StringComparison.Ordinal) || form[5] is < '1' or > '6')
        {
            throw new ApiInputException("unknown_form", "Mẫu phải là mau-01 đến mau-06.");
        }
        var dossier = (await service.ReadAsync(code, http.User.ToActor(), cancellationToken)).Dossier;
        var html = Forms.PrintedForms.Render((FormKind)(form[5] - '0'), dossier, engine.Calendar, time.GetUtcNow());
        return html is null
            ? Results.Problem(statusCode: 404, title: "Hồ sơ chưa có mẫu này", detail: $"Hồ sơ {code} chưa phát sinh {form}.", type: "urn:onestop:problem:form_not_issued")
            : Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> DepartmentWorklist(HttpContext http, IDossierStore store, TimeProvider time, string department, CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        DepartmentCode code;
        try
        {
            code = new DepartmentCode(department);
        }
        catch (ArgumentException)
        {
            throw new ApiInputException("unknown_department", $"Mã đơn vị «{department}» không hợp lệ.");
        }
        if (actor.Role == ActorRole.DepartmentOfficer && actor.Department != code)
        {
            return Results.Problem(statusCode: 403, title: "Không có quyền", detail: "Cán bộ chỉ xem được danh sách hồ sơ của đơn vị mình.", type: "urn:onestop:problem:other_department");
        }
        var now = time.GetUtcNow();
        var items = new List<WorklistItem>();
        foreach (var status in new[] { DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.FeesRequested })
        {
            await foreach (var stored in store.InStatusAsync(status, code, cancellationToken))
            {
                items.AddRange(stored.Dossier.ActiveSteps.Where(s => s.Department == code).Select(s =>
                    new WorklistItem(stored.Dossier.Id, stored.Dossier.Procedure.Name, s.Step, s.Name, stored.Dossier.Status, s.DueAt, s.DueAt < now && stored.Dossier.Status == DossierStatus.Processing)));
            }
        }
        return Results.Ok(items.OrderBy(i => i.DueAt));
    }

    private static async Task<IResult> PublicStatus(HttpContext http, DossierService service, string code, CancellationToken cancellationToken)
    {
        var secret = http.Request.Headers["X-Tracking-Secret"].FirstOrDefault() ?? http.Request.Query["secret"].FirstOrDefault();
        var dossier = await service.LookUpAsync(code, secret, cancellationToken);
        return dossier is null
            ? Results.Problem(statusCode: 404, title: "Không tìm thấy hồ sơ", detail: "Mã hồ sơ hoặc mã tra cứu không đúng.", type: "urn:onestop:problem:dossier_not_found")
            : Results.Ok(PublicStatusView.Of(dossier));
    }
}
