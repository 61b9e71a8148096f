using Microsoft.OpenApi;
using OneStop.Api.Problems;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Filing;

namespace OneStop.Server.Api;

/// <summary>
/// Maps exactly the routes of <see cref="ApiRoutes"/>, each to the handler it declares, behind the shared role check
/// and problem mapping, and described in the OpenAPI document by the contract it declares.
/// </summary>
public static class Endpoints
{
    public static void MapOneStopApi(this WebApplication app)
    {
        foreach (var route in ApiRoutes.All)
        {
            var endpoint = app.MapMethods(route.Pattern, [route.Method], route.Handler)
                .WithName(route.Name)
                .WithDescription(route.IsPublic ? "Public." : $"Roles: {string.Join(", ", route.Roles)}.")
                .AllowAnonymous()
                .AddEndpointFilter(Guard(route));
            Describe(endpoint, route);
            if (route == ApiRoutes.PublicStatus)
            {
                endpoint.RequireRateLimiting(PublicLookupLimit.PolicyName);
            }
        }
    }

    /// <summary>The route's request and success response types, and the problems it may answer, in the OpenAPI document.</summary>
    private static void Describe(RouteHandlerBuilder endpoint, ApiRoute route)
    {
        var contract = route.Contract;
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
