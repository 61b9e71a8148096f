using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;

namespace OneStop.Azure;

/// <summary>Builds the SDK clients from <see cref="AzureServicesSettings"/>: keys locally, managed identity in Azure.</summary>
public sealed class AzureClients
{
    private readonly AzureServicesSettings settings;
    private readonly Lazy<TokenCredential> credential;

    public AzureClients(AzureServicesSettings settings)
    {
        var problems = settings.ConfigurationErrors();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Azure services settings: " + string.Join(" ", problems));
        }
        this.settings = settings;
        credential = new(() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ManagedIdentityClientId }));
    }

    /// <summary>The app's identity in Azure (its user-assigned managed identity), for the clients other hosts build.</summary>
    public TokenCredential Credential => credential.Value;

    public BlobServiceClient Blobs() => settings.StorageConnectionString is { } connection
        ? new BlobServiceClient(connection)
        : new BlobServiceClient(settings.BlobServiceUri, credential.Value);

    public BlobContainerClient Attachments() => Blobs().GetBlobContainerClient(settings.AttachmentsContainer);

    /// <summary>Queue messages are Base64, the encoding Azure Functions' queue triggers expect.</summary>
    public QueueServiceClient Queues()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return settings.StorageConnectionString is { } connection
            ? new QueueServiceClient(connection, options)
            : new QueueServiceClient(settings.QueueServiceUri, credential.Value, options);
    }

    /// <summary>
    /// A connection string means a local stand-in or emulator: Gateway mode, and only the given endpoint (the
    /// stand-in advertises addresses it does not serve). In Azure: the managed identity and Direct mode.
    /// </summary>
    public CosmosClient Cosmos() => settings.CosmosConnectionString is { } connection
        ? new CosmosClient(connection, new CosmosClientOptions { ConnectionMode = ConnectionMode.Gateway, LimitToEndpoint = true })
        : new CosmosClient(settings.CosmosEndpoint!.ToString(), credential.Value, new CosmosClientOptions { ApplicationName = "OneStop" });

    public Database CosmosDatabase() => Cosmos().GetDatabase(settings.CosmosDatabase);
}
