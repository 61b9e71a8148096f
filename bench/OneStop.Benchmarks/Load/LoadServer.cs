using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Filing;
using OneStop.Azure;
using OneStop.Azure.Cosmos;
using OneStop.Azure.Queues;
using OneStop.Server.Hosting;
using OneStop.Testing;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// The self-hosted server in this process on the local services, with a database, blob container and queue
/// prefix of its own and a dossier store that counts its documents. Start the services first.
/// </summary>
internal sealed class LoadServer : IAsyncDisposable
{
    private readonly string suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly JwtSettings jwt = new() { Issuer = "onestop-bench", Audience = "onestop-api", SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
    private WebApplication app = null!;

    public AzureServicesSettings Azure => AzureServicesSettings.LocalStandIns($"load-{suffix}", $"load-{suffix}");

    public string QueuePrefix => $"l{suffix}-";

    public string Agency { get; } = $"{Random.Shared.Next(100, 1000)}.{Random.Shared.Next(10, 100)}.{Random.Shared.Next(10, 100)}.H56";

    public CountingDossierStore Store { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public StorageMessageQueue Queues { get; private set; } = null!;

    /// <summary>
    /// The server with its workers polling empty queues as often as given: the lifecycle run polls every 20 ms so
    /// that a lone client does not wait on the poll; without a value, the server's own default (2 s).
    /// </summary>
    public static async Task<LoadServer> StartAsync(TimeSpan? pollInterval = null)
    {
        var server = new LoadServer();
        await server.InitializeAsync(pollInterval);
        return server;
    }

    private async Task InitializeAsync(TimeSpan? pollInterval)
    {
        var configuration = LocalServerConfiguration.For(Agency, Azure, jwt, QueuePrefix);
        configuration["urls"] = "http://127.0.0.1:0";
        if (pollInterval is { } interval)
        {
            configuration["OneStop:Workers:PollInterval"] = interval.ToString("c");
        }
        app = ServerApp.Build([], builder => builder.AddInMemoryCollection(configuration), services => services.AddSingleton<IDossierStore>(sp =>
            new CountingDossierStore(new CosmosDossierStore(sp.GetRequiredService<Database>().GetContainer(CosmosSchema.Dossiers)))));
        Store = (CountingDossierStore)app.Services.GetRequiredService<IDossierStore>();
        await ServerApp.PrepareAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        Queues = new StorageMessageQueue(new AzureClients(Azure).Queues(), StorageQueueSettings.Default with { Prefix = QueuePrefix }, TimeProvider.System);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, Role role, string subject)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new TokenIssuer(jwt, TimeProvider.System).Issue(role, subject, subject));
        return request;
    }

    /// <summary>An applicant's submission of the given files (as 'don' and 'ban-ve'); answers the dossier's code.</summary>
    public async Task<string> SubmitAsync(string procedure, int client, HttpContent scan, HttpContent page)
    {
        var request = Request(HttpMethod.Post, "/api/dossiers", Role.Applicant, $"citizen-{client}");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var form = new
        {
            procedureCode = procedure,
            channel = "Online",
            intakePointCode = "TTPVHCC",
            applicant = new { kind = "Citizen", fullName = "Trần Văn Bình", citizenId = "019085012345", phone = "0912345678", address = "Thái Nguyên" },
        };
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        page.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(form), Encoding.UTF8, "application/json"), "form" },
            { scan, "don", "don.pdf" },
            { page, "ban-ve", "ban-ve.pdf" },
        };
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await JsonSerializer.DeserializeAsync<SubmissionResult>(await response.Content.ReadAsStreamAsync(), DomainJson.Options))!.Code;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        var clients = new AzureClients(Azure);
        using (var cosmos = clients.Cosmos())
        {
            await cosmos.GetDatabase(Azure.CosmosDatabase).DeleteStreamAsync();
        }
        await clients.Attachments().DeleteIfExistsAsync();
        await foreach (var queue in clients.Queues().GetQueuesAsync(prefix: QueuePrefix))
        {
            await clients.Queues().DeleteQueueAsync(queue.Name);
        }
        await app.DisposeAsync();
        Http.Dispose();
    }
}
