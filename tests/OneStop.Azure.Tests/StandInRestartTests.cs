using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Common;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Azure.Tests;

/// <summary>
/// The run command's Cosmos DB stand-in keeps every write it answered across a stop, and across a SIGKILL at any
/// moment: a stand-in of its own with a journal in a temporary folder is killed and started again.
/// </summary>
public sealed class StandInRestartTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("onestop-standin-").FullName;
    private readonly int port = ServiceProcess.FreePort();
    private ServiceProcess? standIn;

    private string Journal => Path.Combine(folder, "journal.ndjson");

    public async Task InitializeAsync() => await StartAsync();

    public async Task DisposeAsync()
    {
        Kill();
        await Task.Delay(100);
        Directory.Delete(folder, recursive: true);
    }

    private CosmosClient Client() => new AzureClients(AzureServicesSettings.LocalStandIns() with
    {
        CosmosConnectionString = AzureServicesSettings.LocalStandIns().CosmosConnectionString!.Replace(":8081/", $":{port}/", StringComparison.Ordinal),
    }).Cosmos();

    [Fact]
    public async Task Dossiers_and_the_code_counter_survive_a_kill_and_a_code_is_never_issued_twice()
    {
        var agency = new AgencyCode("000.00.12.H56");
        var day = new DateOnly(2026, 11, 30);
        string stored;
        using (var client = Client())
        {
            await CosmosSchema.EnsureAsync(client, "onestop");
            var database = client.GetDatabase("onestop");
            var allocator = new CosmosDossierCodeAllocator(database.GetContainer(CosmosSchema.Counters));
            var store = new CosmosDossierStore(database.GetContainer(CosmosSchema.Dossiers));
            Assert.Equal(1, (await allocator.NextAsync(DossierCodeSeries.General(agency, day))).Sequence);
            Assert.Equal(2, (await allocator.NextAsync(DossierCodeSeries.General(agency, day))).Sequence);
            var created = await store.CreateAsync(Filed(sequence: 2), null);
            var received = Apply(created.Dossier, new Receive { Actor = Officer }, Monday9);
            await store.ReplaceAsync(received, null, created.ETag);
            stored = JsonSerializer.Serialize(received, DomainJson.Options);
        }

        Kill();
        await StartAsync();

        using (var client = Client())
        {
            var database = client.GetDatabase("onestop");
            var allocator = new CosmosDossierCodeAllocator(database.GetContainer(CosmosSchema.Counters));
            var store = new CosmosDossierStore(database.GetContainer(CosmosSchema.Dossiers));
            var found = await store.FindAsync(Filed(sequence: 2).Code);
            Assert.Equal(stored, JsonSerializer.Serialize(found!.Dossier, DomainJson.Options));
            Assert.Equal(3, (await allocator.NextAsync(DossierCodeSeries.General(agency, day))).Sequence);
            // The version tag read after the restart guards writes as before.
            await store.ReplaceAsync(found.Dossier, null, found.ETag);
        }
    }

    [Fact]
    public async Task A_write_torn_by_a_kill_is_dropped_and_the_journal_goes_on_after_it()
    {
        using (var client = Client())
        {
            await CosmosSchema.EnsureAsync(client, "onestop");
        }
        Kill();
        await File.AppendAllTextAsync(Journal, """{"method":"POST","url":"/dbs/onestop/colls/dossie""");
        await StartAsync();

        using var again = Client();
        var store = new CosmosDossierStore(again.GetDatabase("onestop").GetContainer(CosmosSchema.Dossiers));
        await store.CreateAsync(Filed(sequence: 7), null);
        Kill();
        await StartAsync();

        using var third = Client();
        Assert.NotNull(await new CosmosDossierStore(third.GetDatabase("onestop").GetContainer(CosmosSchema.Dossiers)).FindAsync(Filed(sequence: 7).Code));
    }

    private async Task StartAsync() =>
        standIn = await ServiceProcess.StartAsync(
            "cosmos-standin.js",
            [],
            new Dictionary<string, string> { ["COSMOS_HOST"] = "127.0.0.1", ["COSMOS_PORT"] = $"{port}", ["COSMOS_JOURNAL"] = Journal },
            port);

    private void Kill() => standIn?.Dispose();
}
