using System.Net;
using System.Text.Json;
using OneStop.Api.Routes;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>The leaders' count of intake per counter and per intake point per day.</summary>
[Collection(ServerCollection.Name)]
public class IntakeReportTests(ServerFixture server)
{
    [Fact]
    public async Task A_received_dossier_is_counted_for_the_counter_that_received_it_on_its_day()
    {
        var (_, submitted) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var counter = $"quay-{Guid.NewGuid():N}";
        var received = await server.PostJsonAsync($"/api/dossiers/{submitted!.Code}/reception", new { decision = "receive" }, Role.ReceptionOfficer, counter);
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var day = (await server.GetDossierAsync(submitted.Code)).ReceivedAt!.Value.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");

        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/reports/intake?from={day}&to={day}", Role.Leader));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Single(r => r.GetProperty("officerId").GetString() == counter);
        Assert.Equal((day, 1, 1), (row.GetProperty("day").GetString(), row.GetProperty("received").GetInt32(), row.GetProperty("online").GetInt32()));
        Assert.False(string.IsNullOrEmpty(row.GetProperty("intakePointName").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/reports/intake?from={day}&to={day}", Role.ReceptionOfficer))).StatusCode);
    }
}
