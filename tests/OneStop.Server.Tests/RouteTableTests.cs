using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Api.Problems;
using OneStop.Api.Routes;
using OneStop.Testing;

namespace OneStop.Server.Tests;

[Collection(ServerCollection.Name)]
public partial class RouteTableTests(ServerFixture server)
{
    [Fact]
    public async Task Every_request_body_and_success_answer_is_typed_in_the_openapi_document()
    {
        using var json = JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json"));
        foreach (var route in ApiRoutes.All)
        {
            var operation = json.RootElement.GetProperty("paths").GetProperty(route.Pattern).GetProperty(route.Method.ToLowerInvariant());
            var contract = route.Contract;
            var success = operation.GetProperty("responses").GetProperty(contract.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(success.GetProperty("content").GetProperty(contract.ResponseContentType).TryGetProperty("schema", out _), $"{route.Name}: no response schema");
            if (contract.Request is not null || contract.RequestContentType is not null)
            {
                var content = operation.GetProperty("requestBody").GetProperty("content");
                Assert.True(content.GetProperty(contract.RequestContentType ?? "application/json").TryGetProperty("schema", out _), $"{route.Name}: no request schema");
            }
            Assert.True(operation.GetProperty("responses").TryGetProperty("404", out _) || route == ApiRoutes.ListProcedures, $"{route.Name}: problems not listed");
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_every_problem_type_the_code_answers_with()
    {
        var description = JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("info").GetProperty("description").GetString()!;
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var codes = sources.SelectMany(text => ProblemCode().Matches(text).Select(m => m.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"{ApiProblems.TypePrefix}{code}`", description));
    }

    /// <summary>Where a problem's code is written: a refusal, an input error, a direct problem answer.</summary>
    [GeneratedRegex(@"(?:new Refusal\(|new\(|ApiInputException\(|Result\(\d{3}, )""([a-z]+(?:_[a-z]+)+)""")]
    private static partial Regex ProblemCode();

    [Fact]
    public async Task The_openapi_document_lists_exactly_the_route_table()
    {
        var document = await server.Http.GetStringAsync("/openapi/v1.json");
        using var json = System.Text.Json.JsonDocument.Parse(document);
        var served = json.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order();
        var table = ApiRoutes.All.Select(r => $"{r.Method} {r.Pattern}").Order();
        Assert.Equal(table, served);
    }

    [Fact]
    public async Task The_openapi_document_states_the_roles_of_each_endpoint()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json"));
        foreach (var route in ApiRoutes.All)
        {
            var operation = json.RootElement.GetProperty("paths").GetProperty(route.Pattern).GetProperty(route.Method.ToLowerInvariant());
            var expected = route.IsPublic ? "Public." : $"Roles: {string.Join(", ", route.Roles)}.";
            Assert.Equal(expected, operation.GetProperty("description").GetString());
        }
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token()
    {
        Assert.Equal("Healthy", await server.Http.GetStringAsync("/health/live"));
        using var ready = JsonDocument.Parse(await server.Http.GetStringAsync("/health/ready"));
        Assert.Equal("Healthy", ready.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_readiness_detail_names_the_years_without_a_holiday_notice()
    {
        // The tests' clock is in November 2026: the published notices cover 2026, and 2027's is due from 1 October.
        using var ready = JsonDocument.Parse(await server.Http.GetStringAsync("/health/ready"));
        var calendar = ready.RootElement.GetProperty("checks").GetProperty("calendar");
        Assert.Equal("Healthy", calendar.GetProperty("status").GetString());
        Assert.Contains("no government holiday notice loaded for 2027:", calendar.GetProperty("detail").GetString());
    }
}
