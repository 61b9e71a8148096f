using System.Net;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>Requests racing each other through the real server and store: exactly one effect each.</summary>
[Collection(ServerCollection.Name)]
public class ConcurrencyTests(ServerFixture server)
{
    [Fact]
    public async Task Two_submissions_with_the_same_key_at_once_make_one_dossier()
    {
        var key = Guid.NewGuid().ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => SubmitAsync(server, Content(Form(), PermitPapers()), key)));

        var created = results.Where(r => r.Response.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Single(created);
        var other = results.Single(r => r.Response.StatusCode != HttpStatusCode.Created);
        // The other one either saw the finished first (the same result) or found it still in flight (409, retry later).
        Assert.True(other.Response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, other.Response.StatusCode.ToString());
        if (other.Result is not null)
        {
            Assert.Equal(created[0].Result!.Code, other.Result.Code);
        }
    }

    [Fact]
    public async Task Two_officers_receiving_the_same_dossier_at_once_receive_it_once()
    {
        var (_, submitted) = await SubmitAsync(server, Content(Form(), PermitPapers()));

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
            server.PostJsonAsync($"/api/dossiers/{submitted!.Code}/reception", new { decision = "receive" }, Role.ReceptionOfficer, $"officer-{i}")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var timeline = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{submitted!.Code}/timeline", Role.ReceptionOfficer));
        var events = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<List<TimelineEntry>>(timeline.Content, Application.Common.DomainJson.Options);
        Assert.Single(events!, e => e.Event == "dossierReceived");
    }

    [Fact]
    public async Task Five_hundred_parallel_submissions_get_five_hundred_different_codes()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => SubmitAsync(server, Content(Form(procedure: "SAMPLE.TP.01"), ("to-khai", "to-khai.pdf", "application/pdf", Pdf(2000))))));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.Response.StatusCode));
        Assert.Equal(500, results.Select(r => r.Result!.Code).Distinct().Count());
    }
}
