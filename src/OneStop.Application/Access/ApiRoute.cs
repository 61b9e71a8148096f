namespace OneStop.Application.Access;

/// <summary>One endpoint of the HTTP API: its name, method, route and the roles allowed to call it (none: public).</summary>
public sealed record ApiRoute(string Name, string Method, string Pattern, IReadOnlyList<Role> Roles)
{
    public bool IsPublic => Roles.Count == 0;
}
