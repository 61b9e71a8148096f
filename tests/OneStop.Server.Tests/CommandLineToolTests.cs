using System.Net.Http.Json;
using OneStop.Api.Handlers;
using OneStop.Application.Access;
using OneStop.Application.Serialization;
using OneStop.Cli;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>The officers' command-line tool moves a dossier through the server like a department's system.</summary>
[Collection(ServerCollection.Name)]
public class CommandLineToolTests(ServerFixture server)
{
    [Fact]
    public async Task A_decision_posted_with_the_tool_moves_the_dossier_once_even_if_posted_twice()
    {
        var (_, submitted) = await SubmitAsync(server, Content(Form(procedure: "SAMPLE.TP.01"), ("to-khai", "to-khai.pdf", "application/pdf", Pdf())));
        var receive = server.Request(HttpMethod.Post, $"/api/dossiers/{submitted!.Code}/reception", Role.ReceptionOfficer);
        receive.Content = JsonContent.Create(new { decision = "receive" });
        await server.Http.SendAsync(receive);
        var poster = new DecisionPoster(server.Queues, TimeProvider.System);
        var input = new DecisionInput(submitted.Code, "STP", 1, DecisionKind.Approve, "stp-01", "Chuyên viên Sở Tư pháp", Result: "LLTP-2026-001");

        await poster.PostAsync(input);
        await poster.PostAsync(input);

        var timeline = await WaitForResultAsync(submitted.Code);

        Assert.Single(timeline, e => e.Event == "stepDecided");
        Assert.Single(timeline, e => e.Event == "resultIssued");
    }

    [Fact]
    public async Task Steps_are_counted_from_one_on_the_command_line()
    {
        var poster = new DecisionPoster(server.Queues, TimeProvider.System);
        await Assert.ThrowsAsync<ArgumentException>(() => poster.PostAsync(new DecisionInput("000.00.12.H56-261123-0001", "STP", 0, DecisionKind.Approve, "o")));
    }

    private async Task<List<TimelineEntry>> WaitForResultAsync(string code)
    {
        await ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is { Status: 9 } done ? done : null);
        // Let the second copy of the decision be read too before judging.
        await Task.Delay(500);
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/timeline", Role.ReceptionOfficer));
        return (await response.Content.ReadFromJsonAsync<List<TimelineEntry>>(DomainJson.Options))!;
    }
}
