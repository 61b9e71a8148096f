using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OneStop.Api.Handlers;

/// <summary>
/// Reads a multipart/form-data body section by section, handing each file's stream on as it arrives: nothing is
/// buffered, so a 10 MB scan costs one upload block of memory, not 10 MB.
/// </summary>
public static class Multipart
{
    private const int MaxFormBytes = 64 * 1024;

    public static async Task ReadAsync(
        HttpRequest request,
        Func<string, Task> onForm,
        Func<string, string, string, Stream, Task> onFile,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new ApiInputException("multipart_required", "Hồ sơ phải được gửi dạng multipart/form-data: phần 'form' (JSON) rồi đến các tệp.");
        }
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                throw new ApiInputException("malformed_part", "Một phần của nội dung gửi lên thiếu Content-Disposition.");
            }
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                await onFile(name, fileName ?? "", section.ContentType ?? "application/octet-stream", section.Body);
            }
            else if (name == "form")
            {
                await onForm(await ReadTextAsync(section.Body, cancellationToken));
            }
            else
            {
                throw new ApiInputException("unexpected_part", $"Phần «{name}» không được hỗ trợ: chỉ có 'form' và các tệp.");
            }
        }
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFormBytes)
            {
                throw new ApiInputException("form_too_large", "Phần 'form' vượt quá 64 KB.");
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
