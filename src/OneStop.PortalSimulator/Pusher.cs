using System.Text.Json.Nodes;

namespace OneStop.PortalSimulator;

/// <summary>
/// Delivers the dossiers filed on the simulator to the province's endpoint, as the portal does in push mode: one
/// request per dossier, again later when the province does not answer or answers an error of its own (HTTP 5xx).
/// With the faults asked for, a dossier is delivered twice, or the waiting ones newest first.
/// </summary>
public sealed class Pusher(PortalState state, Faults faults, SimulatorSettings settings, ILogger<Pusher> logger) : BackgroundService
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.PushUrl is null)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var waiting = faults.Held ? [] : state.Filed(f => !f.Delivered);
            foreach (var dossier in faults.Reorder ? waiting.Reverse() : waiting)
            {
                await PushAsync(dossier, stoppingToken);
                if (faults.TakeDuplicate())
                {
                    await PushAsync(dossier, stoppingToken);
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(300), stoppingToken);
        }
    }

    private async Task PushAsync(FiledDossier dossier, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.PushUrl)
        {
            Content = JsonContent.Create(new JsonObject { ["service"] = "DongBoHoSoMC", ["data"] = new JsonArray(dossier.Data.DeepClone()) }),
        };
        request.Headers.Add("X-Portal-Key", settings.PushKey);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                dossier.LastPushError = $"HTTP {(int)response.StatusCode}: {answer}";
                return;
            }
            if (response.IsSuccessStatusCode && JsonNode.Parse(answer)?["result"] is JsonArray { Count: > 0 } receipts && receipts[0] is JsonObject receipt)
            {
                state.Delivered(dossier, receipt["SoBienNhan"]?.GetValue<string>(), receipt["error_code"]?.GetValue<int>() is 0 ? null : receipt["message"]?.GetValue<string>());
                return;
            }
            state.Delivered(dossier, null, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}: {answer}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            dossier.LastPushError = e.Message;
            logger.LogInformation("Push of {Dossier} failed, retried later: {Reason}", dossier.MaHoSo, e.Message);
        }
    }

    public override void Dispose()
    {
        http.Dispose();
        base.Dispose();
    }
}
