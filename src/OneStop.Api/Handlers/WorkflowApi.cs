using OneStop.Application.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// The administrators' view of the relays: stalled dossiers and parked decisions, and a restart.
/// </summary>
public sealed class WorkflowApi(WorkflowRepair repair)
{
    /// <summary>Open dossiers nothing relays, and parked signals: ?limit= (1–1000, default 100) of each.</summary>
    public async Task<IResult> ListStalledWorkflowsAsync(HttpContext http, IWorkflowRelay relay)
    {
        var limitText = http.Request.Query["limit"].FirstOrDefault();
        int limit = 100;
        if (limitText is not null && (!int.TryParse(limitText, out limit) || limit is < 1 or > 1000))
        {
            throw new ApiInputException("invalid_limit", "Tham số limit phải là số nguyên từ 1 đến 1000.");
        }
        return Results.Ok(WorkflowReportView.Of(await repair.InspectAsync(relay, limit, http.RequestAborted)));
    }

    /// <summary>Restarts a stalled dossier's relay from its document and replays its parked signals.</summary>
    public async Task<IResult> RestartWorkflowAsync(HttpContext http, string code, IWorkflowRelay relay) =>
        Results.Ok(await repair.RestartAsync(relay, code, http.RequestAborted));
}
