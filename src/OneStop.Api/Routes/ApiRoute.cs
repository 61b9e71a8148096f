namespace OneStop.Api.Routes;

/// <summary>
/// One endpoint of the HTTP API, whole: its name, method, path, the roles allowed to call it (none: public), what it
/// takes and answers, and its handler (parameters bound as minimal APIs bind them: services, the request, route values).
/// </summary>
public sealed record ApiRoute(string Name, string Method, string Pattern, IReadOnlyList<Role> Roles, ApiContract Contract, Delegate Handler)
{
    public bool IsPublic => Roles.Count == 0;
}
