namespace OneStop.Domain.Catalog;

/// <summary>
/// The province's departments and procedures. Built through <see cref="Create"/>, which checks that the
/// catalog is coherent, so that everything downstream can rely on it.
/// </summary>
public sealed class ProcedureCatalog
{
    private readonly Dictionary<DepartmentCode, Department> departments;
    private readonly Dictionary<ProcedureCode, Procedure> procedures;

    private ProcedureCatalog(Dictionary<DepartmentCode, Department> departments, Dictionary<ProcedureCode, Procedure> procedures)
    {
        this.departments = departments;
        this.procedures = procedures;
    }

    public IReadOnlyCollection<Department> Departments => departments.Values;

    public IReadOnlyCollection<Procedure> Procedures => procedures.Values;

    /// <summary>A catalog, or the list of what is wrong with the data.</summary>
    public static (ProcedureCatalog? Catalog, IReadOnlyList<string> Problems) Create(IEnumerable<Department> departments, IEnumerable<Procedure> procedures)
    {
        var problems = new List<string>();
        var departmentMap = new Dictionary<DepartmentCode, Department>();
        foreach (var department in departments)
        {
            if (!departmentMap.TryAdd(department.Code, department))
            {
                problems.Add($"Department {department.Code} is listed twice.");
            }
        }
        var procedureMap = new Dictionary<ProcedureCode, Procedure>();
        foreach (var procedure in procedures)
        {
            if (!procedureMap.TryAdd(procedure.Code, procedure))
            {
                problems.Add($"Procedure {procedure.Code} is listed twice.");
                continue;
            }
            problems.AddRange(ProblemsOf(procedure, departmentMap));
        }
        foreach (var shared in procedureMap.Values.Select(p => p.Latest).GroupBy(v => v.PortalCode).Where(g => g.Count() > 1))
        {
            problems.Add($"Procedures {string.Join(", ", shared.Select(v => v.Code))} share the national code {shared.Key}: the portal's dossiers could not be told apart.");
        }
        return problems.Count == 0 ? (new ProcedureCatalog(departmentMap, procedureMap), problems) : (null, problems);
    }

    public Department? Department(DepartmentCode code) => departments.GetValueOrDefault(code);

    public Procedure? Procedure(ProcedureCode code) => procedures.GetValueOrDefault(code);

    /// <summary>The version of a procedure in force on a date, or null when there is none.</summary>
    public ProcedureVersion? VersionOn(ProcedureCode code, DateOnly date) => Procedure(code)?.VersionOn(date);

    /// <summary>
    /// The version in force on a date of the procedure the national portal knows by this code (MaTTHC): the one whose
    /// national code it is, or whose own code it is when it has no national code of its own.
    /// </summary>
    public ProcedureVersion? VersionByPortalCode(string portalCode, DateOnly date) =>
        procedures.Values.Select(p => p.VersionOn(date)).FirstOrDefault(v => v is not null && v.PortalCode == portalCode);

    private static IEnumerable<string> ProblemsOf(Procedure procedure, Dictionary<DepartmentCode, Department> departments)
    {
        if (procedure.Versions.Count == 0)
        {
            yield return $"Procedure {procedure.Code} has no version.";
        }
        if (procedure.Versions.Select(v => v.Version).Distinct().Count() != procedure.Versions.Count
            || procedure.Versions.Select(v => v.EffectiveFrom).Distinct().Count() != procedure.Versions.Count)
        {
            yield return $"Procedure {procedure.Code}: two versions share a number or an effective date.";
        }
        var ordered = procedure.Versions.OrderBy(v => v.EffectiveFrom).Select(v => v.Version).ToList();
        if (!ordered.SequenceEqual(ordered.Order()))
        {
            yield return $"Procedure {procedure.Code}: version numbers must grow with effective dates.";
        }
        foreach (var version in procedure.Versions)
        {
            if (version.Code != procedure.Code)
            {
                yield return $"Procedure {procedure.Code} holds a version of {version.Code}.";
            }
            foreach (var problem in version.Problems())
            {
                yield return problem;
            }
            foreach (var unknown in version.ProcessDepartments.Concat(version.CompetentDepartments).Distinct().Where(d => !departments.ContainsKey(d)))
            {
                yield return $"{procedure.Code} v{version.Version}: department {unknown} is not in the catalog.";
            }
            if (version.CentralService is not null && version.CompetentDepartments.Count > 0
                && departments.TryGetValue(version.CompetentDepartments[0], out var resolving) && resolving.Agency is null)
            {
                yield return $"{procedure.Code} v{version.Version}: a centrally provided service's codes open with the resolving agency's identifier; department {resolving.Code} has none.";
            }
        }
    }
}
