using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Functions.Workflow;
using OneStop.Testing;

namespace OneStop.Functions.Tests;

/// <summary>
/// The functions.metadata the Worker SDK generated from the built app: what the Functions host will index. Here it
/// is built without the Service Bus extension; GitHub Actions builds it with (EnableServiceBusTriggers=true) and runs
/// these same checks, the decision triggers included.
/// </summary>
public partial class FunctionsMetadataTests
{
    private static readonly bool WithServiceBusTriggers = typeof(FunctionsMetadataTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "EnableServiceBusTriggers").Value == "true";

    private static readonly Dictionary<string, JsonObject> Functions = Read();

    private static Dictionary<string, JsonObject> Read()
    {
        var configuration = typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = Path.Combine(RepositoryRoot.Path, "src", "OneStop.Functions", "bin", configuration, "net10.0", "functions.metadata");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(f => f!.AsObject()).ToDictionary(f => f["name"]!.GetValue<string>());
    }

    private static JsonObject Trigger(string function) =>
        Functions[function]["bindings"]!.AsArray().Select(b => b!.AsObject()).Single(b => b["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal));

    public static TheoryData<string> Routes() => [.. ApiRoutes.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Routes))]
    public void Every_route_is_an_anonymous_http_function_with_its_method_and_path_behind_the_gate(string name)
    {
        var route = ApiRoutes.All.Single(r => r.Name == name);
        var trigger = Trigger(name);
        Assert.Equal("httpTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal("Anonymous", trigger["authLevel"]!.GetValue<string>());
        Assert.Equal([route.Method.ToLowerInvariant()], trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(route.Pattern, "/api/" + trigger["route"]!.GetValue<string>());
    }

    [Fact]
    public void Nothing_else_is_exposed_over_HTTP()
    {
        var http = Functions.Keys.Where(f => Trigger(f)["type"]!.GetValue<string>() == "httpTrigger").Order();
        Assert.Equal(ApiRoutes.All.Select(r => r.Name).Order(), http);
    }

    [Fact]
    public void The_orchestrator_its_activity_and_the_three_timers_are_indexed()
    {
        Assert.Equal("orchestrationTrigger", Trigger(DossierOrchestrator.Name)["type"]!.GetValue<string>());
        Assert.Equal("activityTrigger", Trigger(AdvanceDossierActivity.Name)["type"]!.GetValue<string>());
        Assert.Equal("0 */5 * * * *", Trigger("ReminderTimer")["schedule"]!.GetValue<string>());
        Assert.Equal("0 */2 * * * *", Trigger("OutboxSweep")["schedule"]!.GetValue<string>());
        Assert.Equal("0 * * * * *", Trigger("PortalTimer")["schedule"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("main.dev.bicepparam")]
    [InlineData("main.prod.bicepparam")]
    public void Each_department_of_the_parameters_has_a_session_decision_trigger_when_built_with_service_bus(string parameterFile)
    {
        var serviceBus = Functions.Keys.Where(f => Trigger(f)["type"]!.GetValue<string>() == "serviceBusTrigger").ToList();
        if (!WithServiceBusTriggers)
        {
            Assert.Empty(serviceBus);
            return;
        }
        var line = File.ReadLines(Path.Combine(RepositoryRoot.Path, "infra", parameterFile)).Single(l => l.StartsWith("param departments", StringComparison.Ordinal));
        var expected = Quoted().Matches(line).Select(m => QueueNames.Decisions(new DepartmentCode(m.Groups[1].Value.ToUpperInvariant()))).Order();
        Assert.Equal(expected, serviceBus.Select(f => Trigger(f)["queueName"]!.GetValue<string>()).Order());
        Assert.All(serviceBus, f =>
        {
            Assert.True(Trigger(f)["isSessionsEnabled"]!.GetValue<bool>());
            Assert.False(Trigger(f)["autoCompleteMessages"]!.GetValue<bool>());
            Assert.Equal("ServiceBusConnection", Trigger(f)["connection"]!.GetValue<string>());
        });
    }

    [GeneratedRegex("'([a-z0-9]+)'")]
    private static partial Regex Quoted();
}
