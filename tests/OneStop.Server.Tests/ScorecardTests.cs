using System.Net;
using System.Text.Json;
using OneStop.Api.Routes;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>The Decision 766 scorecard through the server: read from the aggregate records the dossiers keep, with the dossiers behind a figure, rebuilt by an administrator.</summary>
[Collection(ServerCollection.Name)]
public class ScorecardTests(ServerFixture server)
{
    private const string Period = "from=2026-11-01&to=2026-11-30";

    private async Task<JsonElement> GetAsync(string path, Role role = Role.Leader)
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, path, role));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Score(JsonElement line, string indicator) =>
        line.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("indicator").GetString() == indicator);

    [Fact]
    public async Task A_received_dossier_counts_at_once_on_the_province_s_line_and_its_procedure_s_and_is_behind_the_figure()
    {
        var before = Score((await GetAsync($"/api/reports/scorecard?{Period}")).GetProperty("lines")[0], "onTime").GetProperty("denominator").GetInt32();
        var code = await ReceivedPermitAsync(server);

        var card = await GetAsync($"/api/reports/scorecard?{Period}&by=procedure");
        var province = card.GetProperty("lines")[0];
        var behind = await GetAsync($"/api/reports/scorecard/dossiers?{Period}&by=procedure&indicator=onTime&key={BuildingPermit}");

        Assert.Equal("Toàn tỉnh", province.GetProperty("name").GetString());
        Assert.Equal(before + 1, Score(province, "onTime").GetProperty("denominator").GetInt32());
        Assert.Contains(card.GetProperty("lines").EnumerateArray(), l => l.GetProperty("key").GetString() == BuildingPermit);
        Assert.False(Score(province, "onlinePayment").TryGetProperty("value", out _)); // no data: no figure, never 0
        Assert.False(card.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "onlinePayment").GetProperty("hasData").GetBoolean());
        Assert.True(card.GetProperty("recordsRead").GetInt32() > 0);
        Assert.Contains(behind.EnumerateArray(), d => d.GetProperty("code").GetString() == code && d.GetProperty("meets").GetBoolean());
    }

    [Fact]
    public async Task An_administrator_rebuilds_the_counts_and_a_department_officer_is_not_shown_the_scorecard()
    {
        var rebuild = await server.Http.SendAsync(server.Request(HttpMethod.Post, "/api/admin/scorecard/rebuild", Role.Administrator, "quan-tri-1"));
        var officer = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/reports/scorecard?{Period}", Role.DepartmentOfficer, "o", "SXD"));
        var noIndicator = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/reports/scorecard/dossiers?{Period}", Role.Leader));

        Assert.Equal(HttpStatusCode.OK, rebuild.StatusCode);
        Assert.True(JsonDocument.Parse(await rebuild.Content.ReadAsStringAsync()).RootElement.GetProperty("recorded").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noIndicator.StatusCode);
        Assert.Contains("indicator", await noIndicator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
