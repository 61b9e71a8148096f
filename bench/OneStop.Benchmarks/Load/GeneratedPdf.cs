using System.Net;

namespace OneStop.Benchmarks.Load;

/// <summary>A PDF-looking upload of any length, written as it is sent from one small buffer: the client holds no file in memory.</summary>
internal sealed class GeneratedPdf(long total) : HttpContent
{
    private static readonly byte[] Chunk = Lifecycles.Pdf(64 * 1024);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (long sent = 0; sent < total; sent += Chunk.Length)
        {
            await stream.WriteAsync(Chunk.AsMemory(0, (int)Math.Min(Chunk.Length, total - sent)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = total;
        return true;
    }
}
