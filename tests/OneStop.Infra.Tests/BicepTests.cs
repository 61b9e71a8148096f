using System.Text.Json.Nodes;
using OneStop.Azure.Cosmos;

namespace OneStop.Infra.Tests;

public class BicepTests
{
    public static TheoryData<string> BicepFiles() => [.. Bicep.Files("*.bicep").Select(f => Path.GetRelativePath(Bicep.InfraFolder, f))];

    public static TheoryData<string> ParameterFiles() => [.. Bicep.Files("*.bicepparam").Select(f => Path.GetRelativePath(Bicep.InfraFolder, f))];

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Every_bicep_file_builds_and_lints_without_a_warning(string file)
    {
        var path = Path.Combine(Bicep.InfraFolder, file);
        var build = Bicep.Run("build", path, "--stdout");
        var lint = Bicep.Run("lint", path);

        Assert.True(build.ExitCode == 0 && build.Diagnostics.Trim().Length == 0, $"bicep build {file}:\n{build.Diagnostics}");
        Assert.True(lint.ExitCode == 0 && lint.Diagnostics.Trim().Length == 0 && lint.Output.Trim().Length == 0, $"bicep lint {file}:\n{lint.Output}{lint.Diagnostics}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Every_environments_parameters_build(string file)
    {
        var result = Bicep.Run("build-params", Path.Combine(Bicep.InfraFolder, file), "--stdout");
        Assert.True(result.ExitCode == 0 && result.Diagnostics.Trim().Length == 0, result.Diagnostics);
    }

    [Fact]
    public void The_cosmos_containers_in_infra_are_those_the_store_uses()
    {
        var template = Bicep.Compile(Path.Combine(Bicep.InfraFolder, "modules", "cosmos.bicep"));
        var declared = template["variables"]!["containers"]!.AsArray().ToDictionary(
            c => c!["name"]!.GetValue<string>(),
            c => (PartitionKey: c!["partitionKey"]!.GetValue<string>(), Paths: IncludedPaths(template, c!)));

        var expected = CosmosSchema.Containers();
        Assert.Equal(expected.Select(c => c.Id).Order(), declared.Keys.Order());
        foreach (var container in expected)
        {
            Assert.Equal(container.PartitionKeyPath, declared[container.Id].PartitionKey);
            Assert.Equal(container.IndexingPolicy.IncludedPaths.Select(p => p.Path).Order(), declared[container.Id].Paths.Order());
        }
    }

    [Fact]
    public void No_service_accepts_keys_and_no_key_is_read()
    {
        var compiled = string.Join('\n', Bicep.Files("*.bicep").Select(f => Bicep.Compile(f).ToJsonString()));

        Assert.DoesNotContain("listKeys", compiled);
        Assert.DoesNotContain("AccountKey", compiled);
        Assert.Contains("\"allowSharedKeyAccess\":false", compiled);
        Assert.Contains("\"disableLocalAuth\":true", compiled.Replace(" ", ""));
    }

    /// <summary>A container's included paths: a variable reference in the template, resolved.</summary>
    private static IEnumerable<string> IncludedPaths(JsonNode template, JsonNode container)
    {
        var paths = container["includedPaths"]!;
        if (paths is JsonValue reference)
        {
            var name = reference.GetValue<string>().Replace("[variables('", "").Replace("')]", "");
            paths = template["variables"]![name]!;
        }
        return paths.AsArray().Select(p => p!.GetValue<string>());
    }
}
