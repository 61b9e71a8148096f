using System.Text.Json.Nodes;
using OneStop.Application.Catalog;
using OneStop.Application.Tests.InMemory;
using OneStop.Testing;

namespace OneStop.Application.Tests;

/// <summary>The catalog file maps each procedure to its national code (MaTTHC): imported, changed as a new version, checked.</summary>
public class NationalCodeImportTests
{
    private static async Task<CatalogFile> SampleWithNationalCodeAsync(string? nationalCode)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "samples", "catalog.sample.json")))!;
        var permit = json["procedures"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "SAMPLE.XD.01")!;
        permit["nationalCode"] = nationalCode;
        return CatalogImporter.Parse(json.ToJsonString());
    }

    [Fact]
    public async Task A_national_code_is_imported_and_its_change_is_a_new_version_that_names_it()
    {
        var importer = new CatalogImporter(new InMemoryCatalogStore());
        await importer.ImportAsync(await SampleWithNationalCodeAsync("1.009994"));

        var plan = await importer.PlanAsync(await SampleWithNationalCodeAsync("1.000123"));

        var change = plan.Procedures.Single(p => p.Code.Value == "SAMPLE.XD.01");
        Assert.Equal("1.009994", change.Latest!.NationalCode);
        Assert.Equal("1.000123", change.Added!.NationalCode);
        Assert.Equal(["nationalCode"], change.Changed);
    }

    [Fact]
    public async Task A_file_with_a_malformed_national_code_is_refused_whole()
    {
        var importer = new CatalogImporter(new InMemoryCatalogStore());

        var report = await importer.ImportAsync(await SampleWithNationalCodeAsync("TTHC-1"));

        Assert.Contains(report.Problems, p => p.Contains("national code 'TTHC-1'"));
        Assert.Equal(0, report.VersionsAdded);
    }
}
