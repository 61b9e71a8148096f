using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;
using OneStop.Api.Handlers;
using OneStop.Api.Problems;
using OneStop.Api.Security;
using OneStop.Application;
using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Azure;
using OneStop.Azure.Cosmos;
using OneStop.Azure.Queues;
using OneStop.Domain.Workflow;
using OneStop.Portal;
using OneStop.Server.Api;
using OneStop.Server.Workers;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OneStop.Server.Hosting;

/// <summary>Builds the self-hosted server; the program and the end-to-end tests build it the same way.</summary>
public static class ServerApp
{
    /// <exception cref="InvalidOperationException">A setting is missing or wrong; the message names each.</exception>
    /// <param name="overrides">Replaces services after the defaults (tests give the server a clock of their own).</param>
    public static WebApplication Build(string[] args, Action<ConfigurationManager>? configure = null, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder.Configuration);
        var settings = builder.Configuration.GetSection("OneStop").Get<ServerSettings>() ?? new ServerSettings();
        var problems = settings.ConfigurationErrors();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("OneStop cannot start. " + string.Join(" ", problems));
        }
        AddServices(builder.Services, settings, builder.Environment);
        AddTelemetry(builder);
        overrides?.Invoke(builder.Services);
        // JSON bodies are small; the two upload endpoints raise their own limit (Endpoints.AllowUploadSize).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = JsonBody.Limit);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteReadinessAsync }).AllowAnonymous();
        app.MapOneStopApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentSignIn();
        }
        app.UseWebWorkspace();
        return app;
    }

    /// <summary>Before serving: create local storage when asked, import the catalog file, load the catalog.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        var settings = app.Services.GetRequiredService<ServerSettings>();
        if (settings.EnsureStorage)
        {
            await CosmosSchema.EnsureAsync(app.Services.GetRequiredService<CosmosClient>(), settings.Azure.CosmosDatabase, cancellationToken);
            await app.Services.GetRequiredService<BlobContainerClient>().CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
        if (settings.CatalogFile is { } path)
        {
            var report = await app.Services.GetRequiredService<CatalogImporter>().ImportAsync(CatalogImporter.Parse(await File.ReadAllTextAsync(path, cancellationToken)), CatalogImportMode.Seed, cancellationToken);
            if (report.Problems.Count > 0)
            {
                throw new InvalidOperationException($"The catalog file {path} is not coherent: {string.Join(" ", report.Problems)}");
            }
            app.Logger.LogInformation("Catalog {File}: {Added} versions added, {Unchanged} unchanged", path, report.VersionsAdded, report.Unchanged);
        }
        var catalogProblems = await app.Services.GetRequiredService<CatalogCache>().ReloadAsync(cancellationToken);
        if (catalogProblems.Count > 0)
        {
            throw new InvalidOperationException("The stored catalog is not coherent: " + string.Join(" ", catalogProblems));
        }
        await app.Services.GetRequiredService<HolidayNotices>().RefreshAsync(cancellationToken);
        await app.Services.GetRequiredService<IntakePointDirectory>().RefreshAsync(cancellationToken);
        var calendar = app.Services.GetRequiredService<DossierEngine>().Calendar;
        var missing = calendar.YearsMissingANotice(calendar.LocalDate(app.Services.GetRequiredService<TimeProvider>().GetUtcNow()));
        if (missing.Count > 0)
        {
            app.Logger.LogWarning("Calendar: {Detail}", CalendarNoticeCheck.Describe(missing));
        }
    }

    /// <summary>The readiness answer: the overall status, and each check's status and detail (what is missing, what failed).</summary>
    private static Task WriteReadinessAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), detail = e.Value.Description }),
        });
    }

    /// <summary>
    /// Traces (HTTP requests, queue messages, engine calls: one trace per dossier action, across the queue) and
    /// metrics (the OneStop meter and HTTP). Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        bool export = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddSource(OneStopTelemetry.Name).AddAspNetCoreInstrumentation();
                if (export)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(OneStopTelemetry.Name).AddAspNetCoreInstrumentation();
                if (export)
                {
                    metrics.AddOtlpExporter();
                }
            });
    }

    private static void AddServices(IServiceCollection services, ServerSettings settings, IHostEnvironment environment)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddOneStopApplication(settings);
        services.AddAzureAdapters(settings.Azure, settings.IdempotencyClaimTimeout);
        services.AddSingleton<IMessageQueue>(sp => new StorageMessageQueue(sp.GetRequiredService<QueueServiceClient>(), StorageQueueSettings.Default with { Prefix = settings.QueuePrefix, VisibilityTimeout = settings.Workers.VisibilityTimeout }, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IMessageSender>(sp => sp.GetRequiredService<IMessageQueue>());
        services.AddPortalGateway(settings.Portal);
        services.AddOneStopHandlers();
        services.AddSingleton<PortalApi>();
        services.AddSingleton<ServerWorkflowRelay>();
        services.AddSingleton<IWorkflowRelay>(sp => sp.GetRequiredService<ServerWorkflowRelay>());

        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework's own answers (no token, wrong role, body too large, throttled) in the center's
            // language and with the same kind of stable codes as ours.
            var (code, title) = ApiProblems.ForStatus(context.ProblemDetails.Status ?? 500);
            if (context.ProblemDetails.Type is null || context.ProblemDetails.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                context.ProblemDetails.Type = ApiProblems.TypePrefix + code;
                context.ProblemDetails.Title = title ?? context.ProblemDetails.Title;
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "OneStop API";
                document.Info.Description = ProblemTypes.Markdown();
                return Task.CompletedTask;
            });
            // Codes and instants are written as strings by the project's own converters, which hide their type from
            // the generator: say it, so that the web workspace's client types them as strings.
            openApi.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                var converter = context.JsonTypeInfo.Options.GetTypeInfo(type).Converter.GetType().Assembly;
                if (schema.Type is null && schema.Enum is not { Count: > 0 } && (converter == typeof(DomainJson).Assembly || converter == typeof(ApiJson).Assembly))
                {
                    schema.Type = type == context.JsonTypeInfo.Type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                    schema.Format = type == typeof(DateTimeOffset) ? "date-time" : schema.Format;
                }
                return Task.CompletedTask;
            });
        });
        services.AddHealthChecks().AddCheck<StorageReadiness>("storage", tags: ["ready"]).AddCheck<CalendarNoticeCheck>("calendar", tags: ["ready"]);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PublicLookupLimit.PolicyName, PublicLookupLimit.Partition);
        });
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new BearerTokens(settings.Jwt).Parameters;
            if (environment.IsDevelopment())
            {
                DevelopmentSignIn.ReadTokenFromCookie(jwt);
            }
        });
        if (environment.IsDevelopment())
        {
            // Tokens are checked against the real clock, whatever clock the engine runs on (tests move theirs).
            services.AddSingleton(new TokenIssuer(settings.Jwt, TimeProvider.System));
        }
        if (settings.Workers.Enabled)
        {
            services.AddHostedService<DecisionQueueWorker>();
            services.AddHostedService<WakeUpWorker>();
            services.AddHostedService<ReminderWorker>();
            if (settings.Portal.Enabled)
            {
                services.AddHostedService<PortalWorker>();
            }
        }
    }
}
