using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Application.Decisions;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>
/// Decision messages as they really arrive: twice, out of order, too late, for nothing, malformed, from a newer
/// sender. Each is applied once or set aside with its reason, and nothing changes that should not.
/// </summary>
[Collection(ServerCollection.Name)]
public class MessageReliabilityTests(ServerFixture server)
{
    private static readonly DepartmentCode Construction = new("SXD");
    private static readonly DepartmentCode Agriculture = new("SNNMT");

    private Task SendAsync(DepartmentCode queue, MessageEnvelope message) => server.Queues.SendAsync(QueueNames.Decisions(queue), message);

    private Task<PoisonedMessage> PoisonedAsync(DepartmentCode queue, string marker) =>
        ServerFixture.EventuallyAsync(async () => (await server.Queues.PeekPoisonAsync(QueueNames.Decisions(queue))).FirstOrDefault(p => p.Original.Contains(marker, StringComparison.Ordinal)));

    private Task<DossierView> WaitForAsync(string code, Func<DossierView, bool> condition) =>
        ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is var view && condition(view) ? view : null);

    private async Task<int> DecisionsOnRecordAsync(string code)
    {
        var timeline = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/timeline", Role.ReceptionOfficer));
        return (await timeline.Content.ReadFromJsonAsync<List<TimelineEntry>>(DomainJson.Options))!.Count(e => e.Event == "stepDecided");
    }

    [Fact]
    public async Task A_decision_delivered_twice_is_applied_once()
    {
        var code = await ReceivedPermitAsync(server);
        var decision = Departments.Decision(code, Agriculture, 0);
        await SendAsync(Agriculture, decision);
        await SendAsync(Agriculture, decision);
        await SendAsync(Construction, Departments.Decision(code, Construction, 0));

        await WaitForAsync(code, v => v.Steps.Count(s => s.State == StepState.Approved) == 2);
        await Task.Delay(500); // room for the copy to be handled
        Assert.Equal(2, await DecisionsOnRecordAsync(code));
    }

    [Fact]
    public async Task Parallel_departments_answering_in_either_order_move_the_dossier_on()
    {
        var code = await ReceivedPermitAsync(server);
        await SendAsync(Agriculture, Departments.Decision(code, Agriculture, 0));
        await SendAsync(Construction, Departments.Decision(code, Construction, 0));

        var view = await WaitForAsync(code, v => v.Steps.Any(s => s.Step == 2 && s.State == StepState.Active));
        Assert.All(view.Steps.Where(s => s.Step == 1), s => Assert.Equal(StepState.Approved, s.State));
    }

    [Fact]
    public async Task A_decision_on_a_step_the_department_does_not_hold_is_set_aside_even_under_an_id_already_used()
    {
        var code = await ReceivedPermitAsync(server);
        var used = Departments.Decision(code, Construction, 0);
        await SendAsync(Construction, used);
        await WaitForAsync(code, v => v.Steps.Any(s => s.Department == "SXD" && s.State == StepState.Approved));

        var usedId = used.ReadBody<DepartmentDecision>().DecisionId;
        var foreign = new DepartmentDecision(usedId, Agriculture, 1, DecisionKind.Approve, "Ý kiến thẩm định")
        {
            Actor = Actor.DepartmentOfficer("officer-SNNMT", "Chuyên viên SNNMT", Agriculture),
        };
        var message = MessageEnvelope.Create(DecisionMessage.Kind, $"{usedId}-again", code, foreign, DateTimeOffset.UtcNow);
        await SendAsync(Agriculture, message);

        var poisoned = await PoisonedAsync(Agriculture, message.MessageId);
        Assert.Contains("not_assigned", poisoned.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await DecisionsOnRecordAsync(code));
    }

    [Fact]
    public async Task A_decision_sent_ahead_of_its_turn_is_set_aside_and_changes_nothing()
    {
        var code = await ReceivedPermitAsync(server);
        var early = Departments.Decision(code, Construction, 1);
        await SendAsync(Construction, early);

        var poisoned = await PoisonedAsync(Construction, early.MessageId);
        Assert.Contains("step_not_active", poisoned.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await DecisionsOnRecordAsync(code));
    }

    [Fact]
    public async Task A_decision_arriving_after_the_dossier_was_refused_is_set_aside()
    {
        var (_, result) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        await server.PostJsonAsync($"/api/dossiers/{result!.Code}/reception", new { decision = "refuse", reason = "Không thuộc thẩm quyền giải quyết" }, Role.ReceptionOfficer);
        var late = Departments.Decision(result.Code, Construction, 0);
        await SendAsync(Construction, late);

        var poisoned = await PoisonedAsync(Construction, late.MessageId);
        Assert.NotEmpty(poisoned.Reason);
        Assert.Equal((int)DossierStatus.NotReceived, (await server.GetDossierAsync(result.Code)).Status);
    }

    [Fact]
    public async Task A_decision_for_a_dossier_that_does_not_exist_is_set_aside()
    {
        var ghost = Departments.Decision($"{server.Agency}-261123-9998", Construction, 0);
        await SendAsync(Construction, ghost);
        var poisoned = await PoisonedAsync(Construction, ghost.MessageId);
        Assert.Contains("9998", poisoned.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"messageId\":\"MARKER\",\"kind\":", "malformed JSON")]
    [InlineData("{\"schemaVersion\":3,\"messageId\":\"MARKER\",\"kind\":\"departmentDecision\",\"dossierId\":\"x\",\"sentAt\":\"2026-11-23T00:00:00Z\",\"body\":{}}", "unknown schema version 3")]
    [InlineData("{\"schemaVersion\":1,\"messageId\":\"MARKER\",\"kind\":\"departmentDecision\",\"dossierId\":\"x\",\"sentAt\":\"2026-11-23T00:00:00Z\",\"body\":{\"step\":\"one\"}}", "unreadable decision")]
    [InlineData("{\"schemaVersion\":1,\"messageId\":\"MARKER\",\"kind\":\"assignToDepartment\",\"dossierId\":\"x\",\"sentAt\":\"2026-11-23T00:00:00Z\",\"body\":{}}", "carries 'departmentDecision' messages")]
    public async Task A_message_that_cannot_be_a_decision_is_set_aside_with_the_reason(string text, string reason)
    {
        var marker = $"m-{Guid.NewGuid():N}";
        await server.RawQueue(QueueNames.Decisions(Construction)).SendMessageAsync(text.Replace("MARKER", marker, StringComparison.Ordinal));

        var poisoned = await PoisonedAsync(Construction, marker);
        Assert.Contains(reason, poisoned.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_officers_deciding_the_same_step_differently_at_once_decide_it_once()
    {
        var code = await ReceivedPermitAsync(server);
        var decisions = server.Services.GetRequiredService<DecisionMessages>();

        var outcomes = await Task.WhenAll(new[] { DecisionKind.Approve, DecisionKind.Reject }.Select(kind => Task.Run(async () =>
        {
            try
            {
                await decisions.HandleAsync(Construction, Departments.Decision(code, Construction, 0, kind), CancellationToken.None);
                return "applied";
            }
            catch (MessageRejectedException rejected)
            {
                return rejected.Message;
            }
        })));

        Assert.Single(outcomes, o => o == "applied");
        Assert.Equal(1, await DecisionsOnRecordAsync(code));
        Assert.Single(outcomes, o => o.StartsWith("step_already_decided", StringComparison.Ordinal));
    }
}
