using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Dossiers;
using OneStop.Functions.Workflow;
using OneStop.Server.Tests;
using OneStop.Testing.Durable;
using static OneStop.Testing.Durable.Center;

namespace OneStop.Functions.Tests.Durable;

/// <summary>
/// Every decision handed to a dossier's orchestration is taken by exactly one turn: handed over before, as and right
/// after a timer fires, and across generations (ContinueAsNew, whose forwarding of unread events the in-memory
/// backend drops: the inbox, not the event, carries the decision). The orchestration never cancels a wait either,
/// since some Durable SDK releases let a cancelled wait swallow the next event of its name.
/// </summary>
public sealed class SignalDeliveryTests(DurableFunctionsHost fixture) : IClassFixture<DurableFunctionsHost>
{
    private readonly DurableLocalHost host = fixture.Host;

    private readonly Center center = new(fixture.Host);

    /// <summary>
    /// A decision for a step the permit does not have, handed over as the relay hands over a vetted one: each is
    /// taken by a turn, refused, and changes nothing.
    /// </summary>
    private async Task<HeldSignal> HandOverProbeAsync(string code)
    {
        var text = JsonSerializer.Serialize(Departments.Decision(code, Construction, 7), DomainJson.Options);
        var held = HeldSignal.Of(code, Construction.Value, text, DateTimeOffset.UtcNow);
        await host.Services.GetRequiredService<DossierOrchestrationClient>().HandOverAsync(host.Durable, held, CancellationToken.None);
        return held;
    }

    private async Task AssertEachTakenByExactlyOneTurnAsync(IReadOnlyList<HeldSignal> handedOver)
    {
        var ids = handedOver.Select(s => s.Id).ToHashSet();
        await DurableLocalHost.EventuallyAsync(
            () => Task.FromResult<object?>(ids.All(host.Taken.Contains) ? ids : null),
            what: $"every signal taken ({ids.Count(host.Taken.Contains)} of {ids.Count})");
        await Task.Delay(1000);
        Assert.All(ids, id => Assert.Single(host.Taken, t => t == id));
    }

    [Fact]
    public async Task A_burst_of_decisions_is_taken_once_each_across_a_generations_end()
    {
        var code = (await center.SubmitAsync()).Code;
        await center.ReceiveAsync(code);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2);

        var handedOver = new List<HeldSignal>();
        for (int i = 0; i < 3 * DurableLocalHost.FastPolicy.TurnsPerGeneration; i++)
        {
            handedOver.Add(await HandOverProbeAsync(code));
        }

        await AssertEachTakenByExactlyOneTurnAsync(handedOver);
        // The generation ended with signals unread; they were dropped, and the next generation's first turn took their decisions.
        var instance = await center.OrchestrationWhenAsync(code, o => o.ReadInputAs<DossierRun>()!.Generation >= 1);
        Assert.Equal(OrchestrationRuntimeStatus.Running, instance.RuntimeStatus);
    }

    [Fact]
    public async Task Signals_raised_before_as_and_right_after_a_timer_fires_reach_one_turn_each()
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(6);
        var code = await center.ReceivedBeforeAsync(due, 12);
        await host.DossierWhenAsync(code, d => d.ActiveSteps.Count() == 2);

        int[] offsetsMs = [-400, -100, -20, 0, 5, 20, 50, 100, 200, 400, 800];
        var handedOver = await Task.WhenAll(offsetsMs.Select(async offset =>
        {
            var wait = due.AddMilliseconds(offset) - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            return await HandOverProbeAsync(code);
        }));

        await AssertEachTakenByExactlyOneTurnAsync(handedOver);
        Assert.Equal(2, (await host.DossierWhenAsync(code, d => d.History.OfType<StepOverdue>().Count() == 2)).History.OfType<StepOverdue>().Count());
    }
}
