using System.Net;
using System.Text.Json.Nodes;

namespace OneStop.PortalSimulator;

/// <summary>The dossier to file on the simulator, as a citizen would on the portal: the portal's fields, and the files' content.</summary>
public sealed record FileRequest(JsonObject Dossier, List<FileContent> Files);

public sealed record FileContent(string Name, string Base64);

/// <summary>
/// Builds the simulator: the portal's sign-in and integration endpoints and its files, the control endpoints under
/// /_sim (faults, dossiers to file, what it received), and a page listing what it knows. Tests host it in-process.
/// </summary>
public static class SimulatorApp
{
    public const string FetchService = "LayDanhSachHoSo";

    public static WebApplication Build(string[] args, Action<ConfigurationManager>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder.Configuration);
        var settings = builder.Configuration.GetSection("Simulator").Get<SimulatorSettings>() ?? new SimulatorSettings();
        if (settings.Username.Length == 0 || settings.Password.Length == 0)
        {
            throw new InvalidOperationException("Simulator:Username and Simulator:Password must be set (the environment: Simulator__Username, Simulator__Password).");
        }
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<PortalState>();
        builder.Services.AddSingleton<Faults>();
        builder.Services.AddSingleton(sp => new IntegrationService(sp.GetRequiredService<PortalState>(), sp.GetRequiredService<Faults>(), FetchService));
        builder.Services.AddHostedService<Pusher>();
        var app = builder.Build();

        app.MapPost("/auth", (JsonObject body, PortalState state) =>
            ContractChecks.Text(body, "username") == settings.Username && ContractChecks.Text(body, "password") == settings.Password
                ? Results.Json(new JsonObject { ["error_code"] = 0, ["session"] = state.OpenSession() })
                : Results.Json(IntegrationService.Error("401", "Sai tên đăng nhập hoặc mật khẩu.")));

        app.MapPost("/integration", async (HttpContext http, JsonObject body, PortalState state, Faults faults, IntegrationService service) =>
        {
            if (!state.IsSession(ContractChecks.Text(body, "session")))
            {
                return Results.Json(IntegrationService.Error("-2", "Phiên làm việc không hợp lệ hoặc đã hết hạn."));
            }
            if (faults.TakeTimeOut())
            {
                await Task.Delay(settings.HangFor, http.RequestAborted);
                return Results.StatusCode((int)HttpStatusCode.GatewayTimeout);
            }
            if (faults.TakeErrorCode())
            {
                return Results.Json(IntegrationService.Error("99", "Hệ thống đang bận, vui lòng thử lại sau."));
            }
            var answer = service.Handle(body, http.Request.Headers["Idempotency-Key"].FirstOrDefault(), DateTimeOffset.UtcNow);
            return faults.TakeLostAnswer() ? Results.StatusCode((int)HttpStatusCode.BadGateway) : Results.Json(answer);
        });

        app.MapGet("/files/{id}", (string id, PortalState state) =>
            state.FileContent(id) is { } file ? Results.File(file.Bytes, "application/octet-stream", file.Name) : Results.NotFound());

        app.MapPost("/_sim/faults", (FaultRequest request, Faults faults) =>
        {
            faults.Add(request);
            return Results.NoContent();
        });
        app.MapDelete("/_sim/faults", (Faults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        app.MapPost("/_sim/filed", (FileRequest request, PortalState state) =>
        {
            var dossier = state.File(request.Dossier, request.Files.Select(f => (f.Name, Convert.FromBase64String(f.Base64))), DateTimeOffset.UtcNow);
            return Results.Json(new { maHoSo = dossier.MaHoSo });
        });
        app.MapGet("/_sim/filed", (PortalState state) =>
            Results.Json(state.Filed(_ => true).Select(f => new { maHoSo = f.MaHoSo, filedAt = f.FiledAt, delivered = f.Delivered, provinceCode = f.ProvinceCode, lastPushError = f.LastPushError })));
        app.MapGet("/_sim/dossiers/{code}", (string code, PortalState state) =>
            state.Dossiers().TryGetValue(code, out var known)
                ? Results.Json(new { latest = known.Latest, syncedStatuses = known.SyncedStatuses, progress = known.Progress })
                : Results.NotFound());
        app.MapGet("/_sim/calls", (PortalState state) => Results.Json(state.Calls()));
        app.MapGet("/", (PortalState state) => Results.Content(HomePage.Render(state), "text/html; charset=utf-8"));
        app.MapPost("/nop-ho-so", async (HttpRequest request, PortalState state) =>
        {
            var form = await request.ReadFormAsync();
            var dossier = HomePage.DossierOf(form);
            var files = new List<(string Name, byte[] Bytes)>();
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                files.Add((file.FileName, content.ToArray()));
            }
            state.File(dossier, files, DateTimeOffset.UtcNow);
            return Results.Redirect("/");
        }).DisableAntiforgery();
        return app;
    }
}
