using OneStop.Application.Catalog;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;

namespace OneStop.Azure.Tests;

/// <summary>Importing a catalog file into the real store: idempotent, new versions only for what changed, all or nothing.</summary>
public class CatalogImportTests(LocalServices services) : IClassFixture<LocalServices>
{
    private static readonly string SampleFile = Path.Combine(Testing.RepositoryRoot.Path, "samples", "catalog.sample.json");

    private CatalogImporter Importer() => new(new CosmosProcedureCatalogStore(services.Container(CosmosSchema.Catalog)));

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var file = CatalogImporter.Parse(await File.ReadAllTextAsync(SampleFile));

        var first = await Importer().ImportAsync(file);
        var second = await Importer().ImportAsync(file);

        Assert.True(file.Sample);
        Assert.Equal((file.Procedures.Count, 0), (first.VersionsAdded, first.Unchanged));
        Assert.Equal((0, file.Procedures.Count), (second.VersionsAdded, second.Unchanged));
    }

    [Fact]
    public async Task The_configured_file_at_start_never_undoes_what_an_administrator_applied()
    {
        var file = CatalogImporter.Parse(await File.ReadAllTextAsync(SampleFile));
        var store = new CosmosProcedureCatalogStore(services.Container(CosmosSchema.Catalog));
        await Importer().ImportAsync(file, CatalogImportMode.Seed);
        var raised = file.Procedures[^1] with { Fees = [new Fee("Lệ phí", 999_000)], EffectiveFrom = new DateOnly(2027, 2, 1) };
        var moved = file.Departments[^1] with { OnboardedFrom = new DateOnly(2019, 6, 1) };
        await Importer().ImportAsync(file with { Departments = [moved], Procedures = [raised] });

        // The next start imports the configured file again: the administrator's version and date stay.
        var restart = await Importer().ImportAsync(file, CatalogImportMode.Seed);

        Assert.Equal(0, restart.VersionsAdded);
        Assert.Equal(999_000, (await store.VersionsAsync(raised.Code))[^1].Fees[0].AmountVnd);
        Assert.Equal(new DateOnly(2019, 6, 1), (await store.LoadAsync()).Departments.Single(d => d.Code == moved.Code).OnboardedFrom);
    }

    [Fact]
    public async Task A_changed_procedure_gets_a_new_version_and_the_others_do_not()
    {
        var file = CatalogImporter.Parse(await File.ReadAllTextAsync(SampleFile));
        await Importer().ImportAsync(file);
        var changed = file.Procedures[0] with { TimeLimit = TimeLimit.WorkingDays(file.Procedures[0].TimeLimit.Amount + 5), EffectiveFrom = new DateOnly(2027, 1, 1) };

        var report = await Importer().ImportAsync(file with { Procedures = [changed, .. file.Procedures.Skip(1)] });
        var versions = await new CosmosProcedureCatalogStore(services.Container(CosmosSchema.Catalog)).VersionsAsync(changed.Code);

        Assert.Equal((1, file.Procedures.Count - 1), (report.VersionsAdded, report.Unchanged));
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(new DateOnly(2027, 1, 1), versions[1].EffectiveFrom);
    }

    [Fact]
    public async Task An_incoherent_file_is_refused_whole_and_writes_nothing()
    {
        var file = CatalogImporter.Parse(await File.ReadAllTextAsync(SampleFile));
        var stray = file.Procedures[0] with { Code = new ProcedureCode("SAMPLE.BAD.01"), Steps = [new ProcessStep("?", [new DepartmentCode("KHONGCO")], TimeLimit.WorkingDays(1))] };

        var report = await Importer().ImportAsync(file with { Procedures = [stray] });

        Assert.Contains(report.Problems, p => p.Contains("KHONGCO"));
        Assert.Empty(await new CosmosProcedureCatalogStore(services.Container(CosmosSchema.Catalog)).VersionsAsync(stray.Code));
    }
}
