using System.IO.Compression;
using OneStop.Application.Attachments;
using SkiaSharp;
using UglyToad.PdfPig;

namespace OneStop.Azure.Files;

/// <summary>
/// Opens each accepted type with a real reader: PdfPig for PDF (the document and every page's content must parse,
/// without the lenient repair that would accept a file that merely starts like a PDF), SkiaSharp for JPEG and PNG
/// (every pixel must decode), and the ZIP package of an Office document with its main part.
/// </summary>
public sealed class FileInspector : IFileInspector
{
    public bool IsReadable(string contentType, Stream content)
    {
        try
        {
            return contentType switch
            {
                ContentSniffer.Pdf => IsPdf(content),
                ContentSniffer.Jpeg or ContentSniffer.Png => IsImage(content),
                ContentSniffer.Docx => HasPart(content, "word/document.xml"),
                ContentSniffer.Xlsx => HasPart(content, "xl/workbook.xml"),
                _ => false,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Every reader throws its own exceptions on a damaged file; any of them means "not readable".
            return false;
        }
    }

    private static bool IsPdf(Stream content)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = false, ClipPaths = false });
        if (document.NumberOfPages < 1)
        {
            return false;
        }
        foreach (var page in document.GetPages())
        {
            _ = page.Letters.Count;
        }
        return true;
    }

    private static bool IsImage(Stream content)
    {
        using var codec = SKCodec.Create(content);
        if (codec is null || codec.Info.Width < 1 || codec.Info.Height < 1)
        {
            return false;
        }
        // Decoded at an eighth of its size where the format allows it (JPEG scales while it decodes, reading every
        // block all the same): an A4 page at 300 dpi needs 0.5 MB of pixels instead of 35 MB.
        var size = codec.GetScaledDimensions(0.125f);
        using var bitmap = new SKBitmap(codec.Info.WithSize(size.Width, size.Height));
        return codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success;
    }

    private static bool HasPart(Stream content, string part)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(part) is { Length: > 0 };
    }
}
