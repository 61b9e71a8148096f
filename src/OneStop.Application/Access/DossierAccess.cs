using OneStop.Domain.Dossiers;

namespace OneStop.Application.Access;

/// <summary>
/// Who may see a dossier: the applicant who filed it; reception officers and leaders; a department's officers
/// once a step of the dossier has been assigned to their department, and no other department's.
/// </summary>
public static class DossierAccess
{
    public static bool CanRead(Dossier dossier, Actor caller) => caller.Role switch
    {
        ActorRole.Applicant => dossier.ApplicantAccount is { } account && account == caller.Id,
        ActorRole.ReceptionOfficer or ActorRole.Leader => true,
        ActorRole.DepartmentOfficer => dossier.Steps.Any(s => s.Department == caller.Department && s.AssignedAt is not null),
        _ => false,
    };
}
