using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Testing.Durable;
using static OneStop.Testing.Durable.Center;

namespace OneStop.Functions.Tests.Durable;

/// <summary>Whole dossier lifecycles through the Functions app's triggers, relayed by its orchestration under the real Durable Task SDK.</summary>
public sealed class OrchestrationLifecycleTests(DurableFunctionsHost fixture) : IClassFixture<DurableFunctionsHost>
{
    private readonly DurableLocalHost host = fixture.Host;

    private readonly Center center = new(fixture.Host);

    [Fact]
    public async Task A_permit_goes_from_online_filing_through_two_parallel_departments_and_one_after_them_to_its_return()
    {
        var code = (await center.SubmitAsync()).Code;
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await center.OrchestrationWhenAsync(code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Running)).RuntimeStatus);

        await center.ReceiveAsync(code);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2, what: "both departments assigned");

        Assert.True((await center.DecideAsync(code, Construction, 0)).Completed);
        Assert.True((await center.DecideAsync(code, Agriculture, 0)).Completed);
        var second = await host.DossierWhenAsync(code, d => d.CurrentStep == 1, what: "the second step");
        Assert.Equal([Construction], second.ActiveSteps.Select(s => s.Department));

        Assert.True((await center.DecideAsync(code, Construction, 1)).Completed);
        await host.DossierWhenAsync(code, d => d.Status == DossierStatus.Processed, what: "processed");

        await center.ReturnAsync(code);
        var finished = await center.OrchestrationWhenAsync(code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Completed);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, finished.RuntimeStatus);
        Assert.Equal(DossierStatus.Returned, (await host.DossierWhenAsync(code, d => d.Status.IsFinal())).Status);
    }

    [Fact]
    public async Task Officers_deciding_over_http_move_the_dossier_through_its_orchestration_once_however_often_they_send()
    {
        var code = (await center.SubmitAsync()).Code;
        await center.ReceiveAsync(code);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2, what: "both departments assigned");

        var construction = await center.DecideOverHttpAsync(code, Construction, 1, "k-sxd");
        var resent = await center.DecideOverHttpAsync(code, Construction, 1, "k-sxd");
        var agriculture = await center.DecideOverHttpAsync(code, Agriculture, 1, "k-snnmt");
        var second = await host.DossierWhenAsync(code, d => d.CurrentStep == 1, what: "the second step");
        var tooEarly = await center.DecideOverHttpAsync(code, Agriculture, 2, "k-early");

        Assert.Equal(StatusCodes.Status202Accepted, (construction as IStatusCodeHttpResult)?.StatusCode);
        Assert.True((resent as IStatusCodeHttpResult)?.StatusCode is StatusCodes.Status200OK or StatusCodes.Status202Accepted);
        Assert.Equal(StatusCodes.Status202Accepted, (agriculture as IStatusCodeHttpResult)?.StatusCode);
        Assert.Equal(2, second.History.OfType<StepDecided>().Count());
        Assert.True((tooEarly as IStatusCodeHttpResult)?.StatusCode is StatusCodes.Status404NotFound or StatusCodes.Status409Conflict);
    }

    [Fact]
    public async Task A_step_deadline_is_acted_on_when_its_durable_timer_fires_and_not_before()
    {
        // The permit's first step has 12 working days: received that long ago less eight seconds, it falls due in
        // eight (room for filing and reception on a busy machine before "not before" is checked).
        var due = DateTimeOffset.UtcNow.AddSeconds(8);
        var code = await center.ReceivedBeforeAsync(due, 12);
        var assigned = await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2);
        Assert.All(assigned.ActiveSteps, s => Assert.Equal(due, s.DueAt!.Value, TimeSpan.FromSeconds(1)));
        Assert.DoesNotContain(assigned.History, e => e is StepOverdue);

        var overdue = await host.DossierWhenAsync(code, d => d.History.OfType<StepOverdue>().Count() == 2, seconds: 20, what: "both steps overdue");
        Assert.All(overdue.History.OfType<StepOverdue>(), e => Assert.True(e.At >= due, $"acted on at {e.At:O}, due {due:O}"));
    }

    [Fact]
    public async Task The_apology_reminder_is_raised_by_a_durable_timer_one_working_day_before_the_appointment()
    {
        // The permit's 20 working days: received 19 of them ago less eight seconds, its apology cut-off is eight seconds away.
        var cutOff = DateTimeOffset.UtcNow.AddSeconds(8);
        var code = await center.ReceivedBeforeAsync(cutOff, 19);
        // Its first step was due long ago: that reminder comes at once, the apology not yet.
        var early = await host.DossierWhenAsync(code, d => d.History.OfType<StepOverdue>().Any());
        Assert.DoesNotContain(early.History, e => e is ApologyDue);

        var apology = await host.DossierWhenAsync(code, d => d.History.OfType<ApologyDue>().Any(), seconds: 20, what: "the apology reminder");
        var raised = apology.History.OfType<ApologyDue>().Single();
        Assert.True(raised.At >= cutOff, $"raised at {raised.At:O}, cut-off {cutOff:O}");
        Assert.Equal(apology.AppointmentAt, raised.Appointment);
    }

    [Fact]
    public async Task A_supplement_request_stops_the_dossier_and_the_applicants_supplement_resumes_it()
    {
        var code = (await center.SubmitAsync()).Code;
        await center.ReceiveAsync(code);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2);

        Assert.True((await center.DecideAsync(code, Construction, 0, DecisionKind.RequestSupplement, ["Bản vẽ mặt bằng có chữ ký"])).Completed);
        await host.DossierWhenAsync(code, d => d.Status == DossierStatus.SupplementRequested, what: "supplement requested");

        await center.SupplementAsync(code);
        var resumed = await host.DossierWhenAsync(code, d => d.Status == DossierStatus.Processing);
        Assert.Contains(resumed.ActiveSteps, s => s.Department == Construction);

        Assert.True((await center.DecideAsync(code, Construction, 0)).Completed);
        Assert.True((await center.DecideAsync(code, Agriculture, 0)).Completed);
        await host.DossierWhenAsync(code, d => d.CurrentStep == 1, what: "the second step after the supplement");
    }

    [Fact]
    public async Task A_withdrawn_dossier_ends_its_orchestration()
    {
        var code = (await center.SubmitAsync()).Code;
        await center.ReceiveAsync(code);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Any());

        await center.WithdrawAsync(code);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await center.OrchestrationWhenAsync(code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Completed)).RuntimeStatus);
        Assert.Equal(DossierStatus.Stopped, (await host.DossierWhenAsync(code, d => d.Status.IsFinal())).Status);
    }

    [Fact]
    public async Task A_decision_a_department_may_not_send_is_dead_lettered_with_its_reason_and_changes_nothing()
    {
        var code = (await center.SubmitAsync()).Code;
        await center.ReceiveAsync(code);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2);
        var settlement = await center.DecideAsync(code, Construction, 0, queue: new DepartmentCode("STC"));

        Assert.False(settlement.Completed);
        Assert.Equal("rejected", settlement.DeadLettered!.Value.Reason);
        Assert.Contains("STC", settlement.DeadLettered.Value.Description, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<ISignalInbox>().WaitingAsync(code));
        var after = (await host.Store.FindAsync(DossierCode.Parse(code)))!.Dossier;
        Assert.All(after.Steps.Where(s => s.Step == 0), s => Assert.Null(s.Decision));
    }
}
