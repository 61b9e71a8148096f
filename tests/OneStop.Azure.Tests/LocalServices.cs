using Microsoft.Azure.Cosmos;
using OneStop.Azure.Cosmos;
using OneStop.Testing;

namespace OneStop.Azure.Tests;

/// <summary>
/// The real local services the integration tests run against: Azurite and the Cosmos DB stand-in, started by
/// tools/services.sh (the test command does it). Each test class gets its own database, container and queue
/// names, so classes run in parallel without seeing each other's data.
/// </summary>
public sealed class LocalServices : IAsyncLifetime
{
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..10];

    public AzureServicesSettings Settings => AzureServicesSettings.LocalStandIns($"onestop-{Suffix}", $"attachments-{Suffix}");

    public AzureClients Clients => new(Settings);

    public CosmosClient Cosmos { get; private set; } = null!;

    public Container Container(string name) => Cosmos.GetContainer(Settings.CosmosDatabase, name);

    public async Task InitializeAsync()
    {
        await LocalServicesProbe.RequireAsync();
        Cosmos = Clients.Cosmos();
        await CosmosSchema.EnsureAsync(Cosmos, Settings.CosmosDatabase);
        await Clients.Attachments().CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        await Cosmos.GetDatabase(Settings.CosmosDatabase).DeleteStreamAsync();
        await Clients.Attachments().DeleteIfExistsAsync();
        Cosmos.Dispose();
    }
}
