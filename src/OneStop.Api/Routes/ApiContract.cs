namespace OneStop.Api.Routes;

/// <summary>What a route takes and answers on success, for the OpenAPI document department systems and the web workspace are written against.</summary>
/// <param name="Request">The JSON body's type, or null (no body, or <paramref name="RequestContentType"/> says what it is).</param>
/// <param name="Parameters">The query parameters and headers the handler reads (route values are described by the route itself).</param>
public sealed record ApiContract(
    Type? Request, Type Response, int Status = StatusCodes.Status200OK, string ResponseContentType = "application/json", string? RequestContentType = null,
    IReadOnlyList<ApiParameter>? Parameters = null);

/// <summary>A query parameter or header a handler reads: its name, where it is, its type (string or integer), whether it repeats.</summary>
public sealed record ApiParameter(string Name, string Description, bool InHeader = false, bool Integer = false, bool Repeated = false)
{
    public static ApiParameter Query(string name, string description) => new(name, description);

    public static ApiParameter Header(string name, string description) => new(name, description, InHeader: true);
}
