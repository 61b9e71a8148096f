using OneStop.Api.Handlers;
using OneStop.Api.Problems;
using OneStop.Api.Routes;

namespace OneStop.Functions.Http;

/// <summary>
/// The national portal's routes: its push of the dossiers filed on it, and the administrators' view of the
/// connection with the replay of a dead letter and the receipt again of a refused dossier. A dossier received here is
/// in status 1; its orchestration starts at reception, as for every online filing whose start was missed.
/// </summary>
public sealed class PortalFunctions(PortalApi api, ILogger<PortalFunctions> logger)
{
    [Function(nameof(ApiRoutes.ReceivePortalDossiers))]
    public Task<IResult> ReceivePortalDossiers([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "portal/dossiers")] HttpRequest request) =>
        ApiCall.GuardAsync(request.HttpContext, logger, () => api.ReceivePortalDossiersAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.PortalConnection))]
    public Task<IResult> PortalConnection([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/portal")] HttpRequest request) =>
        ApiCall.GuardAsync(request.HttpContext, logger, () => api.PortalConnectionAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ReplayPortalReport))]
    public Task<IResult> ReplayPortalReport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/portal/dead-letters/{code}/replay")] HttpRequest request, string code) =>
        ApiCall.GuardAsync(request.HttpContext, logger, () => api.ReplayPortalReportAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.ReceivePortalDossierAgain))]
    public Task<IResult> ReceivePortalDossierAgain([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/portal/refusals/{code}/receive")] HttpRequest request, string code) =>
        ApiCall.GuardAsync(request.HttpContext, logger, () => api.ReceivePortalDossierAgainAsync(request.HttpContext, code));
}
