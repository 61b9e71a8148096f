using System.Globalization;

namespace OneStop.Api.Handlers;

/// <summary>What every handler does the same way to a request or an answer.</summary>
internal static class HttpAnswers
{
    /// <summary>Answers with personal data are kept by no cache, shared or private.</summary>
    public static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The start (at <paramref name="offset"/>, Vietnam's) of the day a query parameter names, plus <paramref name="addDays"/>; null when absent.</summary>
    /// <exception cref="ApiInputException">Not a date yyyy-MM-dd.</exception>
    public static DateTimeOffset? DayStart(IQueryCollection query, string name, int addDays, TimeSpan offset)
    {
        if (query[name].FirstOrDefault() is not { } text)
        {
            return null;
        }
        if (!TryDate(text, out var day))
        {
            throw new ApiInputException("invalid_date", $"Tham số {name} phải là ngày dạng yyyy-MM-dd.");
        }
        return new DateTimeOffset(day.AddDays(addDays).ToDateTime(TimeOnly.MinValue), offset);
    }
}
