using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.PortalSimulator;

namespace OneStop.Server.Tests;

/// <summary>
/// The connection to the national portal against its simulator: dossiers filed there reach the reception inbox
/// once, whatever the portal repeats or reorders; every status and hand-over goes back, in order, through time-outs,
/// error codes and lost answers; what cannot get through waits in the dead letters until an administrator replays it.
/// </summary>
[Collection(PortalCollection.Name)]
public class PortalConnectionTests(PortalFixture server)
{
    /// <summary>The statuses the portal must have been told, each once and in this order, for a permit's whole life.</summary>
    private static readonly string[] LifeStatuses = ["1", "2", "4", "9", "10"];

    [Fact]
    public async Task A_dossier_filed_on_the_portal_arrives_in_the_inbox_and_the_portal_follows_its_whole_life_in_order()
    {
        var portalCode = await server.FileOnPortalAsync();
        var code = await server.DeliveredAsync(portalCode);

        var arrived = await server.GetDossierAsync(code);
        Assert.Equal((1, "Đỗ Thị Hạnh"), (arrived.Status, arrived.ApplicantName));
        Assert.Equal(["don", "ban-ve", "dat"], arrived.Documents.Select(d => d.DocumentCode));
        var inbox = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/dossiers?status=1&pageSize=200", Role.ReceptionOfficer, "officer-1"));
        Assert.Contains(code, await inbox.Content.ReadAsStringAsync());
        // The applicant knows it by the portal's code: the desk finds it by that code, and shows it.
        var byPortalCode = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers?q={portalCode}", Role.ReceptionOfficer, "officer-1"));
        Assert.Contains(code, await byPortalCode.Content.ReadAsStringAsync());
        var detail = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/detail", Role.ReceptionOfficer, "officer-1"));
        Assert.Equal(portalCode, (await detail.Content.ReadFromJsonAsync<DossierDetail>(DomainJson.Options))!.PortalCode);

        Assert.Equal(HttpStatusCode.OK, (await server.PostJsonAsync($"/api/dossiers/{code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).StatusCode);
        await Submissions.ApproveAndReturnAsync(server, code);

        await UntilAsync(portalCode, LifeStatuses);
        var expected = await ExpectedProgressAsync(code);
        var known = await UntilProgressAsync(portalCode, expected.Length);
        Assert.Equal("10", known["latest"]!["TrangThaiHoSo"]!.GetValue<string>());
        Assert.Matches(@"^\d{14}$", known["latest"]!["NgayTra"]!.GetValue<string>());
        Assert.Equal(Submissions.BuildingPermit, known["latest"]!["MaTTHC"]!.GetValue<string>());
        Assert.Equal(expected, Progress(known));
    }

    [Fact]
    public async Task Through_time_outs_error_codes_and_lost_answers_the_portal_gets_every_status_once_and_in_order()
    {
        var code = await Submissions.ReceivedPermitAsync(server);
        // Three failures in a row at most: a fourth would stop the dossier in the dead letters (MaxAttempts 4 here).
        await server.FaultsAsync(new FaultRequest(TimeOuts: 1, ErrorCodes: 1, LostAnswers: 1));

        await Submissions.ApproveAndReturnAsync(server, code);

        await UntilAsync(code, LifeStatuses);
        var expected = await ExpectedProgressAsync(code);
        var known = await UntilProgressAsync(code, expected.Length);
        Assert.Equal(expected, Progress(known));
        var calls = (await server.CallsAsync()).OfType<JsonObject>().Where(c => c["key"]?.GetValue<string>()?.StartsWith(code + ":", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(calls, c => c["duplicate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Dossiers_the_portal_delivers_twice_and_out_of_order_are_filed_once_each()
    {
        int before = await server.CountDossiersAsync();
        await server.FaultsAsync(new FaultRequest(Duplicates: 2, Reorder: true, Hold: true));
        var first = await server.FileOnPortalAsync(name: "Vũ Văn Nam", citizenId: "019090004321");
        var second = await server.FileOnPortalAsync(name: "Lý Thị Mai", citizenId: "019195006789");
        await server.FaultsAsync(new FaultRequest(Hold: false));

        var codes = new[] { await server.DeliveredAsync(first), await server.DeliveredAsync(second) };
        await Task.Delay(1_000); // the duplicates are pushed right after

        Assert.Equal(2, codes.Distinct().Count());
        Assert.Equal(before + 2, await server.CountDossiersAsync());
        Assert.Equal("Vũ Văn Nam", (await server.GetDossierAsync(codes[0])).ApplicantName);
        await server.Simulator.DeleteAsync("/_sim/faults");
    }

    [Fact]
    public async Task A_dossier_for_a_procedure_the_center_lacks_is_refused_and_shown_to_the_administrator()
    {
        var portalCode = await server.FileOnPortalAsync(procedure: "1.999999");

        var refusal = await ServerFixture.EventuallyAsync(async () => (await ConnectionAsync()).Refusals.FirstOrDefault(r => r.PortalCode == portalCode));

        Assert.Contains("1.999999", Assert.Single(refusal.Problems));
        Assert.Equal("1.999999", refusal.ProcedureCode);
        var again = await server.Http.SendAsync(server.Request(HttpMethod.Post, $"/api/admin/portal/refusals/{portalCode}/receive", Role.Administrator, "quan-tri-1"));
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<PortalReceipt>(DomainJson.Options))!.ErrorCode);
    }

    [Fact]
    public async Task Reports_that_keep_failing_wait_in_the_dead_letters_until_an_administrator_replays_them()
    {
        await server.FaultsAsync(new FaultRequest(ErrorCodes: 4));
        var code = await Submissions.ReceivedPermitAsync(server);

        var dead = await ServerFixture.EventuallyAsync(async () => (await ConnectionAsync()).DeadLetters.FirstOrDefault(d => d.DossierCode == code));
        Assert.Contains("error_code 99", dead.LastError);
        Assert.Null(await server.OnPortalAsync(code));

        var replay = await server.Http.SendAsync(server.Request(HttpMethod.Post, $"/api/admin/portal/dead-letters/{code}/replay", Role.Administrator, "quan-tri-1"));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        await UntilAsync(code, ["1", "2", "4"]);
        Assert.DoesNotContain((await ConnectionAsync()).DeadLetters, d => d.DossierCode == code);
        var changes = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/admin/changes", Role.Administrator, "quan-tri-1"));
        Assert.Contains(code, await changes.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_push_without_the_agreed_key_is_refused_and_files_nothing()
    {
        int before = await server.CountDossiersAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/portal/dossiers") { Content = JsonContent.Create(new { service = "DongBoHoSoMC", data = Array.Empty<object>() }) };
        request.Headers.Add(PortalApi.KeyHeader, "wrong-key");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("urn:onestop:problem:portal_key_invalid", (await ServerFixture.ProblemAsync(response)).GetProperty("type").GetString());
        Assert.Equal(before, await server.CountDossiersAsync());
    }

    /// <summary>Waits (up to 30 s: faults cost retries) until the portal was synced with exactly these statuses.</summary>
    private async Task<JsonObject> UntilAsync(string portalCode, string[] statuses)
    {
        JsonObject? known = null;
        for (int attempt = 0; attempt < 300; attempt++)
        {
            known = await server.OnPortalAsync(portalCode);
            if (known is not null && Synced(known).Length >= statuses.Length)
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.NotNull(known);
        Assert.Equal(statuses, Synced(known));
        return known;
    }

    /// <summary>
    /// The portal's record once it holds as many progress steps as expected: a status's step is reported after the
    /// status itself, so the last status synced does not yet mean its step arrived.
    /// </summary>
    private async Task<JsonObject> UntilProgressAsync(string portalCode, int steps)
    {
        JsonObject? known = null;
        for (int attempt = 0; attempt < 300; attempt++)
        {
            known = await server.OnPortalAsync(portalCode);
            if (known is not null && Progress(known).Length >= steps)
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.NotNull(known);
        return known;
    }

    private static string[] Synced(JsonObject known) => [.. known["syncedStatuses"]!.AsArray().Select(s => s!.GetValue<string>())];

    private static string[] Progress(JsonObject known) => [.. known["progress"]!.AsArray().Select(p => p!["trangThai"]!.GetValue<string>())];

    /// <summary>The statuses of the events the portal follows, read from the dossier's own timeline: status changes and hand-overs.</summary>
    private async Task<string[]> ExpectedProgressAsync(string code)
    {
        var timeline = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/timeline", Role.ReceptionOfficer, "officer-1"));
        var events = (await timeline.Content.ReadFromJsonAsync<List<TimelineEntry>>(DomainJson.Options))!;
        var followed = new HashSet<string> { "dossierFiled", "dossierReceived", "stepAssigned", "stepDecided", "resultIssued", "resultReturned" };
        return [.. events.Where(e => followed.Contains(e.Event)).Select(e => e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    private async Task<PortalConnectionView> ConnectionAsync()
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/admin/portal", Role.Administrator, "quan-tri-1"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PortalConnectionView>(DomainJson.Options))!;
    }
}
