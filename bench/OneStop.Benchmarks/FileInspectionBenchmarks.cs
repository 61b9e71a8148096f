using BenchmarkDotNet.Attributes;
using OneStop.Application.Attachments;
using OneStop.Azure.Files;
using OneStop.Samples;
using SkiaSharp;

namespace OneStop.Benchmarks;

/// <summary>
/// What reading a whole file costs on the upload path (a PDF parsed, a photo decoded), against copying the same
/// bytes once: the ratio is what the check adds to an upload that is staged and hashed anyway.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class FileInspectionBenchmarks
{
    private readonly FileInspector inspector = new();
    private byte[] pdf = [];
    private byte[] photo = [];

    /// <summary>A page of text and padding: 100 KB, a typical scan's 2 MB, and the largest file accepted (20 MB).</summary>
    [Params(100 * 1024, 2 * 1024 * 1024, 20 * 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        pdf = SamplePdf.Of(Size);
        using var bitmap = new SKBitmap(2480, 3508); // an A4 page scanned at 300 dpi
        bitmap.Erase(SKColors.White);
        photo = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long CopyOnce()
    {
        using var target = new MemoryStream(pdf.Length);
        new MemoryStream(pdf, writable: false).CopyTo(target);
        return target.Length;
    }

    [Benchmark]
    public bool InspectPdf() => inspector.IsReadable(ContentSniffer.Pdf, new MemoryStream(pdf, writable: false));

    /// <summary>The same A4 photo whatever the size parameter: its cost stands beside the PDF's.</summary>
    [Benchmark]
    public bool InspectA4Photo() => inspector.IsReadable(ContentSniffer.Jpeg, new MemoryStream(photo, writable: false));
}
