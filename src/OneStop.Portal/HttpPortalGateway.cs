using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Application.Portal;

namespace OneStop.Portal;

/// <summary>
/// The portal over HTTP, as public integrations call it: sign in at the adapter's auth endpoint with the account
/// (username, password) for a session, then post each service to the integration endpoint with the session and the
/// province's unit code (madonvi), the dstcode header routing it. The session is kept and signed in again when the
/// portal refuses it or after a while. Each call's stable id travels as the Idempotency-Key header. A call that times
/// out, cannot connect, or is answered with anything but the contract's JSON throws <see cref="PortalUnavailableException"/>.
/// </summary>
public sealed class HttpPortalGateway(HttpClient http, PortalSettings settings) : IPortalGateway
{
    /// <summary>How long a session is used before signing in again (the portal does not say how long it lasts).</summary>
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim signIn = new(1, 1);
    private (string Session, DateTimeOffset Until)? session;

    public Task<PortalAnswer> SyncDossierAsync(PortalDossierReport dossier, bool isUpdating, string callId, CancellationToken cancellationToken = default) =>
        ServiceAsync(PortalReportPlan.SyncService, callId, new JsonObject
        {
            ["isUpdating"] = isUpdating ? "True" : "False",
            ["data"] = new JsonArray(PortalContract.Dossier(dossier)),
        }, cancellationToken);

    public Task<PortalAnswer> UpdateProgressAsync(PortalProgressReport progress, string callId, CancellationToken cancellationToken = default) =>
        ServiceAsync(PortalReportPlan.ProgressService, callId, new JsonObject { ["data"] = new JsonArray(PortalContract.Progress(progress)) }, cancellationToken);

    public async Task<IReadOnlyList<PortalFiledDossier>> FetchFiledAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var (answer, body) = await PostServiceAsync(settings.FetchService, null, new JsonObject { ["TuNgay"] = PortalDates.Write(since) }, cancellationToken);
        if (!answer.Accepted)
        {
            throw new PortalUnavailableException($"{settings.FetchService} answered error_code {answer.ErrorCode}: {answer.Message}");
        }
        var dossiers = new List<PortalFiledDossier>();
        foreach (var item in body?["result"] as JsonArray ?? [])
        {
            var (dossier, problem) = PortalContract.ReadFiled(item);
            dossiers.Add(dossier ?? throw new PortalUnavailableException($"{settings.FetchService} listed a dossier the center cannot read: {problem}"));
        }
        return dossiers;
    }

    public async Task<Stream> OpenFileAsync(string address, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(new Uri(AdapterUrl), address, out var uri))
        {
            throw new PortalUnavailableException($"'{address}' is not a file address");
        }
        var response = await CallAsync(() => http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken), "file", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new PortalUnavailableException($"file {uri.AbsolutePath} answered HTTP {(int)response.StatusCode}");
        }
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    private string AdapterUrl => settings.AdapterUrl ?? throw new PortalUnavailableException("the portal connection is not configured (OneStop:Portal:AdapterUrl)");

    private async Task<PortalAnswer> ServiceAsync(string service, string callId, JsonObject fields, CancellationToken cancellationToken) =>
        (await PostServiceAsync(service, callId, fields, cancellationToken)).Answer;

    private async Task<(PortalAnswer Answer, JsonNode? Body)> PostServiceAsync(string service, string? callId, JsonObject fields, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["session"] = await SessionAsync(cancellationToken),
            ["madonvi"] = settings.UnitCode,
            ["service"] = service,
        };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            request[name] = value;
        }
        var (answer, body) = await PostAsync(settings.IntegrationEndpoint, request, service, callId, cancellationToken);
        if (!answer.Accepted)
        {
            // The session may have ended: the next attempt signs in again.
            session = null;
        }
        return (answer, body);
    }

    private async Task<string> SessionAsync(CancellationToken cancellationToken)
    {
        if (session is { } current && current.Until > DateTimeOffset.UtcNow)
        {
            return current.Session;
        }
        await signIn.WaitAsync(cancellationToken);
        try
        {
            if (session is { } fresh && fresh.Until > DateTimeOffset.UtcNow)
            {
                return fresh.Session;
            }
            var (answer, body) = await PostAsync(settings.AuthEndpoint, new JsonObject { ["username"] = settings.Username, ["password"] = settings.Password }, "auth", null, cancellationToken);
            if (!answer.Accepted || body?["session"]?.GetValue<string>() is not { Length: > 0 } token)
            {
                throw new PortalUnavailableException($"sign-in refused: error_code {answer.ErrorCode}: {answer.Message}");
            }
            session = (token, DateTimeOffset.UtcNow + SessionLifetime);
            return token;
        }
        finally
        {
            signIn.Release();
        }
    }

    private async Task<(PortalAnswer Answer, JsonNode? Body)> PostAsync(string path, JsonObject body, string what, string? callId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(AdapterUrl.TrimEnd('/') + path)) { Content = JsonContent.Create(body) };
        if (settings.DestinationCode is { Length: > 0 } destination)
        {
            request.Headers.Add("dstcode", destination);
        }
        if (callId is not null)
        {
            request.Headers.Add("Idempotency-Key", callId);
        }
        using var response = await CallAsync(() => http.SendAsync(request, cancellationToken), what, cancellationToken);
        JsonNode? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            answer = null;
        }
        return PortalContract.ReadAnswer(answer) is { } read
            ? (read, answer)
            : throw new PortalUnavailableException($"{what} answered HTTP {(int)response.StatusCode} without the contract's error_code");
    }

    /// <summary>A call within the configured time, its failures as <see cref="PortalUnavailableException"/> (a cancellation by the caller stays one).</summary>
    private async Task<HttpResponseMessage> CallAsync(Func<Task<HttpResponseMessage>> call, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await call().WaitAsync(settings.Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new PortalUnavailableException($"{what} did not answer within {settings.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new PortalUnavailableException($"{what} could not be reached: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PortalUnavailableException($"{what} did not answer in time", e);
        }
    }
}
