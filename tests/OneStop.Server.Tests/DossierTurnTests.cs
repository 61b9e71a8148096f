using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Application.Decisions;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>
/// What the Functions app runs on Service Bus messages and in its orchestration, on the real stores: the vetting of
/// a decision before its event is raised, and the turn (the activity AdvanceDossier).
/// </summary>
[Collection(ServerCollection.Name)]
public class DossierTurnTests(ServerFixture server)
{
    private static readonly DepartmentCode Construction = new("SXD");
    private static readonly DepartmentCode Finance = new("STC");

    private DecisionMessages Decisions => server.Services.GetRequiredService<DecisionMessages>();

    private DossierTurns Turns => server.Services.GetRequiredService<DossierTurns>();

    /// <summary>A decision handed over as the Functions relay hands it (kept in the dossier's inbox), and the turn to take it.</summary>
    private async Task<TurnRequest> HeldAsync(MessageEnvelope message, DepartmentCode queue)
    {
        var held = HeldSignal.Of(message.DossierId, queue.Value, JsonSerializer.Serialize(message, DomainJson.Options), DateTimeOffset.UtcNow);
        await server.Services.GetRequiredService<ISignalInbox>().AddAsync(held);
        return new TurnRequest(message.DossierId);
    }

    /// <summary>Everything the dossier's handlers see of it, to compare before and after.</summary>
    private async Task<string> SnapshotAsync(string code) => JsonSerializer.Serialize(await server.GetDossierAsync(code), DomainJson.Options);

    [Fact]
    public async Task A_decision_on_a_step_the_department_does_not_hold_is_rejected_before_its_event_and_changes_nothing()
    {
        var code = await ReceivedPermitAsync(server);
        var before = await SnapshotAsync(code);

        var rejected = await Assert.ThrowsAsync<MessageRejectedException>(() => Decisions.VetAsync(Finance, Departments.Decision(code, Finance, 0), CancellationToken.None));

        Assert.Contains("not_assigned", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(code));
    }

    [Fact]
    public async Task A_decision_for_an_unknown_dossier_is_rejected_before_its_event()
    {
        var message = Departments.Decision($"{server.Agency}-261123-9999", Construction, 0);
        await Assert.ThrowsAsync<MessageRejectedException>(() => Decisions.VetAsync(Construction, message, CancellationToken.None));
    }

    [Fact]
    public async Task Vetting_a_good_decision_changes_nothing_and_the_turn_applies_it_once()
    {
        var code = await ReceivedPermitAsync(server);
        var message = Departments.Decision(code, Construction, 0);
        await Decisions.VetAsync(Construction, message, CancellationToken.None);
        Assert.Equal(StepState.Active, (await server.GetDossierAsync(code)).Steps.First(s => s.Department == "SXD").State);

        var first = await Turns.AdvanceAsync(await HeldAsync(message, Construction));
        var again = await Turns.AdvanceAsync(await HeldAsync(message, Construction));

        Assert.True(first.Moved);
        Assert.False(again.Moved);
        Assert.False(first.Finished);
        Assert.NotNull(first.WakeAt);
        Assert.Equal(StepState.Approved, (await server.GetDossierAsync(code)).Steps.First(s => s.Department == "SXD").State);
    }

    [Fact]
    public async Task A_turn_with_a_message_from_another_departments_queue_is_refused_and_changes_nothing()
    {
        var code = await ReceivedPermitAsync(server);
        var before = await SnapshotAsync(code);

        var outcome = await Turns.AdvanceAsync(await HeldAsync(Departments.Decision(code, Construction, 0), Finance));

        Assert.NotEmpty(outcome.Refusals);
        Assert.Single(outcome.Taken);
        Assert.False(outcome.Moved);
        Assert.Equal(before, await SnapshotAsync(code));
    }

    [Fact]
    public async Task A_turn_on_a_dossier_refused_at_reception_answers_that_it_is_finished()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        await server.PostJsonAsync($"/api/dossiers/{result!.Code}/reception", new { decision = "refuse", reason = "Không thuộc thẩm quyền" }, Role.ReceptionOfficer);

        var outcome = await ServerFixture.EventuallyAsync(async () => await Turns.AdvanceAsync(new TurnRequest(result.Code)) is { Finished: true } done ? done : null);

        Assert.Equal((int)DossierStatus.NotReceived, outcome.Status);
        Assert.Null(outcome.WakeAt);
    }
}
