namespace OneStop.Domain.Catalog;

/// <summary>
/// A department (sở, ban, ngành) or other competent agency. Departments join the center over time; before
/// <see cref="OnboardedFrom"/> the center cannot receive dossiers for it.
/// </summary>
public sealed record Department(DepartmentCode Code, string Name, DateOnly OnboardedFrom)
{
    public bool IsOnboardedOn(DateOnly date) => date >= OnboardedFrom;
}
