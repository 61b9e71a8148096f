using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Cosmos;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Workflow;
using OneStop.Domain.Dossiers;
using OneStop.Functions.Workflow;
using OneStop.Testing.Durable;
using static OneStop.Testing.Durable.Center;

namespace OneStop.Functions.Tests.Durable;

/// <summary>
/// Nothing accepted is lost at the orchestration: a signal no turn can apply is parked with its reason, and an
/// administrator lists stalled dossiers and parked signals and restarts a dossier's relay from its document.
/// </summary>
public sealed class WorkflowRepairTests(DurableFunctionsHost fixture) : IClassFixture<DurableFunctionsHost>
{
    private readonly DurableLocalHost host = fixture.Host;

    private readonly Center center = new(fixture.Host);
    private readonly FunctionsHttp http = new(fixture.Host);

    private ISignalInbox Inbox => host.Services.GetRequiredService<ISignalInbox>();

    private async Task<string> ReceivedPermitAsync()
    {
        var filed = await center.SubmitAsync();
        await center.ReceiveAsync(filed.Code);
        await host.DossierWhenAsync(filed.Code, d => d.ActiveSteps.Count() == 2);
        return filed.Code;
    }

    private async Task<WorkflowReportView> ListAsync()
    {
        var request = FunctionsHttp.Request("GET", "/api/admin/workflows", http.Token(Role.Administrator, "admin-1", "Quản trị viên"));
        var result = await http.CallAsync(ApiRoutes.ListStalledWorkflows, request, (api, r) => api.ListStalledWorkflows(r, host.Durable));
        return Assert.IsAssignableFrom<IValueHttpResult<WorkflowReportView>>(result).Value!;
    }

    private async Task<WorkflowRestart> RestartAsync(string code)
    {
        var request = FunctionsHttp.Request("POST", $"/api/admin/workflows/{code}/restart", http.Token(Role.Administrator, "admin-1", "Quản trị viên"));
        var result = await http.CallAsync(ApiRoutes.RestartWorkflow, request, (api, r) => api.RestartWorkflow(r, code, host.Durable));
        return Assert.IsAssignableFrom<IValueHttpResult<WorkflowRestart>>(result).Value!;
    }

    /// <summary>Replaces the stored document with one whose dossier cannot be read; answers the original to put back.</summary>
    private async Task<string> DamageAsync(string code)
    {
        using var read = await host.DossierDocuments.ReadItemStreamAsync(code, new PartitionKey(code));
        var original = await new StreamReader(read.Content).ReadToEndAsync();
        var damaged = JsonNode.Parse(original)!;
        damaged["dossier"] = "damaged";
        await ReplaceAsync(code, damaged.ToJsonString());
        return original;
    }

    private async Task ReplaceAsync(string code, string json)
    {
        using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        using var response = await host.DossierDocuments.ReplaceItemStreamAsync(body, code, new PartitionKey(code));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_signal_no_turn_can_apply_is_parked_with_its_reason_and_applied_when_replayed_after_the_repair()
    {
        var code = await ReceivedPermitAsync();
        var original = await DamageAsync(code);

        // Vetted just before the damage, it is handed over as the relay hands it over.
        var decision = Server.Tests.Departments.Decision(code, Construction, 0);
        var held = HeldSignal.Of(code, Construction.Value, System.Text.Json.JsonSerializer.Serialize(decision, Application.Common.DomainJson.Options), DateTimeOffset.UtcNow);
        await host.Services.GetRequiredService<DossierOrchestrationClient>().HandOverAsync(host.Durable, held, CancellationToken.None);

        var parked = await DurableLocalHost.EventuallyAsync(async () => (await Inbox.ParkedAsync(code, 10)).SingleOrDefault(), seconds: 40, what: "the parked signal");
        Assert.Equal((held.Id, held.Decision, HeldSignal.MaxAttempts), (parked.Id, parked.Decision, parked.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(parked.LastError));
        Assert.Contains((await ListAsync()).Parked, p => p.Id == parked.Id);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Durable.GetInstanceAsync(code))!.RuntimeStatus);

        await ReplaceAsync(code, original);
        var restart = await RestartAsync(code);

        Assert.Equal(new WorkflowRestart(code, RelayState.Running, false, 1), restart);
        var decided = await host.DossierWhenAsync(code, d => d.Steps.Any(s => s.Department == Construction && s.Decision == DecisionKind.Approve), what: "the replayed decision applied");
        Assert.Contains(decided.History, e => e is StepDecided);
        Assert.Empty(await Inbox.ParkedAsync(code, 10));
        Assert.Empty(await Inbox.WaitingAsync(code));
    }

    [Theory]
    [InlineData("terminated", RelayState.Terminated)]
    [InlineData("purged", RelayState.Missing)]
    public async Task An_open_dossier_whose_orchestration_is_gone_is_listed_and_restarted_from_its_document(string what, RelayState expected)
    {
        var code = await ReceivedPermitAsync();
        await host.Durable.TerminateInstanceAsync(code, "operator test");
        await center.OrchestrationWhenAsync(code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Terminated);
        if (what == "purged")
        {
            // The in-process backend may report the termination a moment before it lets the instance be purged:
            // purge until it is gone, as an operator would.
            await DurableLocalHost.EventuallyAsync(
                async () =>
                {
                    await host.Durable.PurgeInstanceAsync(code);
                    return await host.Durable.GetInstanceAsync(code) is null ? "gone" : null;
                },
                seconds: 10,
                what: "the purge");
        }

        Assert.Contains(new StalledWorkflowView(code, (int)DossierStatus.Processing, "Đang xử lý", expected), (await ListAsync()).Stalled);

        Assert.Equal(new WorkflowRestart(code, expected, true, 0), await RestartAsync(code));
        await center.OrchestrationWhenAsync(code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        Assert.DoesNotContain((await ListAsync()).Stalled, s => s.Code == code);

        Assert.True((await center.DecideAsync(code, Construction, 0)).Completed);
        Assert.True((await center.DecideAsync(code, Agriculture, 0)).Completed);
        await host.DossierWhenAsync(code, d => d.CurrentStep == 1, what: "the restarted dossier moving on");
    }

    [Fact]
    public async Task Restarting_a_finished_dossier_is_refused()
    {
        var filed = await center.SubmitAsync();
        await center.ReceptionAsync(filed.Code, new { decision = "refuse", reason = "Không thuộc thẩm quyền giải quyết" });
        await host.DossierWhenAsync(filed.Code, d => d.Status.IsFinal());

        var request = FunctionsHttp.Request("POST", $"/api/admin/workflows/{filed.Code}/restart", http.Token(Role.Administrator, "admin-1", "Quản trị viên"));
        var result = await http.CallAsync(ApiRoutes.RestartWorkflow, request, (api, r) => api.RestartWorkflow(r, filed.Code, host.Durable));

        Assert.Equal(StatusCodes.Status409Conflict, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_repair_workflows()
    {
        var request = FunctionsHttp.Request("GET", "/api/admin/workflows", http.Token(Role.Leader, "leader-1", "Lãnh đạo"));
        var result = await http.CallAsync(ApiRoutes.ListStalledWorkflows, request, (api, r) => api.ListStalledWorkflows(r, host.Durable));
        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
    }
}
