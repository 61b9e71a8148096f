namespace OneStop.Azure;

/// <summary>
/// How to reach the Azure services. Locally: connection strings (Azurite's <c>UseDevelopmentStorage=true</c>, the
/// Cosmos stand-in's endpoint and any key). In Azure: service URIs only, reached with the app's managed identity
/// through <c>DefaultAzureCredential</c>; no key is ever configured there.
/// </summary>
public sealed record AzureServicesSettings
{
    /// <summary>The stand-in accepts any key; this one only has to be Base64. It protects nothing.</summary>
    private const string StandInKey = "b25lc3RvcC1sb2NhbC1jb3Ntb3Mtc3RhbmQtaW4=";

    /// <summary>The local services tools/services.sh starts: Azurite and the Cosmos DB stand-in on 127.0.0.1.</summary>
    public static AzureServicesSettings LocalStandIns(string database = "onestop", string attachments = "attachments") => new()
    {
        StorageConnectionString = "UseDevelopmentStorage=true",
        CosmosConnectionString = $"AccountEndpoint=http://127.0.0.1:8081/;AccountKey={StandInKey}",
        CosmosDatabase = database,
        AttachmentsContainer = attachments,
    };

    public string? StorageConnectionString { get; init; }

    public Uri? BlobServiceUri { get; init; }

    public Uri? QueueServiceUri { get; init; }

    public string? CosmosConnectionString { get; init; }

    public Uri? CosmosEndpoint { get; init; }

    public string CosmosDatabase { get; init; } = "onestop";

    public string AttachmentsContainer { get; init; } = "attachments";

    /// <summary>The client id of the user-assigned managed identity, when the app has one.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>What is missing or contradictory, each naming the setting; empty when usable.</summary>
    public IReadOnlyList<string> ConfigurationErrors()
    {
        var problems = new List<string>();
        if (StorageConnectionString is null && (BlobServiceUri is null || QueueServiceUri is null))
        {
            problems.Add($"Set {nameof(StorageConnectionString)} (local) or both {nameof(BlobServiceUri)} and {nameof(QueueServiceUri)} (Azure).");
        }
        if (StorageConnectionString is not null && (BlobServiceUri is not null || QueueServiceUri is not null))
        {
            problems.Add($"Set either {nameof(StorageConnectionString)} or the storage service URIs, not both.");
        }
        if ((CosmosConnectionString is null) == (CosmosEndpoint is null))
        {
            problems.Add($"Set exactly one of {nameof(CosmosConnectionString)} (local) and {nameof(CosmosEndpoint)} (Azure).");
        }
        if (string.IsNullOrWhiteSpace(CosmosDatabase))
        {
            problems.Add($"{nameof(CosmosDatabase)} is empty.");
        }
        if (string.IsNullOrWhiteSpace(AttachmentsContainer))
        {
            problems.Add($"{nameof(AttachmentsContainer)} is empty.");
        }
        return problems;
    }
}
