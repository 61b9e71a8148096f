using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

public class DeadlinesTests
{
    [Fact]
    public void The_engine_asks_to_be_woken_at_the_first_step_deadline()
    {
        var result = Engine.Advance(Filed(), new Receive { Actor = Officer }, Monday9);
        Assert.Equal(At(11, 26, 9), result.WakeAt);
    }

    [Fact]
    public void A_tick_before_any_deadline_changes_nothing()
    {
        var dossier = Received();
        var result = Engine.Advance(dossier, new Tick(), At(11, 25, 9));
        Assert.Equal(AdvanceOutcome.NothingDue, result.Outcome);
        Assert.Same(dossier, result.Dossier);
    }

    [Fact]
    public void An_overdue_step_is_reminded_once()
    {
        var overdue = Engine.Advance(Received(), new Tick(), At(11, 26, 9));

        var reminder = Assert.Single(overdue.Commands.OfType<RemindDepartment>());
        Assert.Equal((Construction, ReminderReason.Overdue), (reminder.Department, reminder.Reason));
        Assert.Contains(overdue.Dossier.History, e => e is StepOverdue);
        Assert.Equal(AdvanceOutcome.NothingDue, Engine.Advance(overdue.Dossier, new Tick(), At(11, 26, 10)).Outcome);
        // Next: the apology cut-off, one working day before the appointment of 2/12 09:00.
        Assert.Equal(At(12, 1, 9), overdue.WakeAt);
    }

    [Fact]
    public void One_working_day_before_a_missed_appointment_an_apology_is_due()
    {
        var dossier = Apply(Received(), new Tick(), At(11, 26, 9));
        var result = Engine.Advance(dossier, new Tick(), At(12, 1, 9));

        Assert.Contains(result.Dossier.History, e => e is ApologyDue);
        Assert.Contains(result.Commands, c => c is RemindDepartment { Reason: ReminderReason.ApologyDue, Department: var d } && d == Construction);
        Assert.Null(result.WakeAt);
    }

    [Fact]
    public void The_apology_sets_a_new_date_with_Mau_04_but_not_a_new_deadline_for_the_statistics()
    {
        var overdue = Apply(Received(), new Tick(), At(11, 26, 9));
        var result = Engine.Advance(overdue, new DeclareDelay(At(12, 9, 17), "Cần xác minh thực địa") { Actor = OfficerOf(Construction) }, At(11, 30, 10));

        Assert.Equal(At(12, 9, 17), result.Dossier.RevisedAppointmentAt);
        Assert.Equal(At(12, 2, 9), result.Dossier.AppointmentAt);
        Assert.Contains(result.Commands, c => c is IssueForm { Form: FormKind.Mau04 });
        Assert.Contains(result.Commands, c => c is NotifyApplicant n && n.Message.Contains("xin lỗi"));
        Assert.True(Assert.IsType<AppointmentRevised>(result.Dossier.History[^1]).IssuedInTime);
        // The revised date gets its own cut-off.
        Assert.Equal(At(12, 8, 17), result.WakeAt);
    }

    [Fact]
    public void An_apology_after_the_cut_off_is_recorded_as_late()
    {
        var dossier = Apply(Apply(Received(), new Tick(), At(11, 26, 9)), new Tick(), At(12, 1, 9));
        var revised = Apply(dossier, new DeclareDelay(At(12, 9, 17), "Cần xác minh thực địa") { Actor = Leader }, At(12, 1, 10));
        Assert.False(Assert.IsType<AppointmentRevised>(revised.History[^1]).IssuedInTime);
    }

    [Fact]
    public void A_new_date_more_than_a_year_past_the_appointment_is_refused_and_the_dossier_keeps_working()
    {
        var dossier = Received();
        var far = Engine.Advance(dossier, new DeclareDelay(new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero), "Nhầm năm") { Actor = Leader }, At(11, 24, 9));

        Assert.Equal("new_date_out_of_range", far.Refusal?.Code);
        Assert.Equal(AdvanceOutcome.NothingDue, Engine.Advance(far.Dossier, new Tick(), At(11, 24, 10)).Outcome);
    }

    [Fact]
    public void A_new_date_must_be_later_than_the_current_one()
    {
        var result = Engine.Advance(Received(), new DeclareDelay(At(12, 1, 9), "x") { Actor = OfficerOf(Construction) }, At(11, 24, 9));
        Assert.Equal("new_date_not_later", result.Refusal?.Code);
    }

    [Fact]
    public void No_deadline_runs_while_the_dossier_waits_for_the_applicant()
    {
        var asked = Decide(Received(), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9));
        Assert.Equal(AdvanceOutcome.NothingDue, Engine.Advance(asked, new Tick(), At(12, 31, 9)).Outcome);
    }

    [Fact]
    public void A_time_limit_too_short_for_a_days_notice_raises_no_apology()
    {
        var sameDay = Sequential with { TimeLimit = TimeLimit.WorkingHours(4), Steps = [new("Giải quyết", [Construction], TimeLimit.WorkingHours(4))] };
        var dossier = Received(sameDay);
        Assert.Null(Engine.ApologyCutOff(dossier));
    }
}
