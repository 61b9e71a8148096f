using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace OneStop.Infra.Tests;

/// <summary>Runs the Bicep CLI restored from its NuGet package on the repository's infra/ folder.</summary>
internal static class Bicep
{
    public static readonly string InfraFolder = Path.Combine(Testing.RepositoryRoot.Path, "infra");

    private static readonly string Executable = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;

    public static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(InfraFolder, pattern, SearchOption.AllDirectories).Order();

    /// <summary>Runs the CLI; returns its exit code and everything it printed on standard error (its diagnostics).</summary>
    public static (int ExitCode, string Output, string Diagnostics) Run(params string[] arguments)
    {
        if (!OperatingSystem.IsWindows())
        {
            // NuGet does not keep the executable bit of package files.
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        }
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, diagnostics.Result);
    }

    /// <summary>The ARM template a Bicep file compiles to.</summary>
    public static JsonNode Compile(string file)
    {
        var (exitCode, output, diagnostics) = Run("build", file, "--stdout");
        Assert.True(exitCode == 0, diagnostics);
        return JsonNode.Parse(output)!;
    }
}
