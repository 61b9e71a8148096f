using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace OneStop.Azure.Tests;

/// <summary>
/// The run command's Azurite keeps every blob and queue message it answered for, also when it is killed right
/// after the answer: an Azurite of its own, on its own ports and folder, is killed with SIGKILL and started again.
/// </summary>
public sealed class AzuriteRestartTests : IAsyncLifetime
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string folder = Directory.CreateTempSubdirectory("onestop-azurite-").FullName;
    private readonly int blobPort = ServiceProcess.FreePort();
    private readonly int queuePort = ServiceProcess.FreePort();
    private readonly int tablePort = ServiceProcess.FreePort();
    private ServiceProcess? azurite;

    private string Connection =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";

    public Task InitializeAsync() => StartAsync();

    public Task DisposeAsync()
    {
        Kill();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_blob_and_a_queue_message_answered_for_survive_a_kill_right_after()
    {
        var container = new BlobContainerClient(Connection, "attachments");
        await container.CreateAsync();
        await container.UploadBlobAsync("dossier/don.pdf", BinaryData.FromString("%PDF-1.7 giấy đề nghị"));
        var queue = new QueueClient(Connection, "assign-sxd");
        await queue.CreateAsync();
        await queue.SendMessageAsync("giao hồ sơ cho Sở Xây dựng");

        Kill();
        await StartAsync();

        Assert.Equal("%PDF-1.7 giấy đề nghị", (await new BlobContainerClient(Connection, "attachments").GetBlobClient("dossier/don.pdf").DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("giao hồ sơ cho Sở Xây dựng", (await new QueueClient(Connection, "assign-sxd").ReceiveMessageAsync()).Value.Body.ToString());
    }

    private async Task StartAsync() =>
        azurite = await ServiceProcess.StartAsync(
            "azurite-launcher.js",
            [
                "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}", "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}", "--location", folder,
            ],
            new Dictionary<string, string>(),
            blobPort,
            queuePort);

    private void Kill() => azurite?.Dispose();
}
