using System.Diagnostics;

namespace OneStop.Server.Tests;

/// <summary>The smoke test the deployment runs against Azure passes against the same API served here, and fails when it should.</summary>
[Collection(ServerCollection.Name)]
public class SmokeTestScriptTests(ServerFixture server)
{
    private static async Task<(int ExitCode, string Output)> RunAsync(string baseUrl)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Testing.RepositoryRoot.Path, "tools", "smoke-test.sh"), baseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["SMOKE_ATTEMPTS"] = "1" },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task The_deployment_smoke_test_passes_against_the_api()
    {
        var (exitCode, output) = await RunAsync(server.Http.BaseAddress!.ToString().TrimEnd('/'));
        Assert.True(exitCode == 0, output);
        Assert.Contains("ok: GET /api/center/deadlines -> 401", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smoke_test_fails_where_no_api_answers_as_expected()
    {
        var (exitCode, _) = await RunAsync(server.Http.BaseAddress!.ToString().TrimEnd('/') + "/nothing-here");
        Assert.NotEqual(0, exitCode);
    }
}
