using OneStop.Application.Common;
using OneStop.Application.Deadlines;
using OneStop.Application.Decisions;
using OneStop.Application.Tests.InMemory;
using OneStop.Application.Worklists;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Tests;

/// <summary>The officers' use cases on in-memory ports: applying, searching, deciding, reading, and what is due.</summary>
public class WorkspaceUseCaseTests
{
    [Fact]
    public async Task A_refused_signal_is_answered_with_the_engines_reason_and_changes_nothing()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();
        var writes = center.Store.Writes;

        var result = await center.Dossiers.ApplyAsync(code, new ReturnResult(ReturnMethod.Counter) { Actor = TestCenter.Reception });

        Assert.Equal(AdvanceOutcome.Refused, result.Outcome);
        Assert.Equal("wrong_status", result.Refusal!.Code);
        Assert.Equal(writes, center.Store.Writes);
    }

    [Fact]
    public async Task Search_finds_the_applicant_by_name_without_accents_by_citizen_id_and_by_phone()
    {
        var center = await TestCenter.StartAsync();
        var binh = await center.FileAsync();
        await center.FileAsync(TestCenter.PermitForm(name: "Nguyễn Thị Đào", citizenId: "019185099999"));

        var byName = await center.Queries.SearchAsync(new InboxQuery { Text = "tran van binh" }, TestCenter.Reception);
        var byId = await center.Queries.SearchAsync(new InboxQuery { Text = "019 085 012 345" }, TestCenter.Reception);
        var byWord = await center.Queries.SearchAsync(new InboxQuery { Text = "dao" }, TestCenter.Reception);

        Assert.Equal(binh.Code, Assert.Single(byName.Dossiers).Id);
        Assert.Equal(binh.Code, Assert.Single(byId.Dossiers).Id);
        Assert.Equal("Nguyễn Thị Đào", Assert.Single(byWord.Dossiers).Applicant.FullName);
    }

    [Fact]
    public async Task A_communes_desk_sees_its_own_intake_and_a_department_only_what_was_assigned_to_it()
    {
        var center = await TestCenter.StartAsync();
        var online = await center.FileAsync();
        var atCommune = await center.FileAsync(TestCenter.PermitForm(intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: TestCenter.Reception);
        var commune = TestCenter.Reception with { IntakePoint = "XA-TANCUONG" };

        var communeSees = await center.Queries.SearchAsync(new InboxQuery(), commune);
        var departmentSees = await center.Queries.SearchAsync(new InboxQuery(), TestCenter.Officer("SNNMT"));

        Assert.Equal(atCommune.Code, Assert.Single(communeSees.Dossiers).Id);
        Assert.Equal(atCommune.Code, Assert.Single(departmentSees.Dossiers).Id); // the online one is not received: nothing assigned yet
        Assert.DoesNotContain(departmentSees.Dossiers, d => d.Id == online.Code);
    }

    [Fact]
    public async Task An_officers_decision_is_handed_over_once_whatever_the_resends()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();
        var decision = new OfficerDecision(1, DecisionKind.Approve, "Đồng ý", null, 0, null);

        var first = await center.Decisions.DecideAsync(code, decision, TestCenter.Officer("SXD"), "key-1", center.Relay);
        var again = await center.Decisions.DecideAsync(code, decision, TestCenter.Officer("SXD"), "key-1", center.Relay);

        Assert.False(first.AlreadyApplied);
        Assert.True(again.AlreadyApplied);
        Assert.Single(center.Relay.HandedOver);
        var dossier = (await center.Dossiers.ReadAsync(code, TestCenter.Reception, "GetDossier")).Dossier;
        Assert.Equal(StepState.Approved, dossier.Steps.Single(s => s.Department.Value == "SXD" && s.Step == 0).State);
    }

    [Fact]
    public async Task A_decision_the_engine_would_refuse_is_refused_before_it_is_handed_over()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();

        var refused = await Assert.ThrowsAsync<SignalRefusedException>(() =>
            center.Decisions.DecideAsync(code, new OfficerDecision(2, DecisionKind.Approve, null, null, 0, null), TestCenter.Officer("SXD"), "key-2", center.Relay));

        Assert.Equal("step_not_active", refused.Refusal.Code);
        Assert.Empty(center.Relay.HandedOver);
    }

    [Fact]
    public async Task An_officers_reading_is_logged_and_the_applicants_own_is_not()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();

        await center.Reader.OpenAsync(code, TestCenter.Officer("SXD"), "GetDossierDetail");
        await center.Reader.OpenAsync(code, TestCenter.Citizen, "GetDossier");
        var file = await center.Reader.OpenDocumentAsync(code, 1, TestCenter.Reception, "GetDocument");

        Assert.Equal(["cv-SXD", "le-thi-lan"], center.AccessLog.Records.Select(r => r.ActorId));
        Assert.Equal("don", file.Document.DocumentCode);
        await Assert.ThrowsAsync<DossierNotFoundException>(() => center.Reader.OpenAsync(code, TestCenter.Officer("STP"), "GetDossier"));
    }

    [Fact]
    public async Task Work_and_the_deadline_list_mark_a_step_due_soon_then_overdue_by_the_one_attention_rule()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();
        var due = (await center.Dossiers.ReadAsync(code, TestCenter.Reception, "GetDossier")).Dossier.Steps.Single(s => s.Department.Value == "SNNMT" && s.Step == 0).DueAt!.Value;

        var fresh = await center.Queries.WorkAsync(new DepartmentCode("SNNMT"), TestCenter.Officer("SNNMT"));
        center.Clock.SetUtcNow(due.AddHours(-2));
        var soon = await center.Queries.DeadlinesAsync(TestCenter.Reception);
        center.Clock.SetUtcNow(due.AddHours(1));
        var late = await center.Queries.WorkAsync(new DepartmentCode("SNNMT"), TestCenter.Officer("SNNMT"));
        var lateList = await center.Queries.DeadlinesAsync(TestCenter.Reception);

        Assert.Equal(Urgency.OnTrack, Assert.Single(fresh).Step.Urgency);
        Assert.Contains(soon.DueSoon, i => i.Dossier.Id == code && i.Step.Step.Department.Value == "SNNMT");
        Assert.Equal(Urgency.Overdue, Assert.Single(late).Step.Urgency);
        Assert.Contains(lateList.Overdue, i => i.Dossier.Id == code);
    }

    [Fact]
    public async Task The_reminder_round_reminds_what_is_due_soon_and_reports_what_is_overdue_by_the_same_rule()
    {
        var center = await TestCenter.StartAsync();
        var code = await center.ReceivedAsync();
        var due = (await center.Dossiers.ReadAsync(code, TestCenter.Reception, "GetDossier")).Dossier.Steps.First(s => s.Step == 0).DueAt!.Value;
        var round = new ReminderRound(center.Store, center.Sent, center.Dispatcher, center.Engine, center.Clock);

        center.Clock.SetUtcNow(due.AddHours(-2));
        var soon = await round.RunAsync();
        center.Clock.SetUtcNow(due.AddHours(1));
        var late = await round.RunAsync();

        Assert.Equal([code], soon.DueSoon);
        Assert.Empty(soon.Overdue);
        Assert.Equal(2, center.Sent.Sent.Count(s => s.Message.Kind == "remindDepartment" && s.Message.DossierId == code));
        Assert.Equal([code], late.Overdue);
    }

    [Fact]
    public async Task A_counters_day_counts_what_it_received_and_returned_today_at_its_own_intake_point()
    {
        var center = await TestCenter.StartAsync();
        var atCommune = TestCenter.Reception with { IntakePoint = "XA-TANCUONG" };
        var returned = await center.FileAsync(TestCenter.PermitForm(intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: atCommune);
        await center.FileAsync(TestCenter.PermitForm(name: "Nguyễn Thị Đào", citizenId: "019185099999", intakePoint: "XA-TANCUONG", channel: IntakeChannel.Counter), actor: atCommune);
        await center.ReceivedAsync(); // at the center: another counter's day
        foreach (var (department, step) in new[] { ("SXD", 0), ("SNNMT", 0), ("SXD", 1) })
        {
            var officer = TestCenter.Officer(department);
            await center.Dossiers.ApplyAsync(returned.Code, new DepartmentDecision($"d-{department}-{step}", officer.Department!.Value, step, DecisionKind.Approve, "Đồng ý") { Actor = officer });
        }
        await center.Dossiers.ApplyAsync(returned.Code, new ReturnResult(ReturnMethod.Counter) { Actor = atCommune });

        var today = await center.Queries.CounterDayAsync("XA-TANCUONG");
        center.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await center.Queries.CounterDayAsync("XA-TANCUONG");

        Assert.Equal((2, 1), (today.Received, today.Returned));
        Assert.Equal(new DateOnly(2026, 11, 23), today.Day);
        Assert.Equal((0, 0), (tomorrow.Received, tomorrow.Returned));
    }
}
