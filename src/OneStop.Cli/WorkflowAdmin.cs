using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Application.Common;
using OneStop.Application.Workflow;

namespace OneStop.Cli;

/// <summary>
/// The administrators' repairs from the command line, over the API (the same routes the web workspace and scripts
/// use): list open dossiers nothing relays and parked signals; restart one dossier's relay; rebuild the scorecard's
/// counts from the dossiers.
/// </summary>
public sealed class WorkflowAdmin(HttpClient http, string token, TextWriter output)
{
    public async Task<int> ListAsync(CancellationToken cancellationToken = default)
    {
        var response = await http.SendAsync(Request(HttpMethod.Get, "/api/admin/workflows"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return await FailedAsync(response, cancellationToken);
        }
        var report = (await response.Content.ReadFromJsonAsync<WorkflowReport>(DomainJson.Options, cancellationToken))!;
        output.WriteLine(report.Stalled.Count == 0 ? "no stalled workflows: every open dossier is relayed" : $"{report.Stalled.Count} stalled workflow(s):");
        foreach (var stalled in report.Stalled)
        {
            output.WriteLine($"  {stalled.Code}  status {(int)stalled.Status}  relay {stalled.Relay}");
        }
        output.WriteLine(report.Parked.Count == 0 ? "no parked signals" : $"{report.Parked.Count} parked signal(s):");
        foreach (var parked in report.Parked)
        {
            output.WriteLine($"  {parked.DossierId}  from {parked.Department}  parked {parked.ParkedAt:u} after {parked.Attempts} tries: {parked.LastError}");
        }
        return 0;
    }

    public async Task<int> RestartAsync(string code, CancellationToken cancellationToken = default)
    {
        var response = await http.SendAsync(Request(HttpMethod.Post, $"/api/admin/workflows/{Uri.EscapeDataString(code)}/restart"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return await FailedAsync(response, cancellationToken);
        }
        var restart = (await response.Content.ReadFromJsonAsync<WorkflowRestart>(DomainJson.Options, cancellationToken))!;
        output.WriteLine(restart.Restarted
            ? $"{restart.Code}: relay was {restart.Before}, restarted from the dossier; {restart.SignalsReplayed} parked signal(s) replayed"
            : $"{restart.Code}: relay is running; {restart.SignalsReplayed} parked signal(s) replayed");
        return 0;
    }

    public async Task<int> RebuildCountsAsync(CancellationToken cancellationToken = default)
    {
        var response = await http.SendAsync(Request(HttpMethod.Post, "/api/admin/scorecard/rebuild"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return await FailedAsync(response, cancellationToken);
        }
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        output.WriteLine($"scorecard counts rebuilt from {answer.RootElement.GetProperty("recorded").GetInt32()} received dossier(s)");
        return 0;
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>The API's problem as it said it (its detail, else its title, in Vietnamese), and a failing exit code.</summary>
    private async Task<int> FailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            var detail = Text(root, "detail");
            output.WriteLine($"refused ({(int)response.StatusCode}): {(detail.Length > 0 ? detail : Text(root, "title"))}");
        }
        catch (JsonException)
        {
            output.WriteLine($"refused ({(int)response.StatusCode}): {text}");
        }
        return 1;
    }

    private static string Text(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
}
