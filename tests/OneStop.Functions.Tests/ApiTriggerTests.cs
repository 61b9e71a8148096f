using System.Text.Json;
using OneStop.Api.Routes;
using OneStop.Testing;

namespace OneStop.Functions.Tests;

/// <summary>The Functions app exposes exactly the route table, as the server does, behind the same gate.</summary>
public class ApiTriggerTests
{
    private static readonly string RoutePrefix = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")))
        .RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;

    public static TheoryData<string> Routes() => [.. ApiRoutes.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Routes))]
    public void Every_route_has_one_trigger_with_its_method_and_path(string name)
    {
        var route = ApiRoutes.All.Single(r => r.Name == name);
        var trigger = Assert.Single(FunctionsSource.HttpTriggers(), t => t.Function == name);
        Assert.Equal($"\"{route.Method.ToLowerInvariant()}\", ", trigger.Methods);
        Assert.Equal(route.Pattern, $"/{RoutePrefix}/{trigger.Route}");
    }

    [Fact]
    public void Nothing_else_is_exposed_over_HTTP()
    {
        Assert.Equal(ApiRoutes.All.Count, FunctionsSource.AnyHttpTrigger().Matches(FunctionsSource.All).Count);
        Assert.Equal(ApiRoutes.All.Count, FunctionsSource.HttpTriggers().Count);
    }

    [Fact]
    public void Every_trigger_leaves_authorization_to_the_route_tables_gate()
    {
        Assert.All(FunctionsSource.HttpTriggers(), t => Assert.Equal("Anonymous", t.Level));
        Assert.Contains("builder.UseMiddleware<ApiGate>();", FunctionsSource.Files["Program.cs"], StringComparison.Ordinal);
        var gate = FunctionsSource.Files[Path.Combine("Http", "ApiGate.cs")];
        Assert.Contains("ApiRoutes.All.ToDictionary(r => r.Name)", gate, StringComparison.Ordinal);
        Assert.Contains("ApiAccess.Refusal(route, http.User)", gate, StringComparison.Ordinal);
        Assert.Contains("tokens.ValidateAsync(", gate, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_trigger_answers_through_the_shared_handlers_and_problem_mapping()
    {
        var api = FunctionsSource.Files[Path.Combine("Http", "ApiFunctions.cs")] + FunctionsSource.Files[Path.Combine("Http", "ApiFunctions.Changes.cs")]
            + FunctionsSource.Files[Path.Combine("Http", "PortalFunctions.cs")];
        foreach (var route in ApiRoutes.All)
        {
            // Each trigger calls the shared handler of its route's name (a handler class per capability, PortalApi as api).
            Assert.Matches($@"\b(procedures|filing|dossiers|actions|work|desk|reports|scorecard|administration|workflows|api)\.{route.Name}(Async)?\(", api);
        }
        Assert.Contains("ApiCall.GuardAsync(", api, StringComparison.Ordinal);
    }

    [Fact]
    public void The_functions_project_is_built_by_the_solution_and_by_the_test_command()
    {
        Assert.Contains("src\\OneStop.Functions\\OneStop.Functions.csproj", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "OneStop.Functions.sln")), StringComparison.Ordinal);
        Assert.Contains("src/OneStop.Functions/OneStop.Functions.csproj", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "OneStop.Local.slnf")), StringComparison.Ordinal);
    }
}
