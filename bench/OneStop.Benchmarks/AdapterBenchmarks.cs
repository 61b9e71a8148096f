using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using BenchmarkDotNet.Attributes;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Attachments;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Azure;
using OneStop.Azure.Blobs;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Benchmarks;

/// <summary>
/// Point writes and reads through the adapters against the raw SDK call doing the same I/O, on the local
/// services (start them first: bash tools/services.sh start). The ratio is the adapters' overhead: JSON of the
/// domain, the document's query fields, hashing and checking an attachment.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class AdapterBenchmarks
{
    private readonly Dossier template = BenchmarkDossiers.Received();
    private readonly byte[] attachment = Pdf(100 * 1024);
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    private CosmosClient cosmos = null!;
    private Container dossiers = null!;
    private CosmosDossierStore store = null!;
    private BlobContainerClient blobs = null!;
    private BlobAttachmentStore attachments = null!;
    private string rawTemplate = "";
    private int next;
    private DossierCode readCode;

    [GlobalSetup]
    public async Task SetUp()
    {
        var settings = AzureServicesSettings.LocalStandIns($"bench-{suffix}", $"bench-{suffix}");
        var clients = new AzureClients(settings);
        cosmos = clients.Cosmos();
        await CosmosSchema.EnsureAsync(cosmos, settings.CosmosDatabase);
        dossiers = cosmos.GetContainer(settings.CosmosDatabase, CosmosSchema.Dossiers);
        store = new CosmosDossierStore(dossiers);
        blobs = clients.Attachments();
        await blobs.CreateIfNotExistsAsync();
        attachments = new BlobAttachmentStore(blobs, AttachmentPolicy.Default, new OneStop.Azure.Files.FileInspector(), TimeProvider.System);
        rawTemplate = JsonSerializer.Serialize(new { id = "ID", dossier = template }, DomainJson.Options);
        readCode = NextCode();
        await store.CreateAsync(template with { Code = readCode }, null);
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await cosmos.GetDatabase($"bench-{suffix}").DeleteStreamAsync();
        await blobs.DeleteIfExistsAsync();
        cosmos.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawCosmosWrite()
    {
        var id = NextCode().Value;
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes(rawTemplate.Replace("\"ID\"", $"\"{id}\"", StringComparison.Ordinal)));
        using var response = await dossiers.CreateItemStreamAsync(payload, new PartitionKey(id));
        return (int)response.StatusCode;
    }

    [Benchmark]
    public Task<StoredDossier> AdapterDossierWrite() => store.CreateAsync(template with { Code = NextCode() }, null);

    [Benchmark]
    public async Task<long> RawCosmosRead()
    {
        using var response = await dossiers.ReadItemStreamAsync(readCode.Value, new PartitionKey(readCode.Value));
        return response.Content.Length;
    }

    [Benchmark]
    public Task<StoredDossier?> AdapterDossierRead() => store.FindAsync(readCode);

    [Benchmark]
    public async Task<string> RawBlobUpload100KB()
    {
        var name = $"raw/{Guid.NewGuid():N}";
        await blobs.GetBlobClient(name).UploadAsync(new BinaryData(attachment));
        return name;
    }

    [Benchmark]
    public async Task<string> AdapterAttachmentUpload100KB()
    {
        using var content = new MemoryStream(attachment, writable: false);
        var stored = await attachments.UploadAsync(new AttachmentUpload($"bench-{Interlocked.Increment(ref next)}", "don", "don.pdf", ContentSniffer.Pdf, content));
        return stored.StorageKey;
    }

    private DossierCode NextCode()
    {
        int n = Interlocked.Increment(ref next);
        return new DossierCode(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 1, 1).AddDays(n / 9999), n % 9999 + 1);
    }

    private static byte[] Pdf(int length) => OneStop.Samples.SamplePdf.Of(length);
}
