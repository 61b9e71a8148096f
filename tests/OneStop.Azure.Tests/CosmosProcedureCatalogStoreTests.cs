using OneStop.Azure.Cosmos;
using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Azure.Tests;

public class CosmosProcedureCatalogStoreTests(LocalServices services) : IClassFixture<LocalServices>
{
    private readonly CosmosProcedureCatalogStore store = new(services.Container(CosmosSchema.Catalog));

    [Fact]
    public async Task A_version_is_added_once_and_adding_it_again_changes_nothing()
    {
        var version = Sequential with { Code = new Domain.Catalog.ProcedureCode("3.000100") };
        Assert.True(await store.AddVersionAsync(version));
        Assert.False(await store.AddVersionAsync(version));
        Assert.Single(await store.VersionsAsync(version.Code));
    }

    [Fact]
    public async Task A_stored_version_is_never_changed()
    {
        await store.AddVersionAsync(LienThong);
        var altered = LienThong with { TimeLimit = TimeLimit.WorkingDays(20) };
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddVersionAsync(altered));
        Assert.Equal(TimeLimit.WorkingDays(10), (await store.VersionsAsync(LienThong.Code)).Single().TimeLimit);
    }

    [Fact]
    public async Task The_versions_of_one_procedure_are_only_its_own_in_order()
    {
        var code = new Domain.Catalog.ProcedureCode("3.000123");
        var v1 = Sequential with { Code = code };
        var v2 = v1 with { Version = 2, EffectiveFrom = new DateOnly(2026, 12, 1) };
        await store.AddVersionAsync(v2);
        await store.AddVersionAsync(v1);
        await store.AddVersionAsync(Sequential with { Code = new Domain.Catalog.ProcedureCode("3.000124") });

        var versions = await store.VersionsAsync(code);

        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal(code, v.Code));
    }

    [Fact]
    public async Task The_whole_catalog_loads_back_and_is_coherent()
    {
        foreach (var department in Departments)
        {
            await store.SaveDepartmentAsync(department);
        }
        await store.AddVersionAsync(Sequential);
        await store.AddVersionAsync(LienThong);

        var (departments, procedures) = await store.LoadAsync();
        var (catalog, problems) = Domain.Catalog.ProcedureCatalog.Create(departments, procedures);

        Assert.Empty(problems);
        Assert.Equal("Sở Xây dựng", catalog!.Department(Construction)!.Name);
        Assert.Equal("Cấp giấy phép xây dựng", catalog.Procedure(Sequential.Code)!.Latest.Name);
    }
}
