using System.Text.Json;
using System.Text.Json.Nodes;
using OneStop.Server.Tests;
using OneStop.Testing;

namespace OneStop.Web.Tests;

/// <summary>
/// The web workspace is written against web/openapi.json (its client's types are generated from it at build): the
/// document the server serves must be that one, or the pages would be checked against an API that no longer exists.
/// </summary>
public sealed class OpenApiDocumentTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Set to 1 to write the served document into web/openapi.json instead of comparing (tools/openapi.sh).</summary>
    private const string RefreshVariable = "ONESTOP_REFRESH_OPENAPI";

    private static string Snapshot => Path.Combine(RepositoryRoot.Path, "web", "openapi.json");

    [Fact]
    public async Task The_document_the_server_serves_is_the_one_the_web_workspace_is_written_against()
    {
        var served = JsonNode.Parse(await server.Http.GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // the address the test server happened to listen on
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(Snapshot, text);
            return;
        }
        Assert.True(
            text == await File.ReadAllTextAsync(Snapshot),
            "The API changed: refresh the web workspace's copy with `bash tools/openapi.sh`, then fix what its type check finds.");
    }
}
