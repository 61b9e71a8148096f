namespace OneStop.Api.Routes;

/// <summary>The roles a caller's token may carry.</summary>
public enum Role
{
    Applicant,
    ReceptionOfficer,
    DepartmentOfficer,
    Leader,
    Administrator,
}
