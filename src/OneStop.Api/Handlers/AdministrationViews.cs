using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

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
public sealed record DepartmentChangeView(
    string Code, string Name, CatalogChangeKind Kind, DateOnly OnboardedFrom, DateOnly? OnboardedFromBefore, string? NameBefore, string? Agency, string? AgencyBefore);

/// <summary>The preview of a catalog file: its departments and procedures, each with its change, and the problems that would refuse it.</summary>
public sealed record CatalogPlanView(IReadOnlyList<DepartmentChangeView> Departments, IReadOnlyList<ProcedureChangeView> Procedures, IReadOnlyList<string> Problems)
{
    public static CatalogPlanView Of(CatalogPlan plan) => new(
        [.. plan.Departments.Select(d => new DepartmentChangeView(d.Department.Code.Value, d.Department.Name, d.Kind, d.Department.OnboardedFrom, d.Before?.OnboardedFrom, d.Before?.Name,
            d.Department.Agency?.Value, d.Before?.Agency?.Value))],
        [.. plan.Procedures.Select(p => new ProcedureChangeView(
            p.Code.Value, p.Name, p.Kind, p.Latest?.Version, p.Latest?.EffectiveFrom, p.Added?.Version, p.Added?.EffectiveFrom, p.Changed))],
        plan.Problems);
}

/// <summary>What an import did (versions added, procedures unchanged, departments added or changed), and the plan it applied.</summary>
public sealed record CatalogImportView(int VersionsAdded, int Unchanged, int Departments, CatalogPlanView Plan);

/// <summary>An intake point and whether it receives new dossiers.</summary>
public sealed record IntakePointAdminView(string Code, string Name, IntakePointKind Kind, bool Open)
{
    public static IntakePointAdminView Of(IntakePointEntry e) => new(e.Point.Code, e.Point.Name, e.Point.Kind, e.Open);
}

/// <summary>An intake point as an administrator adds or changes it.</summary>
public sealed record IntakePointRequest(string? Name, IntakePointKind? Kind, bool? Open);

/// <summary>A notice the calendar applies: its year and document, whether an administrator applied it, its days.</summary>
public sealed record NoticeView(int Year, string Reference, bool Uploaded, NoticeOrigin Origin, IReadOnlyList<NoticeDay> DaysOff, IReadOnlyList<NoticeDay> WorkingDays);

/// <summary>The notices in force, and the years that should have one and do not (the current year; from October, the next).</summary>
public sealed record HolidayNoticesView(IReadOnlyList<NoticeView> Notices, IReadOnlyList<int> YearsMissing);

/// <summary>A day a notice changes: a working day that becomes a day off, or the reverse, with the notice's reason.</summary>
public sealed record DayChangeView(DateOnly Date, bool WorkingBefore, bool WorkingAfter, string Reason);

/// <summary>What applying a notice does: the problems that refuse it, or the days that change; whether it replaces the year's notice.</summary>
public sealed record NoticePreviewView(int Year, string Reference, IReadOnlyList<string> Problems, IReadOnlyList<DayChangeView> Changes, bool Replaces)
{
    public static NoticePreviewView Of(NoticePreview p)
    {
        var reasons = p.Notice.DaysOff.Concat(p.Notice.WorkingDays).GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First().Reason);
        return new(p.Notice.Year, p.Notice.Reference, p.Problems,
            [.. p.Changes.Select(c => new DayChangeView(c.Date, c.WorkingBefore, c.WorkingAfter, reasons.GetValueOrDefault(c.Date) ?? ""))], p.Replaces);
    }
}
