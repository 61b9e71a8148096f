using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Azure.Cosmos;
using OneStop.Azure.Queues;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Azure.Tests;

/// <summary>
/// Department decisions travelling through a real queue into the engine and the real store: a decision
/// delivered twice is applied once, and a department's message about another department's step is poisoned
/// and changes nothing.
/// </summary>
public class DecisionDeliveryTests(LocalServices services) : IClassFixture<LocalServices>
{
    private readonly CosmosDossierStore store = new(services.Container(CosmosSchema.Dossiers));
    private readonly StorageMessageQueue queue = new(services.Clients.Queues(), StorageQueueSettings.Default, TimeProvider.System);

    private string QueueName(string purpose) => $"t{services.Suffix}-{purpose}";

    /// <summary>What a host does with a decision message: load, advance, save guarded by the ETag.</summary>
    private async Task ApplyAsync(MessageEnvelope message, CancellationToken cancellationToken)
    {
        var decision = message.ReadBody<DepartmentDecision>();
        var stored = await store.FindAsync(DossierCode.Parse(message.DossierId), cancellationToken)
            ?? throw new MessageRejectedException($"unknown dossier {message.DossierId}");
        var result = Engine.Advance(stored.Dossier, decision, At(11, 24, 9));
        if (result.Outcome == AdvanceOutcome.Refused)
        {
            throw new MessageRejectedException(result.Refusal!.Message);
        }
        if (result.Outcome == AdvanceOutcome.Applied)
        {
            await store.ReplaceAsync(result.Dossier, result.WakeAt, stored.ETag, cancellationToken);
        }
    }

    private async Task<StoredDossier> ReceivedDossierAsync(int sequence)
    {
        var dossier = Apply(Filed(sequence: sequence), new Receive { Actor = Officer }, Monday9);
        return await store.CreateAsync(dossier, Engine.WakeAt(dossier));
    }

    [Fact]
    public async Task A_decision_delivered_twice_is_applied_once()
    {
        var stored = await ReceivedDossierAsync(101);
        var decision = Decision(Construction, 0, DecisionKind.Approve);
        var message = MessageEnvelope.Create("departmentDecision", decision.DecisionId, stored.Dossier.Id, decision, DateTimeOffset.UtcNow);
        var name = QueueName("decide-sxd");
        await queue.SendAsync(name, message);
        await queue.SendAsync(name, message);

        var report = await queue.ProcessAsync(name, ApplyAsync, 10);

        Assert.Equal(new ProcessReport(2, 0, 0), report);
        var dossier = (await store.FindAsync(stored.Dossier.Code))!.Dossier;
        Assert.Single(dossier.History.OfType<StepDecided>());
        Assert.Single(dossier.Outbox.OfType<AssignToDepartment>(), a => a.Department == Agriculture);
    }

    [Fact]
    public async Task A_message_about_another_departments_step_is_poisoned_and_changes_nothing()
    {
        var stored = await ReceivedDossierAsync(102);
        var forged = Decision(Agriculture, 0, DecisionKind.Approve);
        var name = QueueName("decide-snnmt");
        await queue.SendAsync(name, MessageEnvelope.Create("departmentDecision", forged.DecisionId, stored.Dossier.Id, forged, DateTimeOffset.UtcNow));

        var report = await queue.ProcessAsync(name, ApplyAsync, 10);

        Assert.Equal(1, report.Poisoned);
        Assert.Contains("không được giao cho đơn vị SNNMT", Assert.Single(await queue.PeekPoisonAsync(name)).Reason);
        Assert.Equal(stored.ETag, (await store.FindAsync(stored.Dossier.Code))!.ETag);
    }
}
