using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneStop.Samples;

/// <summary>
/// Real one-page PDFs of a chosen size, standing in for scanned papers in demonstrations, tests and benchmarks: a
/// line of text, then random bytes in a stream no page uses, so a file is as large as a scan and parses as a PDF.
/// </summary>
public static class SamplePdf
{
    /// <param name="title">The page's line of text (ASCII: the standard Helvetica font has no Vietnamese letters).</param>
    /// <param name="length">At least this many bytes (a little more: the structure around the padding).</param>
    public static byte[] Of(int length = 20_000, string title = "Ban sao giay to (du lieu mau)")
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.7\n%\u00e2\u00e3\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        var text = $"BT /F1 14 Tf 72 760 Td ({title.Replace("(", "[").Replace(")", "]")}) Tj ET";
        Object($"<< /Length {text.Length} >>\nstream\n{text}\nendstream");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var padding = RandomNumberGenerator.GetBytes(Math.Max(0, length - 700));
        offsets.Add(pdf.Position);
        Write($"6 0 obj\n<< /Length {padding.Length} >>\nstream\n");
        pdf.Write(padding);
        Write("\nendstream\nendobj\n");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
