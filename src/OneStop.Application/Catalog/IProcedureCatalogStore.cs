using OneStop.Domain.Catalog;

namespace OneStop.Application.Catalog;

/// <summary>The procedure catalog: departments, and procedure versions that are added and never changed.</summary>
public interface IProcedureCatalogStore
{
    Task SaveDepartmentAsync(Department department, CancellationToken cancellationToken = default);

    /// <summary>Adds a version; true when added, false when that exact version is already stored.</summary>
    /// <exception cref="InvalidOperationException">A different version with the same number is stored: versions never change.</exception>
    Task<bool> AddVersionAsync(ProcedureVersion version, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProcedureVersion>> VersionsAsync(ProcedureCode code, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<Department> Departments, IReadOnlyList<Procedure> Procedures)> LoadAsync(CancellationToken cancellationToken = default);
}
