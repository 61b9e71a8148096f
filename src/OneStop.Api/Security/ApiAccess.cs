using System.Security.Claims;
using OneStop.Api.Routes;

namespace OneStop.Api.Security;

/// <summary>
/// The route-level rule of <see cref="ApiRoutes"/>, checked the same way by both hosts: a public route is open,
/// any other needs a signed-in caller holding one of the route's roles.
/// </summary>
public static class ApiAccess
{
    /// <summary>Null when the caller may call the route, otherwise the status to answer: 401 or 403.</summary>
    public static int? Refusal(ApiRoute route, ClaimsPrincipal user)
    {
        if (route.IsPublic)
        {
            return null;
        }
        if (user.Identity?.IsAuthenticated != true)
        {
            return StatusCodes.Status401Unauthorized;
        }
        return route.Roles.Any(role => user.IsInRole(role.ToString())) && HasSubject(user) ? null : StatusCodes.Status403Forbidden;
    }

    /// <summary>A token without a subject cannot act as anyone: refused rather than failing later.</summary>
    private static bool HasSubject(ClaimsPrincipal user) => !string.IsNullOrEmpty(user.FindFirstValue(Claims.Subject));
}
