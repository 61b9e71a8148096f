using System.Text.Json;
using OneStop.Application.Ports;
using OneStop.Application.Serialization;
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
    IReadOnlyList<ProcessStep> Steps);

/// <summary>
/// A catalog file (JSON, see docs/catalog-format.md): the departments, and the procedures as they are now.
/// <c>Sample</c> marks data made up for demonstrations.
/// </summary>
public sealed record CatalogFile(bool Sample, IReadOnlyList<Department> Departments, IReadOnlyList<ProcedureDefinition> Procedures);

public sealed record ImportReport(int Departments, int VersionsAdded, int Unchanged, IReadOnlyList<string> Problems);

/// <summary>
/// Imports a catalog file. Importing the same file again changes nothing; a procedure whose definition changed
/// gets a new version (the next number, effective from the file's date or the day after the last version).
/// A file whose result would not be a coherent catalog is refused whole, before anything is written.
/// </summary>
public sealed class CatalogImporter(IProcedureCatalogStore store)
{
    public static CatalogFile Parse(string json) =>
        JsonSerializer.Deserialize<CatalogFile>(json, DomainJson.Options) ?? throw new JsonException("The catalog file is empty.");

    public async Task<ImportReport> ImportAsync(CatalogFile file, CancellationToken cancellationToken = default)
    {
        var (_, storedProcedures) = await store.LoadAsync(cancellationToken);
        var latest = storedProcedures.ToDictionary(p => p.Code, p => p.Latest);
        var planned = new List<ProcedureVersion>();
        int unchanged = 0;
        foreach (var definition in file.Procedures)
        {
            var version = ToVersion(definition, latest.GetValueOrDefault(definition.Code));
            if (version is null)
            {
                unchanged++;
            }
            else
            {
                planned.Add(version);
            }
        }
        var resulting = storedProcedures.Where(p => planned.All(v => v.Code != p.Code))
            .Concat(planned.Select(v => new Procedure(v.Code, [.. storedProcedures.FirstOrDefault(p => p.Code == v.Code)?.Versions ?? [], v])));
        var (_, problems) = ProcedureCatalog.Create(file.Departments, resulting);
        if (problems.Count > 0)
        {
            return new ImportReport(0, 0, 0, problems);
        }
        foreach (var department in file.Departments)
        {
            await store.SaveDepartmentAsync(department, cancellationToken);
        }
        foreach (var version in planned)
        {
            await store.AddVersionAsync(version, cancellationToken);
        }
        return new ImportReport(file.Departments.Count, planned.Count, unchanged, []);
    }

    /// <summary>The new version a definition calls for, or null when it matches the latest stored one.</summary>
    private static ProcedureVersion? ToVersion(ProcedureDefinition d, ProcedureVersion? latest)
    {
        var candidate = new ProcedureVersion(d.Code, (latest?.Version ?? 0) + 1, d.EffectiveFrom, d.Name, d.CompetentDepartments, d.Documents, d.Fees, d.TimeLimit, d.OnlineLevel, d.Steps);
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
