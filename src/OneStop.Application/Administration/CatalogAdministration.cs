using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Administration;

/// <summary>
/// What the province's administrators change: the procedure catalog (a file previewed, then applied) and the date
/// from which each department receives through the center. Every change takes effect without a restart (the catalog is
/// read again) and is recorded with who made it and when.
/// </summary>
public sealed class CatalogAdministration(CatalogImporter importer, IProcedureCatalogStore store, CatalogCache catalog, IAdministrationLog log, TimeProvider time)
{
    public const string ImportAction = "catalog.import";
    public const string DepartmentAction = "department.update";

    public Task<CatalogPlan> PreviewAsync(CatalogFile file, CancellationToken cancellationToken = default) => importer.PlanAsync(file, cancellationToken);

    /// <summary>Applies a file, and answers the plan it applied; refused whole (nothing written, nothing recorded) when it has problems.</summary>
    public async Task<(CatalogPlan Plan, ImportReport Report)> ImportAsync(CatalogFile file, Actor administrator, CancellationToken cancellationToken = default)
    {
        var plan = await importer.PlanAsync(file, cancellationToken);
        var report = await importer.ApplyAsync(plan, cancellationToken);
        if (report.Problems.Count > 0)
        {
            return (plan, report);
        }
        await catalog.ReloadAsync(cancellationToken);
        await log.AppendAsync(AdminChange.Of(administrator, ImportAction,
            $"Nhập danh mục thủ tục: {report.VersionsAdded} phiên bản mới, {report.Unchanged} thủ tục không đổi, {report.Departments} đơn vị thay đổi.", time.GetUtcNow()), cancellationToken);
        return (plan, report);
    }

    /// <summary>Sets the date from which a department receives through the center.</summary>
    /// <exception cref="InputRejectedException">No such department.</exception>
    public async Task<Department> SetOnboardingAsync(string code, DateOnly onboardedFrom, Actor administrator, CancellationToken cancellationToken = default)
    {
        var before = (DepartmentCode.TryParse(code, out var department) ? catalog.Current.Department(department) : null)
            ?? throw new InputRejectedException([new("department", $"Không có đơn vị mã «{code}» trong danh mục.")]);
        var after = before with { OnboardedFrom = onboardedFrom };
        if (after == before)
        {
            return before;
        }
        await store.SaveDepartmentAsync(after, cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
        await log.AppendAsync(AdminChange.Of(administrator, DepartmentAction,
            $"{before.Name}: tiếp nhận qua Trung tâm từ {onboardedFrom:dd'/'MM'/'yyyy} (trước đây từ {before.OnboardedFrom:dd'/'MM'/'yyyy}).", time.GetUtcNow()), cancellationToken);
        return after;
    }

    public Task<IReadOnlyList<ProcedureVersion>> VersionsAsync(ProcedureCode code, CancellationToken cancellationToken = default) => store.VersionsAsync(code, cancellationToken);

    public Task<IReadOnlyList<AdminChange>> ChangesAsync(int limit, CancellationToken cancellationToken = default) => log.ReadAsync(limit, cancellationToken);
}
