using Microsoft.OpenApi;
using OneStop.Api.Handlers;
using OneStop.Api.Problems;
using OneStop.Api.Security;
using OneStop.Application.Access;
using OneStop.Application.Filing;
using OneStop.Server.Workers;

namespace OneStop.Server.Api;

/// <summary>
/// Maps exactly the routes of <see cref="ApiRoutes"/> to the shared <see cref="DossierApi"/> handlers, each behind
/// the shared role check and problem mapping. A route without a handler, or a handler without a route, stops the
/// server at start-up.
/// </summary>
public static class Endpoints
{
    private static readonly Dictionary<string, Delegate> Handlers = new()
    {
        [ApiRoutes.ListProcedures.Name] = (DossierApi api, HttpContext http) => api.ListProcedures(http),
        [ApiRoutes.ListIntakePoints.Name] = (DossierApi api) => api.ListIntakePoints(),
        [ApiRoutes.GetProcedure.Name] = (DossierApi api, string code) => api.GetProcedure(code),
        [ApiRoutes.SubmitDossier.Name] = (DossierApi api, HttpContext http) => api.SubmitDossierAsync(http),
        [ApiRoutes.GetDossier.Name] = (DossierApi api, HttpContext http, string code) => api.GetDossierAsync(http, code),
        [ApiRoutes.SearchDossiers.Name] = (DossierApi api, HttpContext http) => api.SearchDossiersAsync(http),
        [ApiRoutes.GetDossierDetail.Name] = (DossierApi api, HttpContext http, string code) => api.GetDossierDetailAsync(http, code),
        [ApiRoutes.GetDocument.Name] = (DossierApi api, HttpContext http, string code, string number) => api.GetDocumentAsync(http, code, number),
        [ApiRoutes.DecideStep.Name] = (DossierApi api, HttpContext http, string code, WorkerRelay relay) => api.DecideStepAsync(http, code, relay),
        [ApiRoutes.MyWork.Name] = (DossierApi api, HttpContext http) => api.MyWorkAsync(http),
        [ApiRoutes.MyDossiers.Name] = (DossierApi api, HttpContext http) => api.MyDossiersAsync(http),
        [ApiRoutes.AccessLog.Name] = (DossierApi api, HttpContext http) => api.AccessLogAsync(http),
        [ApiRoutes.GetTimeline.Name] = (DossierApi api, HttpContext http, string code) => api.GetTimelineAsync(http, code),
        [ApiRoutes.DecideReception.Name] = (DossierApi api, HttpContext http, string code) => api.DecideReceptionAsync(http, code),
        [ApiRoutes.ProvideSupplement.Name] = (DossierApi api, HttpContext http, string code) => api.ProvideSupplementAsync(http, code),
        [ApiRoutes.Withdraw.Name] = (DossierApi api, HttpContext http, string code) => api.WithdrawAsync(http, code),
        [ApiRoutes.RateService.Name] = (DossierApi api, HttpContext http, string code) => api.RateServiceAsync(http, code),
        [ApiRoutes.ReturnResult.Name] = (DossierApi api, HttpContext http, string code) => api.ReturnResultAsync(http, code),
        [ApiRoutes.DeclareDelay.Name] = (DossierApi api, HttpContext http, string code) => api.DeclareDelayAsync(http, code),
        [ApiRoutes.StopProcessing.Name] = (DossierApi api, HttpContext http, string code) => api.StopProcessingAsync(http, code),
        [ApiRoutes.GetForm.Name] = (DossierApi api, HttpContext http, string code, string form) => api.GetFormAsync(http, code, form),
        [ApiRoutes.DepartmentWorklist.Name] = (DossierApi api, HttpContext http, string department) => api.DepartmentWorklistAsync(http, department),
        [ApiRoutes.WhoAmI.Name] = (DossierApi api, HttpContext http) => api.WhoAmI(http),
        [ApiRoutes.CounterToday.Name] = (DossierApi api, HttpContext http) => api.CounterTodayAsync(http),
        [ApiRoutes.CenterDeadlines.Name] = (DossierApi api, HttpContext http) => api.CenterDeadlinesAsync(http),
        [ApiRoutes.OnTimeReport.Name] = (DossierApi api, HttpContext http) => api.OnTimeReportAsync(http),
        [ApiRoutes.OnTimeDossiers.Name] = (DossierApi api, HttpContext http) => api.OnTimeDossiersAsync(http),
        [ApiRoutes.SatisfactionReport.Name] = (DossierApi api, HttpContext http) => api.SatisfactionReportAsync(http),
        [ApiRoutes.IntakeReport.Name] = (DossierApi api, HttpContext http) => api.IntakeReportAsync(http),
        [ApiRoutes.PublicStatus.Name] = (DossierApi api, HttpContext http, string code) => api.PublicStatusAsync(http, code),
        [ApiRoutes.PreviewCatalog.Name] = (DossierApi api, HttpContext http) => api.PreviewCatalogAsync(http),
        [ApiRoutes.ImportCatalog.Name] = (DossierApi api, HttpContext http) => api.ImportCatalogAsync(http),
        [ApiRoutes.ProcedureVersions.Name] = (DossierApi api, HttpContext http, string code) => api.ProcedureVersionsAsync(http, code),
        [ApiRoutes.ListDepartments.Name] = (DossierApi api) => api.ListDepartments(),
        [ApiRoutes.SetDepartmentOnboarding.Name] = (DossierApi api, HttpContext http, string code) => api.SetDepartmentOnboardingAsync(http, code),
        [ApiRoutes.AdministrationChanges.Name] = (DossierApi api, HttpContext http) => api.AdministrationChangesAsync(http),
        [ApiRoutes.ListAdminIntakePoints.Name] = (DossierApi api) => api.ListAdminIntakePoints(),
        [ApiRoutes.SaveIntakePoint.Name] = (DossierApi api, HttpContext http, string code) => api.SaveIntakePointAsync(http, code),
        [ApiRoutes.ListHolidayNotices.Name] = (DossierApi api) => api.ListHolidayNotices(),
        [ApiRoutes.PreviewHolidayNotice.Name] = (DossierApi api, HttpContext http) => api.PreviewHolidayNoticeAsync(http),
        [ApiRoutes.ApplyHolidayNotice.Name] = (DossierApi api, HttpContext http) => api.ApplyHolidayNoticeAsync(http),
        [ApiRoutes.ListStalledWorkflows.Name] = (DossierApi api, HttpContext http, WorkerRelay relay) => api.ListStalledWorkflowsAsync(http, relay),
        [ApiRoutes.RestartWorkflow.Name] = (DossierApi api, HttpContext http, string code, WorkerRelay relay) => api.RestartWorkflowAsync(http, code, relay),
        [ApiRoutes.ReceivePortalDossiers.Name] = (PortalApi api, HttpContext http) => api.ReceivePortalDossiersAsync(http),
        [ApiRoutes.PortalConnection.Name] = (PortalApi api, HttpContext http) => api.PortalConnectionAsync(http),
        [ApiRoutes.ReplayPortalReport.Name] = (PortalApi api, HttpContext http, string code) => api.ReplayPortalReportAsync(http, code),
        [ApiRoutes.ReceivePortalDossierAgain.Name] = (PortalApi api, HttpContext http, string code) => api.ReceivePortalDossierAgainAsync(http, code),
    };

    public static void MapOneStopApi(this WebApplication app)
    {
        var unmapped = ApiRoutes.All.Select(r => r.Name).Except(Handlers.Keys).Concat(Handlers.Keys.Except(ApiRoutes.All.Select(r => r.Name)))
            .Concat(ApiRoutes.All.Select(r => r.Name).Except(ApiContracts.ByRoute.Keys)).ToList();
        if (unmapped.Count > 0)
        {
            throw new InvalidOperationException($"Routes and handlers do not match: {string.Join(", ", unmapped)}.");
        }
        foreach (var route in ApiRoutes.All)
        {
            var endpoint = app.MapMethods(route.Pattern, [route.Method], Handlers[route.Name])
                .WithName(route.Name)
                .WithDescription(route.IsPublic ? "Public." : $"Roles: {string.Join(", ", route.Roles)}.")
                .AllowAnonymous()
                .AddEndpointFilter(Guard(route));
            Describe(endpoint, route, ApiContracts.ByRoute[route.Name]);
            if (route == ApiRoutes.PublicStatus)
            {
                endpoint.RequireRateLimiting(PublicLookupLimit.PolicyName);
            }
        }
    }

    /// <summary>The route's request and success response types, and the problems it may answer, in the OpenAPI document.</summary>
    private static void Describe(RouteHandlerBuilder endpoint, ApiRoute route, ApiContract contract)
    {
        if (contract.Request is { } body)
        {
            endpoint.Accepts(body, "application/json");
        }
        else if (contract.RequestContentType is { } type)
        {
            // Described, not declared: declaring it would have routing refuse other content types (415) before the
            // route's role check and our own problem for a body that is not multipart.
            endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var form = route == ApiRoutes.SubmitDossier ? await context.GetOrCreateSchemaAsync(typeof(SubmissionForm), null, cancellationToken) : null;
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = form is null
                        ? "One part per file, named by the paper's code in the procedure (documents[].code)."
                        : "A 'form' part (JSON) first, then one part per file, named by the paper's code in the procedure (documents[].code).",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [type] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Properties = form is null ? null : new Dictionary<string, IOpenApiSchema> { ["form"] = form },
                                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                            },
                        },
                    },
                };
            });
        }
        if (contract.Parameters is { Count: > 0 } parameters)
        {
            endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var p in parameters)
                {
                    var type = new OpenApiSchema { Type = p.Integer ? JsonSchemaType.Integer : JsonSchemaType.String };
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = p.Name,
                        In = p.InHeader ? ParameterLocation.Header : ParameterLocation.Query,
                        Description = p.Description,
                        Schema = p.Repeated ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = type } : type,
                    });
                }
                return Task.CompletedTask;
            });
        }
        endpoint.Produces(contract.Status, contract.Response, contract.ResponseContentType);
        if (route == ApiRoutes.SubmitDossier)
        {
            endpoint.Produces(StatusCodes.Status200OK, contract.Response); // a repeated Idempotency-Key answers what the first request did
        }
        foreach (var status in route.IsPublic ? [400, 404, 429, 500] : new[] { 400, 401, 403, 404, 409, 413, 415, 500 })
        {
            endpoint.ProducesProblem(status);
        }
    }

    /// <summary>
    /// The route's role check, then the handler with its failures as problems; every log line of a request about
    /// a dossier carries its code (and nothing personal). Handlers bind only route values and services, so
    /// nothing of the body is read before the check.
    /// </summary>
    private static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Guard(ApiRoute route) => async (context, next) =>
    {
        var http = context.HttpContext;
        if (ApiAccess.Refusal(route, http.User) is { } status)
        {
            if (status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }
            return ApiProblems.Result(ApiProblems.ForStatusOnly(status));
        }
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OneStop.Api");
        using var scope = http.Request.RouteValues.TryGetValue("code", out var code) && code is string dossier
            ? logger.BeginScope(new Dictionary<string, object> { ["DossierCode"] = dossier })
            : null;
        return await ApiCall.GuardAsync(http, logger, async () => await next(context) as IResult ?? Results.Empty);
    };
}
