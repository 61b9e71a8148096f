using System.Text.Json;
using OneStop.Application.Common;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;

namespace OneStop.Application.Catalog;

/// <summary>A procedure as a catalog file describes it: its current definition, without a version number.</summary>
public sealed record ProcedureDefinition(
    ProcedureCode Code,
    string Name,
    DateOnly EffectiveFrom,
    IReadOnlyList<DepartmentCode> CompetentDepartments,
    IReadOnlyList<RequiredDocument> Documents,
    IReadOnlyList<Fee> Fees,
    TimeLimit TimeLimit,
    OnlineLevel OnlineLevel,
    IReadOnlyList<ProcessStep> Steps)
{
    /// <summary>The national code (MaTTHC) when the procedure's own code is a local one.</summary>
    public string? NationalCode { get; init; }

    /// <summary>Set when the procedure is provided through a centrally built national service (its codes take that format).</summary>
    public CentralService? CentralService { get; init; }
}

/// <summary>
/// A catalog file (JSON, see docs/catalog-format.md): the departments, and the procedures as they are now.
/// <c>Sample</c> marks data made up for demonstrations.
/// </summary>
public sealed record CatalogFile(bool Sample, IReadOnlyList<Department> Departments, IReadOnlyList<ProcedureDefinition> Procedures);

/// <summary>What an import wrote.</summary>
/// <param name="Departments">Departments added or changed.</param>
/// <param name="Unchanged">Procedures of the file left as they were.</param>
public sealed record ImportReport(int Departments, int VersionsAdded, int Unchanged, IReadOnlyList<string> Problems);

/// <summary>How a file would change a procedure (added, given a new version, left as it is) or a department (added, changed, left).</summary>
public enum CatalogChangeKind
{
    New,
    NewVersion,
    Changed,
    Unchanged,
}

/// <summary>
/// How a file is imported. <see cref="Apply"/>: an administrator's file is the catalog from its dates on (a changed
/// definition is a new version, from its date or the day after the last). <see cref="Seed"/>: the file a host is
/// configured with, imported at every start, only adds what the store lacks (new procedures and departments, a
/// version from a date later than the last one) and never undoes what an administrator applied since.
/// </summary>
public enum CatalogImportMode
{
    Apply,
    Seed,
}

/// <summary>What importing a file would do to one procedure: the version it would add (null when unchanged), and which parts of its definition differ.</summary>
public sealed record ProcedureChange(ProcedureCode Code, string Name, CatalogChangeKind Kind, ProcedureVersion? Latest, ProcedureVersion? Added, IReadOnlyList<string> Changed);

/// <summary>What importing a file would do to one department (its name, the date from which it receives through the center).</summary>
public sealed record DepartmentChange(Department Department, CatalogChangeKind Kind, Department? Before);

/// <summary>What a catalog file would change, before anything is written; with problems, it would be refused whole.</summary>
public sealed record CatalogPlan(IReadOnlyList<DepartmentChange> Departments, IReadOnlyList<ProcedureChange> Procedures, IReadOnlyList<string> Problems)
{
    public IEnumerable<ProcedureVersion> VersionsAdded => Procedures.Where(p => p.Added is not null).Select(p => p.Added!);
}

/// <summary>
/// Imports a catalog file. Importing the same file again changes nothing; a procedure whose definition changed
/// gets a new version (the next number, effective from the file's date or the day after the last version).
/// A file whose result would not be a coherent catalog is refused whole, before anything is written. The plan of an
/// import is what an administrator previews before applying it.
/// </summary>
public sealed class CatalogImporter(IProcedureCatalogStore store)
{
    public static CatalogFile Parse(string json) =>
        JsonSerializer.Deserialize<CatalogFile>(json, DomainJson.Options) ?? throw new JsonException("The catalog file is empty.");

    /// <summary>What the file would change, read against the stored catalog; nothing is written.</summary>
    public async Task<CatalogPlan> PlanAsync(CatalogFile file, CancellationToken cancellationToken = default) =>
        await PlanAsync(file, CatalogImportMode.Apply, cancellationToken);

    public async Task<CatalogPlan> PlanAsync(CatalogFile file, CatalogImportMode mode, CancellationToken cancellationToken = default)
    {
        var (storedDepartments, storedProcedures) = await store.LoadAsync(cancellationToken);
        var latest = storedProcedures.ToDictionary(p => p.Code, p => p.Latest);
        var procedures = file.Procedures.Select(d => Change(d, latest.GetValueOrDefault(d.Code), mode)).ToList();
        var departments = file.Departments.Select(d => storedDepartments.FirstOrDefault(s => s.Code == d.Code) is { } before
            ? new DepartmentChange(mode == CatalogImportMode.Seed ? before : d, before == d || mode == CatalogImportMode.Seed ? CatalogChangeKind.Unchanged : CatalogChangeKind.Changed, before)
            : new DepartmentChange(d, CatalogChangeKind.New, null)).ToList();
        var added = procedures.Where(p => p.Added is not null).Select(p => p.Added!).ToList();
        var resulting = storedProcedures.Where(p => added.All(v => v.Code != p.Code))
            .Concat(added.Select(v => new Procedure(v.Code, [.. storedProcedures.FirstOrDefault(p => p.Code == v.Code)?.Versions ?? [], v])));
        var mergedDepartments = storedDepartments.Where(s => departments.All(d => d.Department.Code != s.Code)).Concat(departments.Select(d => d.Department));
        var (_, problems) = ProcedureCatalog.Create(mergedDepartments, resulting);
        return new CatalogPlan(departments, procedures, problems);
    }

    public async Task<ImportReport> ImportAsync(CatalogFile file, CancellationToken cancellationToken = default) =>
        await ImportAsync(file, CatalogImportMode.Apply, cancellationToken);

    public async Task<ImportReport> ImportAsync(CatalogFile file, CatalogImportMode mode, CancellationToken cancellationToken = default) =>
        await ApplyAsync(await PlanAsync(file, mode, cancellationToken), cancellationToken);

    /// <summary>Writes what a plan adds; a plan with problems writes nothing.</summary>
    public async Task<ImportReport> ApplyAsync(CatalogPlan plan, CancellationToken cancellationToken = default)
    {
        if (plan.Problems.Count > 0)
        {
            return new ImportReport(0, 0, 0, plan.Problems);
        }
        foreach (var change in plan.Departments.Where(d => d.Kind != CatalogChangeKind.Unchanged))
        {
            await store.SaveDepartmentAsync(change.Department, cancellationToken);
        }
        var added = plan.VersionsAdded.ToList();
        foreach (var version in added)
        {
            await store.AddVersionAsync(version, cancellationToken);
        }
        return new ImportReport(plan.Departments.Count(d => d.Kind != CatalogChangeKind.Unchanged), added.Count, plan.Procedures.Count(p => p.Kind == CatalogChangeKind.Unchanged), []);
    }

    private static ProcedureChange Change(ProcedureDefinition d, ProcedureVersion? latest, CatalogImportMode mode)
    {
        var version = ToVersion(d, latest);
        if (mode == CatalogImportMode.Seed && latest is not null && version is not null && d.EffectiveFrom <= latest.EffectiveFrom)
        {
            // The configured file is older than what is stored (an administrator applied a later version): keep the store's.
            version = null;
        }
        var kind = latest is null ? CatalogChangeKind.New : version is null ? CatalogChangeKind.Unchanged : CatalogChangeKind.NewVersion;
        return new ProcedureChange(d.Code, d.Name, kind, latest, version, latest is not null && version is not null ? Differences(latest, version) : []);
    }

    /// <summary>The parts of a procedure's definition that differ between two versions, by their names in the file.</summary>
    private static IReadOnlyList<string> Differences(ProcedureVersion before, ProcedureVersion after)
    {
        var parts = new (string Name, Func<ProcedureVersion, object?> Part)[]
        {
            ("name", v => v.Name), ("competentDepartments", v => v.CompetentDepartments), ("documents", v => v.Documents), ("fees", v => v.Fees),
            ("timeLimit", v => v.TimeLimit), ("onlineLevel", v => v.OnlineLevel), ("steps", v => v.Steps), ("nationalCode", v => v.PortalCode),
            ("centralService", v => v.CentralService),
        };
        return [.. parts.Where(p => JsonSerializer.Serialize(p.Part(before), DomainJson.Options) != JsonSerializer.Serialize(p.Part(after), DomainJson.Options)).Select(p => p.Name)];
    }

    /// <summary>The new version a definition calls for, or null when it matches the latest stored one.</summary>
    private static ProcedureVersion? ToVersion(ProcedureDefinition d, ProcedureVersion? latest)
    {
        var candidate = new ProcedureVersion(d.Code, (latest?.Version ?? 0) + 1, d.EffectiveFrom, d.Name, d.CompetentDepartments, d.Documents, d.Fees, d.TimeLimit, d.OnlineLevel, d.Steps)
        {
            NationalCode = string.IsNullOrWhiteSpace(d.NationalCode) ? null : d.NationalCode.Trim(),
            CentralService = d.CentralService,
        };
        if (latest is null)
        {
            return candidate;
        }
        if (Json(candidate with { Version = latest.Version, EffectiveFrom = latest.EffectiveFrom }) == Json(latest))
        {
            return null;
        }
        return candidate with { EffectiveFrom = d.EffectiveFrom > latest.EffectiveFrom ? d.EffectiveFrom : latest.EffectiveFrom.AddDays(1) };
    }

    private static string Json(ProcedureVersion version) => JsonSerializer.Serialize(version, DomainJson.Options);
}
