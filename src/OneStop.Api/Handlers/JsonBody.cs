using System.Text.Json;
using OneStop.Application.Common;

namespace OneStop.Api.Handlers;

/// <summary>Reads a small JSON request body with the domain's serializer settings, the same way in both hosts.</summary>
public static class JsonBody
{
    /// <summary>The largest body any route but the uploads and the catalog accepts.</summary>
    public const long Limit = 1024 * 1024;

    /// <exception cref="ApiInputException">The body is not JSON (415) or is empty.</exception>
    /// <exception cref="JsonException">The body is not valid JSON for <typeparamref name="T"/>.</exception>
    public static async Task<T> ReadAsync<T>(HttpContext http)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new ApiInputException("unsupported_media_type", "Nội dung gửi lên phải là JSON (application/json).", StatusCodes.Status415UnsupportedMediaType);
        }
        return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, DomainJson.Options, http.RequestAborted)
            ?? throw new ApiInputException("body_missing", "Thiếu nội dung yêu cầu.");
    }
}
