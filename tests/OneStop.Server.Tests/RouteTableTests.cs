using OneStop.Application.Access;

namespace OneStop.Server.Tests;

[Collection(ServerCollection.Name)]
public class RouteTableTests(ServerFixture server)
{
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
        Assert.Equal("Healthy", await server.Http.GetStringAsync("/health/ready"));
    }
}
