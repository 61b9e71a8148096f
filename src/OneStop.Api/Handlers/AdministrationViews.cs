using OneStop.Application.Catalog;
using OneStop.Domain.Catalog;

namespace OneStop.Api.Handlers;

/// <summary>A department and the date from which it receives through the center.</summary>
public sealed record DepartmentView(string Code, string Name, DateOnly OnboardedFrom, bool Onboarded)
{
    public static DepartmentView Of(Department d, DateOnly today) => new(d.Code.Value, d.Name, d.OnboardedFrom, d.IsOnboardedOn(today));
}

/// <summary>The date from which a department receives through the center (yyyy-MM-dd).</summary>
public sealed record DepartmentOnboardingRequest(DateOnly? OnboardedFrom);

/// <summary>What a catalog file would change for one procedure: the version it adds, from when, and what differs.</summary>
public sealed record ProcedureChangeView(
    string Code, string Name, CatalogChangeKind Kind, int? LatestVersion, DateOnly? LatestEffectiveFrom, int? NewVersion, DateOnly? EffectiveFrom, IReadOnlyList<string> Changed);

/// <summary>What a catalog file would change for one department.</summary>
public sealed record DepartmentChangeView(string Code, string Name, CatalogChangeKind Kind, DateOnly OnboardedFrom, DateOnly? OnboardedFromBefore, string? NameBefore);

/// <summary>The preview of a catalog file: its departments and procedures, each with its change, and the problems that would refuse it.</summary>
public sealed record CatalogPlanView(IReadOnlyList<DepartmentChangeView> Departments, IReadOnlyList<ProcedureChangeView> Procedures, IReadOnlyList<string> Problems)
{
    public static CatalogPlanView Of(CatalogPlan plan) => new(
        [.. plan.Departments.Select(d => new DepartmentChangeView(d.Department.Code.Value, d.Department.Name, d.Kind, d.Department.OnboardedFrom, d.Before?.OnboardedFrom, d.Before?.Name))],
        [.. plan.Procedures.Select(p => new ProcedureChangeView(
            p.Code.Value, p.Name, p.Kind, p.Latest?.Version, p.Latest?.EffectiveFrom, p.Added?.Version, p.Added?.EffectiveFrom, p.Changed))],
        plan.Problems);
}

/// <summary>What an import did, and the plan it applied.</summary>
public sealed record CatalogImportView(int VersionsAdded, int Unchanged, int Departments, CatalogPlanView Plan);
