using System.Text.RegularExpressions;
using OneStop.Testing;

namespace OneStop.Functions.Tests;

/// <summary>The Functions project's source files, read as text.</summary>
internal static partial class FunctionsSource
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "src", "OneStop.Functions");

    /// <summary>Every C# file of the project, by path relative to its folder.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = Directory
        .EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToDictionary(f => Path.GetRelativePath(Folder, f), File.ReadAllText);

    public static string All { get; } = string.Join("\n", Files.Values);

    /// <summary>An HTTP trigger as declared: function name, authorization level, methods, route.</summary>
    public sealed record HttpTrigger(string Function, string Level, string Methods, string Route);

    public static IReadOnlyList<HttpTrigger> HttpTriggers() =>
        [.. HttpTriggerPattern().Matches(All).Select(m => new HttpTrigger(m.Groups["name"].Value, m.Groups["level"].Value, m.Groups["methods"].Value, m.Groups["route"].Value))];

    /// <summary>[Function(nameof(ApiRoutes.X))] … [HttpTrigger(AuthorizationLevel.L, "m", Route = "r")]</summary>
    [GeneratedRegex("""\[Function\(nameof\(ApiRoutes\.(?<name>\w+)\)\)\]\s*public[^\[]*\(\s*\[HttpTrigger\(AuthorizationLevel\.(?<level>\w+),\s*(?<methods>(?:"\w+",\s*)+)Route = "(?<route>[^"]*)"\)\]""")]
    private static partial Regex HttpTriggerPattern();

    [GeneratedRegex(@"\[HttpTrigger\(")]
    public static partial Regex AnyHttpTrigger();
}
