namespace OneStop.Azure.Tests;

public class AzureServicesSettingsTests
{
    [Fact]
    public void Local_settings_with_connection_strings_are_complete()
    {
        Assert.Empty(new AzureServicesSettings { StorageConnectionString = "UseDevelopmentStorage=true", CosmosConnectionString = "AccountEndpoint=http://127.0.0.1:8081/;AccountKey=a2V5" }.ConfigurationErrors());
    }

    [Fact]
    public void Azure_settings_use_service_addresses_and_no_key()
    {
        var settings = new AzureServicesSettings
        {
            BlobServiceUri = new Uri("https://onestop.blob.core.windows.net"),
            QueueServiceUri = new Uri("https://onestop.queue.core.windows.net"),
            CosmosEndpoint = new Uri("https://onestop.documents.azure.com:443/"),
        };
        Assert.Empty(settings.ConfigurationErrors());
    }

    [Fact]
    public void A_missing_setting_is_named()
    {
        var problems = new AzureServicesSettings { BlobServiceUri = new Uri("https://x.blob.core.windows.net") }.ConfigurationErrors();
        Assert.Contains(problems, p => p.Contains(nameof(AzureServicesSettings.QueueServiceUri)));
        Assert.Contains(problems, p => p.Contains(nameof(AzureServicesSettings.CosmosEndpoint)));
        Assert.Throws<InvalidOperationException>(() => new AzureClients(new AzureServicesSettings()));
    }

    [Fact]
    public void Keys_and_managed_identity_are_not_mixed()
    {
        var problems = new AzureServicesSettings
        {
            StorageConnectionString = "UseDevelopmentStorage=true",
            BlobServiceUri = new Uri("https://x.blob.core.windows.net"),
            CosmosConnectionString = "AccountEndpoint=http://127.0.0.1:8081/;AccountKey=a2V5",
            CosmosEndpoint = new Uri("https://x.documents.azure.com:443/"),
        }.ConfigurationErrors();
        Assert.Equal(2, problems.Count);
    }
}
