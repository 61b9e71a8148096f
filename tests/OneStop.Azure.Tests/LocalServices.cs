using System.Net.Sockets;
using Microsoft.Azure.Cosmos;
using OneStop.Azure.Cosmos;

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
        foreach (var (port, what) in new[] { (10000, "Azurite Blob"), (10001, "Azurite Queue"), (8081, "the Cosmos DB stand-in") })
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"{what} does not answer on 127.0.0.1:{port}. Start the local services with: bash tools/services.sh start");
            }
        }
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
