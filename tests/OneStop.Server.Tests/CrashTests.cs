using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Common;
using OneStop.Application.Filing;
using OneStop.Application.Workflow;
using OneStop.Azure;
using OneStop.Azure.Cosmos;
using OneStop.Azure.Queues;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using OneStop.Testing;
using Xunit.Abstractions;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "crash";
}

/// <summary>
/// The server killed with SIGKILL at random moments and started again, while dossiers go through their lives
/// and departments act on their assignments. The test command runs a short version; the full one (300
/// dossiers) is <c>ONESTOP_CRASH_DOSSIERS=300 bash tools/test.sh</c> or <c>bash tools/crash-test.sh</c>.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Procedure = "SAMPLE.XD.01";
    private static readonly DepartmentCode[] Departments = [new("SXD"), new("SNNMT")];
    private static readonly int DossierCount = int.TryParse(Environment.GetEnvironmentVariable("ONESTOP_CRASH_DOSSIERS"), out var count) ? count : 40;

    private readonly string suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly JwtSettings jwt = new() { Issuer = "onestop-crash", Audience = "onestop-api", SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
    private readonly ConcurrentDictionary<string, int> receipts = new();
    private readonly ConcurrentDictionary<string, byte> acted = new();
    private ServerProcess server = null!;
    private HttpClient http = null!;
    private StorageMessageQueue queues = null!;
    private int kills;

    private AzureServicesSettings Azure => AzureServicesSettings.LocalStandIns($"crash-{suffix}", $"crash-{suffix}");

    private readonly string agency = $"{Random.Shared.Next(100, 1000)}.{Random.Shared.Next(10, 100)}.{Random.Shared.Next(10, 100)}.H56";

    private string QueuePrefix => $"c{suffix}-";

    public Task InitializeAsync()
    {
        var configuration = LocalServerConfiguration.For(agency, Azure, jwt, QueuePrefix);
        configuration["OneStop:IdempotencyClaimTimeout"] = "00:00:03";
        configuration["OneStop:Workers:PollInterval"] = "00:00:00.200";
        configuration["OneStop:Workers:VisibilityTimeout"] = "00:00:03";
        server = new ServerProcess(configuration.AsEnvironment());
        http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        queues = new StorageMessageQueue(new AzureClients(Azure).Queues(), StorageQueueSettings.Default with { Prefix = QueuePrefix, VisibilityTimeout = TimeSpan.FromSeconds(3) }, TimeProvider.System);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Killed_again_and_again_the_server_loses_no_dossier_and_decides_no_step_twice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(DossierCount > 50 ? 40 : 6));
        await server.StartAsync(timeout.Token);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var departments = Departments.Select(d => ActAsDepartmentAsync(d, running.Token)).ToList();
        var chaos = KillAndRestartAsync(running.Token);

        var accepted = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(1, DossierCount), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = timeout.Token },
            async (i, ct) => accepted.Add(await LiveAsync(i, ct)));

        await running.CancelAsync();
        await Task.WhenAll([chaos, .. departments]);
        output.WriteLine($"{DossierCount} dossiers returned through {kills} kills of the server ({server.Starts} starts).");

        Assert.True(kills >= 2, $"The server was killed only {kills} times.");
        await AssertNothingLostOrDoubledAsync([.. accepted]);
    }

    /// <summary>One dossier from submission to return, each request retried until the server that answers it is alive.</summary>
    private async Task<string> LiveAsync(int number, CancellationToken ct)
    {
        var key = $"crash-{suffix}-{number}";
        var papers = PermitPapers();
        var submitted = await UntilAsync(async () =>
        {
            var request = Request(HttpMethod.Post, "/api/dossiers", Role.Applicant, $"citizen-{number}");
            request.Headers.Add("Idempotency-Key", key);
            request.Content = Content(Form(Procedure), papers);
            var response = await http.SendAsync(request, ct);
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                ? await response.Content.ReadFromJsonAsync<SubmissionResult>(DomainJson.Options, ct)
                : Retryable<SubmissionResult>(response, await response.Content.ReadAsStringAsync(ct));
        }, ct);
        var code = submitted.Code;
        await UntilAsync(() => StepAsync(code, "reception", new { decision = "receive" }, done: DossierStatus.Processing, ct), ct);
        await UntilAsync(async () => await StatusAsync(code, ct) is DossierStatus.Processed or DossierStatus.Returned ? code : null, ct);
        await UntilAsync(() => StepAsync(code, "return", new { method = "Counter" }, done: DossierStatus.Returned, ct), ct);
        return code;
    }

    /// <summary>
    /// A reception officer's request. A retry of one that was applied before the crash is refused as coming in the
    /// wrong status: the dossier's status then says whether it was.
    /// </summary>
    private async Task<string?> StepAsync(string code, string action, object body, DossierStatus done, CancellationToken ct)
    {
        var request = Request(HttpMethod.Post, $"/api/dossiers/{code}/{action}", Role.ReceptionOfficer, "officer-1");
        request.Content = JsonContent.Create(body);
        var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return code;
        }
        if (response.StatusCode == HttpStatusCode.Conflict && await StatusAsync(code, ct) is { } status && status >= done)
        {
            return code;
        }
        return Retryable<string>(response, await response.Content.ReadAsStringAsync(ct));
    }

    private async Task<DossierStatus?> StatusAsync(string code, CancellationToken ct)
    {
        var response = await http.SendAsync(Request(HttpMethod.Get, $"/api/dossiers/{code}", Role.ReceptionOfficer, "officer-1"), ct);
        return response.IsSuccessStatusCode ? (DossierStatus)(await response.Content.ReadFromJsonAsync<DossierView>(DomainJson.Options, ct))!.Status : null;
    }

    /// <summary>Null (try again) for what a crash explains: a 5xx, or a key still held by a request that died; anything else fails the test.</summary>
    private static T? Retryable<T>(HttpResponseMessage response, string body)
        where T : class =>
        (int)response.StatusCode >= 500 || (response.StatusCode == HttpStatusCode.Conflict && body.Contains("request_conflict", StringComparison.Ordinal))
            ? null
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");

    private static async Task<T> UntilAsync<T>(Func<Task<T?>> attempt, CancellationToken ct)
        where T : class
    {
        while (true)
        {
            try
            {
                if (await attempt() is { } done)
                {
                    return done;
                }
            }
            catch (HttpRequestException)
            {
                // The server is down: it is being restarted.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // It died while answering.
            }
            await Task.Delay(200, ct);
        }
    }

    /// <summary>A department's system: takes its assignments off its queue and decides each one exactly once.</summary>
    private async Task ActAsDepartmentAsync(DepartmentCode department, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var report = await queues.ProcessAsync(QueueNames.Assignments(department), async (message, token) =>
                {
                    if (message.ReadBody<Command>() is not AssignToDepartment assignment)
                    {
                        return;
                    }
                    var key = $"{message.DossierId}|{department}|{assignment.Step}";
                    receipts.AddOrUpdate(key, 1, (_, n) => n + 1);
                    if (!acted.TryAdd(key, 0))
                    {
                        return; // a repeated assignment (the server died before marking its outbox)
                    }
                    var decision = new DepartmentDecision(key, department, assignment.Step, DecisionKind.Approve, "Đồng ý")
                    {
                        Actor = Actor.DepartmentOfficer($"officer-{department}", $"Chuyên viên {department}", department),
                    };
                    try
                    {
                        await queues.SendAsync(QueueNames.Decisions(department), MessageEnvelope.Create(DecisionMessage.Kind, key, message.DossierId, decision, DateTimeOffset.UtcNow), token);
                    }
                    catch
                    {
                        acted.TryRemove(key, out _);
                        throw;
                    }
                }, 16, ct);
                if (report.Completed + report.Retried + report.Poisoned == 0)
                {
                    await Task.Delay(200, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task KillAndRestartAsync(CancellationToken ct)
    {
        var random = new Random();
        try
        {
            while (true)
            {
                // Often enough that every kind of request is cut somewhere: a dossier's life takes about a second.
                await Task.Delay(random.Next(300, 1500), ct);
                await server.KillAsync();
                kills++;
                await server.StartAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        if (!ct.IsCancellationRequested)
        {
            return;
        }
        // Leave a server running: the last outbox marks and notifications are swept by it.
        await server.StartAsync();
    }

    private async Task AssertNothingLostOrDoubledAsync(IReadOnlyList<string> accepted)
    {
        Assert.Equal(DossierCount, accepted.Distinct().Count());
        var clients = new AzureClients(Azure);
        var dossiers = clients.CosmosDatabase().GetContainer(CosmosSchema.Dossiers);
        var store = new CosmosDossierStore(dossiers);
        var attachments = clients.Attachments();
        using (var counted = dossiers.GetItemQueryIterator<int>("SELECT VALUE COUNT(1) FROM c"))
        {
            Assert.Equal(DossierCount, (await counted.ReadNextAsync()).Single()); // nothing filed twice, nothing orphaned
        }
        foreach (var code in accepted)
        {
            var dossier = (await store.FindAsync(DossierCode.Parse(code)))!.Dossier;
            Assert.Equal(DossierStatus.Returned, dossier.Status);
            Assert.Equal(3, dossier.Documents.Length);
            foreach (var document in dossier.Documents)
            {
                Assert.True((await attachments.GetBlobClient(document.StorageKey).ExistsAsync()).Value, $"{code}: {document.DocumentCode} is missing.");
            }
            var decided = dossier.History.OfType<StepDecided>().GroupBy(e => $"{code}|{e.Department}|{e.Step}").ToList();
            Assert.Equal(3, decided.Count); // SXD and SNNMT in parallel, then SXD
            Assert.All(decided, step =>
            {
                Assert.Single(step);
                Assert.True(receipts.GetValueOrDefault(step.Key) >= 1, $"{step.Key} was decided without its assignment.");
                Assert.True(acted.ContainsKey(step.Key));
            });
        }
        foreach (var department in Departments)
        {
            Assert.Empty(await queues.PeekPoisonAsync(QueueNames.Decisions(department)));
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, Role role, string subject)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new TokenIssuer(jwt, TimeProvider.System).Issue(role, subject, subject));
        return request;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        var clients = new AzureClients(Azure);
        using var client = clients.Cosmos();
        await client.GetDatabase(Azure.CosmosDatabase).DeleteStreamAsync();
        await clients.Attachments().DeleteIfExistsAsync();
        await foreach (var queue in clients.Queues().GetQueuesAsync(prefix: QueuePrefix))
        {
            await clients.Queues().DeleteQueueAsync(queue.Name);
        }
    }
}
