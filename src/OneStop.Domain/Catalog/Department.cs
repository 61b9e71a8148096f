namespace OneStop.Domain.Catalog;

/// <summary>
/// A department (sở, ban, ngành) or other competent agency. Departments join the center over time; before
/// <see cref="OnboardedFrom"/> the center cannot receive dossiers for it.
/// </summary>
public sealed record Department(DepartmentCode Code, string Name, DateOnly OnboardedFrom)
{
    /// <summary>
    /// The department's electronic identifier (mã định danh điện tử), when the catalog gives it: the codes of the
    /// centrally provided services it resolves open with it.
    /// </summary>
    public AgencyCode? Agency { get; init; }

    public bool IsOnboardedOn(DateOnly date) => date >= OnboardedFrom;
}
