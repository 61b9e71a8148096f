using System.Security.Claims;
using OneStop.Api.Routes;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Api.Security;

/// <summary>The claims a OneStop token carries, and the actor a request acts as.</summary>
public static class Claims
{
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Name = "name";

    /// <summary>A department officer's department code.</summary>
    public const string Department = "department";

    /// <summary>A reception officer's intake point code (the center, a branch, a commune's reception point).</summary>
    public const string IntakePoint = "intake_point";

    public static Actor ToActor(this ClaimsPrincipal user)
    {
        // The role claim's name is the token's (role, or roles for Entra ID app roles); one role per token.
        var roleClaim = (user.Identity as ClaimsIdentity)?.RoleClaimType ?? Role;
        var role = user.FindAll(roleClaim).Select(c => Enum.TryParse<Role>(c.Value, out var parsed) ? parsed : (Role?)null).FirstOrDefault(r => r is not null)
            ?? throw new InvalidOperationException("The token has no known role.");
        var department = user.FindFirstValue(Department) is { Length: > 0 } code ? new DepartmentCode(code) : (DepartmentCode?)null;
        return new Actor(
            role switch
            {
                Routes.Role.Applicant => ActorRole.Applicant,
                Routes.Role.ReceptionOfficer => ActorRole.ReceptionOfficer,
                Routes.Role.DepartmentOfficer => ActorRole.DepartmentOfficer,
                Routes.Role.Leader => ActorRole.Leader,
                _ => ActorRole.Administrator,
            },
            user.FindFirstValue(Subject) ?? throw new InvalidOperationException("The token has no subject."),
            user.FindFirstValue(Name) ?? "",
            department,
            user.FindFirstValue(IntakePoint) is { Length: > 0 } intakePoint ? intakePoint : null);
    }
}
