using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

public enum ActorRole
{
    Applicant,
    ReceptionOfficer,
    DepartmentOfficer,
    Leader,
    Administrator,
    System,
}

/// <summary>Who did something to a dossier: recorded in its history and on the control slip.</summary>
/// <param name="Department">For a department officer, the department they act for.</param>
/// <param name="IntakePoint">For a reception officer, the intake point whose desk they work at, when their sign-in says.</param>
public sealed record Actor(ActorRole Role, string Id, string Name, DepartmentCode? Department = null, string? IntakePoint = null)
{
    public static readonly Actor System = new(ActorRole.System, "system", "Hệ thống");

    public static Actor Applicant(string id, string name) => new(ActorRole.Applicant, id, name);

    public static Actor ReceptionOfficer(string id, string name) => new(ActorRole.ReceptionOfficer, id, name);

    public static Actor DepartmentOfficer(string id, string name, DepartmentCode department) => new(ActorRole.DepartmentOfficer, id, name, department);

    public static Actor Leader(string id, string name) => new(ActorRole.Leader, id, name);
}

public static class ActorRoleNames
{
    /// <summary>The role as the people of the center call it.</summary>
    public static string Vietnamese(this ActorRole role) => role switch
    {
        ActorRole.Applicant => "Người nộp hồ sơ",
        ActorRole.ReceptionOfficer => "Cán bộ tiếp nhận",
        ActorRole.DepartmentOfficer => "Cán bộ xử lý của đơn vị",
        ActorRole.Leader => "Lãnh đạo",
        ActorRole.Administrator => "Quản trị hệ thống",
        _ => "Hệ thống",
    };
}
