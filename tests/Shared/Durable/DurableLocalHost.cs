using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Api.Security;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Workflow;
using OneStop.Azure;
using OneStop.Azure.Cosmos;
using OneStop.Azure.Queues;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using OneStop.Functions.Hosting;
using OneStop.Functions.Workflow;

namespace OneStop.Testing.Durable;

/// <summary>
/// The Functions app's own services, orchestrator and activities under the real Durable Task worker (the
/// in-process test host: an in-memory backend behind a loopback gRPC sidecar), against Azurite and the Cosmos DB
/// stand-in, with a database and queues of its own: what the Durable tests and the cost benchmark run. What only Azure has is replaced by its local
/// counterpart: the outbox goes to Azurite's queues instead of Service Bus. Timers run in real time; the
/// activities' clock can be set back (<see cref="ShiftableClock"/>) and every day is a working day of 24 hours
/// (<see cref="AllDayCalendar"/>), so deadlines fall seconds away at any hour.
/// </summary>
public sealed class DurableLocalHost : IAsyncDisposable
{
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];
    private IHost host = null!;

    /// <summary>Timing in seconds: a failed turn is retried after two seconds, its activity once after one.</summary>
    public static readonly OrchestrationPolicy FastPolicy = new()
    {
        TurnsPerGeneration = 8,
        RetryDelay = TimeSpan.FromSeconds(2),
        ActivityAttempts = 2,
        ActivityFirstRetry = TimeSpan.FromSeconds(1),
    };

    public ShiftableClock Clock { get; } = new();

    public WorkingCalendar Calendar { get; } = AllDayCalendar.Around(DateTimeOffset.UtcNow);

    public string Agency { get; } = $"{Random.Shared.Next(100, 1000)}.{Random.Shared.Next(10, 100)}.{Random.Shared.Next(10, 100)}.H56";

    public IServiceProvider Services => host.Services;

    public DurableTaskClient Durable { get; private set; } = null!;

    public TokenIssuer Tokens { get; private set; } = null!;

    public StorageMessageQueue Queues { get; private set; } = null!;

    public IDossierStore Store => Services.GetRequiredService<IDossierStore>();

    public Container DossierDocuments => Services.GetRequiredService<Database>().GetContainer(CosmosSchema.Dossiers);

    /// <summary>Every turn the activity ran, in order.</summary>
    public ConcurrentQueue<TurnRequest> Turns { get; } = new();

    /// <summary>Every held signal a turn took from an inbox: what the tests count deliveries by.</summary>
    public ConcurrentQueue<string> Taken { get; } = new();

    public FunctionsSettings Settings { get; private set; } = null!;

    /// <summary>Orchestrator episodes: each time the worker ran the orchestrator function (replaying its history).</summary>
    public int Episodes => episodes;

    /// <summary>What the Durable backend delivered, counted from its own log lines.</summary>
    public DurableEventLog Events { get; } = new();

    private int episodes;

    /// <summary>Starts the host; <paramref name="overrides"/> replaces services after the app's own (counting decorators).</summary>
    public static async Task<DurableLocalHost> StartAsync(Action<IServiceCollection>? overrides = null)
    {
        var host = new DurableLocalHost();
        await host.InitializeAsync(overrides);
        return host;
    }

    private async Task InitializeAsync(Action<IServiceCollection>? overrides)
    {
        await LocalServicesProbe.RequireAsync();
        var jwt = new JwtSettings { Issuer = "onestop-tests", Audience = "onestop", SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)) };
        Settings = new FunctionsSettings
        {
            Agency = Agency,
            IntakePoints = [new IntakePoint("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên", IntakePointKind.Center)],
            Forms = new FormSettings { GoverningBody = "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", Place = "Thái Nguyên", PublicLookupUrl = "https://dichvucong.example.vn/tra-cuu" },
            Azure = AzureServicesSettings.LocalStandIns($"durable-{suffix}", $"durable-{suffix}"),
            CatalogFile = Path.Combine(RepositoryRoot.Path, "samples", "catalog.sample.json"),
            Jwt = jwt,
        };
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(Events);
        builder.Logging.AddFilter<DurableEventLog>(DurableEventLog.Category, LogLevel.Debug);
        var services = builder.Services;
        services.AddOneStopFunctions(Settings);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new DossierEngine(Calendar));
        services.AddSingleton(FastPolicy);
        services.AddSingleton(sp => new StorageMessageQueue(sp.GetRequiredService<QueueServiceClient>(), StorageQueueSettings.Default with { Prefix = $"d{suffix}-" }, Clock));
        services.AddSingleton<IMessageSender>(sp => sp.GetRequiredService<StorageMessageQueue>());
        services.AddInMemoryDurableTask(tasks =>
        {
            // The project's own orchestrator function, registered with its input type as the worker does.
            tasks.AddOrchestratorFunc<DossierRun>(DossierOrchestrator.Name, (context, _) =>
            {
                Interlocked.Increment(ref episodes);
                return DossierOrchestrator.RunAsync(context);
            });
            tasks.AddActivityFunc<TurnRequest, TurnOutcome>(AdvanceDossierActivity.Name, async (context, request) =>
            {
                Turns.Enqueue(request);
                var outcome = await Function<AdvanceDossierActivity>().RunAsync(request, CancellationToken.None);
                foreach (var id in outcome.Taken)
                {
                    Taken.Enqueue(id);
                }
                return outcome;
            });
        });
        overrides?.Invoke(services);
        host = builder.Build();
        await CosmosSchema.EnsureAsync(Services.GetRequiredService<CosmosClient>(), Settings.Azure.CosmosDatabase);
        await Services.GetRequiredService<BlobContainerClient>().CreateIfNotExistsAsync();
        var catalog = CatalogImporter.Parse(await File.ReadAllTextAsync(Settings.CatalogFile!));
        await Services.GetRequiredService<CatalogImporter>().ImportAsync(catalog);
        await Services.GetRequiredService<CatalogCache>().ReloadAsync();
        await host.StartAsync();
        Durable = Services.GetRequiredService<DurableTaskClient>();
        Tokens = new TokenIssuer(jwt, TimeProvider.System);
        Queues = Services.GetRequiredService<StorageMessageQueue>();
    }

    /// <summary>A function class as the Functions worker makes one: constructed from the app's services.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>Waits until <paramref name="probe"/> answers something, or fails after <paramref name="seconds"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, int seconds = 30, string? what = null)
        where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Not within {seconds} s: {what ?? typeof(T).Name}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The dossier once <paramref name="condition"/> holds for it.</summary>
    public Task<Dossier> DossierWhenAsync(string code, Func<Dossier, bool> condition, int seconds = 30, string? what = null) =>
        EventuallyAsync(async () => await Store.FindAsync(DossierCode.Parse(code)) is { } stored && condition(stored.Dossier) ? stored.Dossier : null, seconds, what);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        await Services.GetRequiredService<Database>().DeleteStreamAsync();
        await Services.GetRequiredService<BlobContainerClient>().DeleteIfExistsAsync();
        var queues = Services.GetRequiredService<QueueServiceClient>();
        await foreach (var queue in queues.GetQueuesAsync(prefix: $"d{suffix}-"))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
        host.Dispose();
    }
}
