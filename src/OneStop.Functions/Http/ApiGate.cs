using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Azure.Functions.Worker.Middleware;
using OneStop.Api.Problems;
using OneStop.Api.Routes;
using OneStop.Api.Security;

namespace OneStop.Functions.Http;

/// <summary>
/// The Functions app's door, as the server's route guard: the function's name is its route's name in
/// <see cref="ApiRoutes"/>, whose roles decide (through the shared <see cref="ApiAccess"/>) after the bearer token is
/// checked (through the shared <see cref="BearerTokens"/>). The public lookup is rate limited per client address.
/// Triggers are anonymous at the Functions level: this gate is the one authorization.
/// </summary>
public sealed class ApiGate(BearerTokens tokens) : IFunctionsWorkerMiddleware
{
    private static readonly Dictionary<string, ApiRoute> Routes = ApiRoutes.All.ToDictionary(r => r.Name);

    private readonly PartitionedRateLimiter<HttpContext> publicLookups = PartitionedRateLimiter.Create<HttpContext, string>(PublicLookupLimit.Partition);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (!Routes.TryGetValue(context.FunctionDefinition.Name, out var route) || context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        if (await AdmitAsync(route, http) is { } status)
        {
            Refuse(context, http, status);
            return;
        }
        await next(context);
    }

    /// <summary>The caller's identity set on the request, and the status to refuse it with, or null when the route admits it.</summary>
    public async Task<int?> AdmitAsync(ApiRoute route, HttpContext http)
    {
        UseForwardedClientAddress(http);
        http.User = await tokens.ValidateAsync(http.Request.Headers.Authorization.FirstOrDefault());
        if (ApiAccess.Refusal(route, http.User) is { } status)
        {
            return status;
        }
        if (route == ApiRoutes.PublicStatus)
        {
            using var lease = publicLookups.AttemptAcquire(http);
            if (!lease.IsAcquired)
            {
                return StatusCodes.Status429TooManyRequests;
            }
        }
        return null;
    }

    private static void Refuse(FunctionContext context, HttpContext http, int status)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        // The ASP.NET Core integration writes an IResult left as the invocation's result.
        context.GetInvocationResult().Value = ApiProblems.Result(ApiProblems.ForStatusOnly(status));
    }

    /// <summary>
    /// The worker sees the Functions host as its peer; the client is the first X-Forwarded-For address, which the
    /// Azure front end sets (clients cannot reach the worker around it).
    /// </summary>
    private static void UseForwardedClientAddress(HttpContext http)
    {
        var first = http.Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim();
        if (first is not null && IPEndPoint.TryParse(first, out var client))
        {
            http.Connection.RemoteIpAddress = client.Address;
        }
    }
}
