using Microsoft.DurableTask.Client;
using OneStop.Domain.Dossiers;
using static OneStop.Functions.Tests.Durable.Center;

namespace OneStop.Functions.Tests.Durable;

/// <summary>Whole dossier lifecycles through the Functions app's triggers, relayed by its orchestration under the real Durable Task SDK.</summary>
public sealed class OrchestrationLifecycleTests(DurableFunctionsHost host) : IClassFixture<DurableFunctionsHost>
{
    private readonly Center center = new(host);

    [Fact]
    public async Task A_permit_goes_from_online_filing_through_two_parallel_departments_and_one_after_them_to_its_return()
    {
        var filed = await center.SubmitAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await center.OrchestrationWhenAsync(filed.Code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Running)).RuntimeStatus);

        await center.ReceiveAsync(filed.Code);
        await host.DossierWhenAsync(filed.Code, d => d.ActiveSteps.Count() == 2, what: "both departments assigned");

        Assert.True((await center.DecideAsync(filed.Code, Construction, 0)).Completed);
        Assert.True((await center.DecideAsync(filed.Code, Agriculture, 0)).Completed);
        var second = await host.DossierWhenAsync(filed.Code, d => d.CurrentStep == 1, what: "the second step");
        Assert.Equal([Construction], second.ActiveSteps.Select(s => s.Department));

        Assert.True((await center.DecideAsync(filed.Code, Construction, 1)).Completed);
        await host.DossierWhenAsync(filed.Code, d => d.Status == DossierStatus.Processed, what: "processed");

        await center.ReturnAsync(filed.Code);
        var finished = await center.OrchestrationWhenAsync(filed.Code, o => o.RuntimeStatus == OrchestrationRuntimeStatus.Completed);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, finished.RuntimeStatus);
        Assert.Equal(DossierStatus.Returned, (await host.DossierWhenAsync(filed.Code, d => d.Status.IsFinal())).Status);
    }
}
