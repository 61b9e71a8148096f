using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Common;
using OneStop.Azure;
using OneStop.Azure.Queues;
using OneStop.Server.Hosting;
using OneStop.Testing;

namespace OneStop.Server.Tests;

/// <summary>
/// The real server on a loopback port (Kestrel), on the real local services (tools/services.sh), with the
/// sample catalog and a signing key of its own. Tests reach it only through HTTP and the queues. Its clock is
/// the tests' own, starting on a working Monday morning, so that tests can let working days pass.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];
    private WebApplication? app;

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>
    /// An agency code of this run's own. Each run starts a fresh database on the same test date, so its dossier
    /// codes would otherwise repeat those of earlier runs, whose messages may still sit on the shared queues.
    /// </summary>
    public string Agency { get; } = $"{Random.Shared.Next(100, 1000)}.{Random.Shared.Next(10, 100)}.{Random.Shared.Next(10, 100)}.H56";

    /// <summary>The server's clock: Monday 23 November 2026, 09:00 in Vietnam, until a test moves it on.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The running server's services, for the use cases the Functions app calls directly.</summary>
    public IServiceProvider Services => app!.Services;

    public TokenIssuer Tokens { get; private set; } = null!;

    public StorageMessageQueue Queues { get; private set; } = null!;

    public QueueServiceClient QueueService { get; private set; } = null!;

    /// <summary>This run's queues: the real names behind a prefix of its own, so runs never read each other's messages.</summary>
    public string QueuePrefix => $"t{suffix}-";

    /// <summary>A queue of this run as the storage account sees it, for writing what the transport never would.</summary>
    public QueueClient RawQueue(string name) => QueueService.GetQueueClient(QueuePrefix + name);

    /// <summary>A database and container of this run's own.</summary>
    public AzureServicesSettings Azure => AzureServicesSettings.LocalStandIns($"e2e-{suffix}", $"e2e-{suffix}");

    public virtual async Task InitializeAsync()
    {
        foreach (var port in new[] { 10000, 10001, 8081 })
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"Nothing answers on 127.0.0.1:{port}. Start the local services with: bash tools/services.sh start");
            }
        }
        var jwt = new JwtSettings { Issuer = "onestop-tests", Audience = "onestop-api", SigningKey = SigningKey };
        var configuration = LocalServerConfiguration.For(Agency, Azure, jwt, QueuePrefix);
        configuration["urls"] = "http://127.0.0.1:0";
        configuration["OneStop:Workers:PollInterval"] = "00:00:00.200";
        Configure(configuration);
        app = ServerApp.Build([.. Arguments], builder => builder.AddInMemoryCollection(configuration), services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureServices(services);
        });
        await ServerApp.PrepareAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        Tokens = new TokenIssuer(jwt, TimeProvider.System);
        var clients = new AzureClients(Azure);
        QueueService = clients.Queues();
        Queues = new StorageMessageQueue(QueueService, StorageQueueSettings.Default with { Prefix = QueuePrefix }, TimeProvider.System);
    }

    /// <summary>The server's command line: the pages it serves are the built workspace of the source tree (a test runs from its own output folder).</summary>
    protected virtual IEnumerable<string> Arguments => ["--webroot", Path.Combine(RepositoryRoot.Path, "web", "dist")];

    /// <summary>Where a fixture of its own changes the server's settings (another token issuer, for example).</summary>
    protected virtual void Configure(Dictionary<string, string?> configuration)
    {
    }

    /// <summary>Where a fixture of its own puts a fault in one of the server's parts.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public HttpRequestMessage Request(HttpMethod method, string path, Role? role = null, string subject = "user-1", string? department = null, string? intakePoint = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (role is { } r)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Issue(r, subject, $"Người dùng {subject}", department, intakePoint: intakePoint));
        }
        return request;
    }

    /// <summary>How many dossiers the server's store holds: what "nothing stored" is checked against.</summary>
    public async Task<int> CountDossiersAsync()
    {
        var container = app!.Services.GetRequiredService<CosmosClient>().GetContainer(Azure.CosmosDatabase, OneStop.Azure.Cosmos.CosmosSchema.Dossiers);
        using var query = container.GetItemQueryIterator<int>("SELECT VALUE COUNT(1) FROM c");
        return (await query.ReadNextAsync()).Single();
    }

    /// <summary>The body of an error answer, which must be an RFC 7807 problem.</summary>
    public static async Task<System.Text.Json.JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>A dossier as a reception officer sees it.</summary>
    public async Task<DossierView> GetDossierAsync(string code)
    {
        var response = await Http.SendAsync(Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.ReceptionOfficer, "officer-1"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DossierView>(DomainJson.Options))!;
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body, Role role, string subject = "officer-1", string? department = null)
    {
        var request = Request(HttpMethod.Post, path, role, subject, department);
        request.Content = JsonContent.Create(body);
        return Http.SendAsync(request);
    }

    /// <summary>A department officer's decision on a step (from 1) in the workspace, under an Idempotency-Key.</summary>
    public Task<HttpResponseMessage> DecideOverHttpAsync(string code, string department, int step, string decision, string key, string? note = "Đồng ý", string[]? missing = null)
    {
        var request = Request(HttpMethod.Post, $"/api/dossiers/{code}/decisions", Role.DepartmentOfficer, $"chuyen-vien-{department}", department);
        request.Headers.Add("Idempotency-Key", key);
        request.Content = JsonContent.Create(new { step, decision, note, missingItems = missing });
        return Http.SendAsync(request);
    }

    /// <summary>Waits (up to 10 s) for the workers to bring about what the probe looks for.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The expected change never happened.");
    }

    public virtual async Task DisposeAsync()
    {
        if (app is null)
        {
            return; // start-up failed; its exception is the one to read
        }
        await app.StopAsync();
        await app.Services.GetRequiredService<CosmosClient>().GetDatabase(Azure.CosmosDatabase).DeleteStreamAsync();
        await new AzureClients(Azure).Attachments().DeleteIfExistsAsync();
        await foreach (var queue in QueueService.GetQueuesAsync(prefix: QueuePrefix))
        {
            await QueueService.DeleteQueueAsync(queue.Name);
        }
        await app.DisposeAsync();
        Http?.Dispose();
    }

    /// <summary>
    /// Reads a department's queue as its system would, taking messages off it until one matches. Messages of
    /// earlier tests taken on the way are done with: tests run one at a time and wait for their own.
    /// </summary>
    public async Task<MessageEnvelope?> TakeAsync(string queue, Func<MessageEnvelope, bool> match)
    {
        var client = RawQueue(queue);
        await client.CreateIfNotExistsAsync();
        for (int attempt = 0; attempt < 100; attempt++)
        {
            var received = (await client.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value;
            foreach (var message in received)
            {
                await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                if (MessageEnvelope.Parse(message.Body.ToString()).Envelope is { } envelope && match(envelope))
                {
                    return envelope;
                }
            }
            if (received.Length == 0)
            {
                await Task.Delay(100);
            }
        }
        return null;
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
