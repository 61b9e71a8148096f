using System.Net.Http.Json;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
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

    private OfficerDesk Desk(StringWriter output) =>
        new(server.Queues, async name => [.. (await server.RawQueue(name).PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString())], output);

    [Fact]
    public async Task Assignments_lists_the_departments_open_steps_in_vietnamese_and_drops_one_once_decided()
    {
        var code = await ReceivedPermitAsync(server);
        var token = server.Tokens.Issue(Role.DepartmentOfficer, "snnmt-01", "Chuyên viên", "SNNMT");
        var before = new StringWriter();
        var after = new StringWriter();

        Assert.Equal(0, await Desk(before).AssignmentsAsync(server.Http, token, null));
        var decided = new StringWriter();
        Assert.Equal(0, await Desk(decided).DecideAsync(new DecisionPoster(server.Queues, TimeProvider.System),
            new DecisionInput(code, "SNNMT", 1, DecisionKind.Approve, "snnmt-01", "Chuyên viên", "Đồng ý"), TimeSpan.FromSeconds(20)));
        Assert.Equal(0, await Desk(after).AssignmentsAsync(server.Http, token, null));

        Assert.Contains($"{code}  bước 1: Thẩm định hồ sơ, lấy ý kiến", before.ToString());
        Assert.DoesNotContain("\\u", before.ToString());
        Assert.StartsWith("queued ", decided.ToString(), StringComparison.Ordinal);
        Assert.Contains("applied: the dossier took the decision", decided.ToString());
        Assert.DoesNotContain(code, after.ToString());
    }

    [Fact]
    public async Task A_decision_the_dossier_refuses_is_reported_with_its_reason_when_waited_for()
    {
        var code = await ReceivedPermitAsync(server);
        var output = new StringWriter();

        var exit = await Desk(output).DecideAsync(new DecisionPoster(server.Queues, TimeProvider.System),
            new DecisionInput(code, "SXD", 2, DecisionKind.Approve, "sxd-01", "Chuyên viên"), TimeSpan.FromSeconds(20));

        Assert.Equal(1, exit);
        Assert.Contains("refused: ", output.ToString());
    }

    [Fact]
    public async Task Poisoned_says_when_a_queue_has_nothing_set_aside()
    {
        var output = new StringWriter();
        Assert.Equal(0, await Desk(output).PoisonedAsync("decide-sgddt"));
        Assert.Equal("no messages set aside on decide-sgddt", output.ToString().Trim());
    }

    [Fact]
    public async Task Steps_are_counted_from_one_on_the_command_line()
    {
        var poster = new DecisionPoster(server.Queues, TimeProvider.System);
        await Assert.ThrowsAsync<ArgumentException>(() => poster.PostAsync(new DecisionInput("000.00.12.H56-261123-0001", "STP", 0, DecisionKind.Approve, "o")));
    }

    [Fact]
    public async Task An_administrator_lists_the_workflows_and_restarts_an_open_dossiers_relay_with_the_tool()
    {
        var code = await ReceivedPermitAsync(server);
        var output = new StringWriter();
        var admin = new WorkflowAdmin(server.Http, server.Tokens.Issue(Role.Administrator, "admin-1", "Quản trị viên"), output);

        Assert.Equal(0, await admin.ListAsync());
        Assert.Equal(0, await admin.RestartAsync(code));

        Assert.Equal(
            ["no stalled workflows: every open dossier is relayed", "no parked signals", $"{code}: relay is running; 0 parked signal(s) replayed"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_administrator_rebuilds_the_scorecard_s_counts_with_the_tool()
    {
        await ReceivedPermitAsync(server);
        var output = new StringWriter();
        var admin = new WorkflowAdmin(server.Http, server.Tokens.Issue(Role.Administrator, "admin-1", "Quản trị viên"), output);

        Assert.Equal(0, await admin.RebuildCountsAsync());

        Assert.Matches(@"^scorecard counts rebuilt from [1-9]\d* received dossier\(s\)", output.ToString());
    }

    [Fact]
    public async Task The_tool_says_why_a_restart_was_refused_and_fails()
    {
        var output = new StringWriter();
        var admin = new WorkflowAdmin(server.Http, server.Tokens.Issue(Role.Administrator, "admin-1", "Quản trị viên"), output);

        Assert.Equal(1, await admin.RestartAsync($"{server.Agency}-261123-9999"));

        Assert.StartsWith("refused (404): Không tìm thấy hồ sơ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrators_token_repairs_workflows()
    {
        var output = new StringWriter();
        var admin = new WorkflowAdmin(server.Http, server.Tokens.Issue(Role.Leader, "leader-1", "Lãnh đạo"), output);

        Assert.Equal(1, await admin.ListAsync());
        Assert.StartsWith("refused (403)", output.ToString(), StringComparison.Ordinal);
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
