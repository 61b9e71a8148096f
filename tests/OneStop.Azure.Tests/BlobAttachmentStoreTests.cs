using System.Net;
using System.Security.Cryptography;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using OneStop.Application.Attachments;
using OneStop.Azure.Blobs;

namespace OneStop.Azure.Tests;

public class BlobAttachmentStoreTests(LocalServices services) : IClassFixture<LocalServices>
{
    private static readonly HttpClient Http = new();

    private BlobAttachmentStore Store(AttachmentPolicy? policy = null) =>
        new(services.Clients.Attachments(), policy ?? AttachmentPolicy.Default, new OneStop.Azure.Files.FileInspector(), TimeProvider.System);

    private static byte[] Pdf(int length) => OneStop.Samples.SamplePdf.Of(length);

    private static string NewDossierId() => $"000.00.12.H56-261123-{Random.Shared.Next(1, 9999):0000}-{Guid.NewGuid():N}";

    private static AttachmentUpload Upload(string dossierId, byte[] bytes, string fileName = "don.pdf", string type = ContentSniffer.Pdf) =>
        new(dossierId, "don", fileName, type, new NonSeekableStream(bytes));

    [Fact]
    public async Task An_upload_is_stored_with_its_hash_type_and_clean_name()
    {
        var dossier = NewDossierId();
        var bytes = Pdf(2_500_000);

        var stored = await Store().UploadAsync(Upload(dossier, bytes, "..\\..\\windows\\Đơn đề nghị.pdf"));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes.Length, stored.Length);
        Assert.Equal("Đơn đề nghị.pdf", stored.FileName);
        var found = await Store().FindAsync(stored.StorageKey);
        Assert.Equal(stored, found);
    }

    [Fact]
    public async Task A_file_of_one_block_is_stored_the_same_way()
    {
        var bytes = Pdf(300_000);
        var stored = await Store().UploadAsync(Upload(NewDossierId(), bytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(stored, await Store().FindAsync(stored.StorageKey));
        Assert.Equal(bytes, (await services.Clients.Attachments().GetBlobClient(stored.StorageKey).DownloadContentAsync()).Value.Content.ToArray());
    }

    [Theory]
    [InlineData(300_000)]
    [InlineData(2_500_000)]
    public async Task An_upload_whose_answer_was_lost_and_retried_is_stored_once(int length)
    {
        var lossy = new LoseFirstCreateAnswer();
        var options = new BlobClientOptions();
        options.AddPolicy(lossy, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(services.Settings.StorageConnectionString, options).GetBlobContainerClient(services.Settings.AttachmentsContainer);
        var dossier = NewDossierId();
        var bytes = Pdf(length);

        var stored = await new BlobAttachmentStore(container, AttachmentPolicy.Default, new OneStop.Azure.Files.FileInspector(), TimeProvider.System).UploadAsync(Upload(dossier, bytes));

        Assert.Equal(1, lossy.Lost);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(stored, Assert.Single(await Store().ListAsync(dossier)));
    }

    [Fact]
    public async Task Blob_names_cannot_be_guessed_and_never_overwrite()
    {
        var dossier = NewDossierId();
        var first = await Store().UploadAsync(Upload(dossier, Pdf(1000)));
        var second = await Store().UploadAsync(Upload(dossier, Pdf(1000)));

        Assert.NotEqual(first.StorageKey, second.StorageKey);
        Assert.StartsWith($"{dossier}/", first.StorageKey);
        Assert.Equal(32, first.StorageKey[(dossier.Length + 1)..].Length);
        Assert.Equal(2, (await Store().ListAsync(dossier)).Count);
    }

    [Fact]
    public async Task An_oversized_file_is_refused_and_nothing_is_stored()
    {
        var dossier = NewDossierId();
        var small = new AttachmentPolicy(MaxFileBytes: 1_500_000, MaxDossierBytes: 10_000_000);

        var refused = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store(small).UploadAsync(Upload(dossier, Pdf(3_000_000))));

        Assert.Equal("attachment_too_large", refused.Code);
        Assert.Contains("vượt quá dung lượng cho phép", refused.Message);
        Assert.Empty(await Store().ListAsync(dossier));
    }

    [Fact]
    public async Task A_dossier_cannot_grow_past_its_total_limit()
    {
        var dossier = NewDossierId();
        var policy = new AttachmentPolicy(MaxFileBytes: 1_000_000, MaxDossierBytes: 1_500_000);
        var first = await Store(policy).UploadAsync(Upload(dossier, Pdf(900_000)));

        var refused = await Assert.ThrowsAsync<AttachmentRejectedException>(
            () => Store(policy).UploadAsync(Upload(dossier, Pdf(900_000)) with { DossierBytesSoFar = first.Length }));

        Assert.Equal("dossier_attachments_too_large", refused.Code);
        Assert.Single(await Store().ListAsync(dossier));
    }

    [Theory]
    [InlineData("MZ", "application/pdf", "phan-mem.pdf")] // a program named and declared as a PDF
    [InlineData("%PDF-", "image/png", "anh.png")] // a PDF declared as an image
    [InlineData("<html><script>", "text/html", "trang.html")] // a type the center does not accept
    public async Task A_disguised_or_unaccepted_file_is_refused_and_nothing_is_stored(string head, string declared, string name)
    {
        var dossier = NewDossierId();
        var bytes = new byte[4096];
        System.Text.Encoding.ASCII.GetBytes(head).CopyTo(bytes, 0);

        var refused = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store().UploadAsync(Upload(dossier, bytes, name, declared)));

        Assert.Equal("attachment_type_not_allowed", refused.Code);
        Assert.Empty(await Store().ListAsync(dossier));
    }

    [Theory]
    [InlineData(4_000)] // one block
    [InlineData(2_500_000)] // several blocks, spooled before the commit
    public async Task A_file_that_only_starts_like_a_pdf_is_refused_and_nothing_is_stored(int length)
    {
        var dossier = NewDossierId();
        var bytes = RandomNumberGenerator.GetBytes(length);
        "%PDF-1.7\n"u8.CopyTo(bytes);

        var refused = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store().UploadAsync(Upload(dossier, bytes)));

        Assert.Equal("attachment_type_not_allowed", refused.Code);
        Assert.Contains("bị hỏng hoặc không mở được", refused.Message);
        Assert.Empty(await Store().ListAsync(dossier));
    }

    [Theory]
    [InlineData(ContentSniffer.Png)]
    [InlineData(ContentSniffer.Jpeg)]
    public async Task A_photo_that_decodes_is_stored_and_one_cut_short_is_refused(string type)
    {
        var dossier = NewDossierId();
        using var bitmap = new SkiaSharp.SKBitmap(640, 480);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        var photo = bitmap.Encode(type == ContentSniffer.Png ? SkiaSharp.SKEncodedImageFormat.Png : SkiaSharp.SKEncodedImageFormat.Jpeg, 90).ToArray();

        var stored = await Store().UploadAsync(Upload(dossier, photo, "anh-the", type));
        var refused = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store().UploadAsync(Upload(dossier, photo[..(photo.Length / 2)], "anh-cut", type)));

        Assert.Equal(photo.Length, stored.Length);
        Assert.Equal("attachment_type_not_allowed", refused.Code);
        Assert.Single(await Store().ListAsync(dossier));
    }

    [Fact]
    public async Task A_read_link_opens_one_file_only_for_reading_and_only_until_it_expires()
    {
        var dossier = NewDossierId();
        var bytes = Pdf(10_000);
        var stored = await Store().UploadAsync(Upload(dossier, bytes));
        var other = await Store().UploadAsync(Upload(dossier, Pdf(100)));

        var link = await Store().ReadLinkAsync(stored.StorageKey, TimeSpan.FromSeconds(3));

        Assert.Equal(bytes, await Http.GetByteArrayAsync(link));
        var otherBlob = new UriBuilder(link) { Path = link.AbsolutePath.Replace(stored.StorageKey, other.StorageKey) }.Uri;
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.GetAsync(otherBlob)).StatusCode);
        using var write = new HttpRequestMessage(HttpMethod.Put, link) { Content = new ByteArrayContent([1]) };
        write.Headers.Add("x-ms-blob-type", "BlockBlob");
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(write)).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_read_link_never_lives_longer_than_the_maximum()
    {
        var stored = await Store().UploadAsync(Upload(NewDossierId(), Pdf(100)));
        var link = await Store().ReadLinkAsync(stored.StorageKey, TimeSpan.FromDays(30));
        var expiry = DateTimeOffset.Parse(Uri.UnescapeDataString(System.Web.HttpUtility.ParseQueryString(link.Query)["se"]!), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expiry <= DateTimeOffset.UtcNow + BlobAttachmentStore.MaxLinkLifetime + TimeSpan.FromSeconds(5));
    }

    /// <summary>A request body as the server receives it: read once, front to back, no length known.</summary>
    /// <summary>Lets the first create-only write reach the service, then loses its answer, as a dropped connection would.</summary>
    private sealed class LoseFirstCreateAnswer : HttpPipelinePolicy
    {
        public int Lost;

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Headers.TryGetValue("If-None-Match", out var condition) && condition == "*" && Interlocked.Exchange(ref Lost, 1) == 0)
            {
                throw new IOException("The answer was lost on the way.");
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
