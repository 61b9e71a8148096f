using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

public sealed partial class DossierEngine
{
    /// <summary>Time passed: each overdue step is reminded once, and an apology is raised at its cut-off.</summary>
    private Refusal? ActOnDeadlines(Transition t)
    {
        if (t.Dossier.Status != DossierStatus.Processing)
        {
            return null;
        }
        foreach (var step in t.Dossier.ActiveSteps.Where(s => !s.OverdueReminded && s.DueAt <= t.Now).ToList())
        {
            t.UpdateStep(step.Step, step.Department, s => s with { OverdueReminded = true });
            t.Record(new StepOverdue(step.Step, step.Department, step.DueAt!.Value));
            t.Emit(new RemindDepartment(step.Department, step.Step, step.DueAt.Value, ReminderReason.Overdue), $"{step.Department}:{step.Step}");
        }
        if (ApologyCutOff(t.Dossier) is { } cutOff && t.Now >= cutOff)
        {
            var due = t.Dossier.RevisedAppointmentAt ?? t.Dossier.AppointmentAt!.Value;
            t.Update(d => d with { ApologyRaisedFor = due });
            t.Record(new ApologyDue(due));
            foreach (var step in t.Dossier.ActiveSteps)
            {
                t.Emit(new RemindDepartment(step.Department, step.Step, due, ReminderReason.ApologyDue), $"{step.Department}:{step.Step}");
            }
        }
        return null;
    }

    /// <summary>The apology letter (Mẫu 04) with a new date, from the department handling the dossier or a leader.</summary>
    private Refusal? DeclareDelay(Transition t, DeclareDelay signal)
    {
        var dossier = t.Dossier;
        bool handling = Is(t.Actor, ActorRole.DepartmentOfficer) && dossier.ActiveSteps.Any(s => s.Department == t.Actor.Department);
        if (!handling && !Is(t.Actor, ActorRole.Leader, ActorRole.ReceptionOfficer))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (dossier.Status != DossierStatus.Processing)
        {
            return Refusals.WrongStatus(dossier.Status, "hẹn lại ngày trả kết quả");
        }
        if (string.IsNullOrWhiteSpace(signal.Reason))
        {
            return Refusals.ReasonRequired();
        }
        var due = dossier.RevisedAppointmentAt ?? dossier.AppointmentAt!.Value;
        if (signal.NewAppointment <= due)
        {
            return Refusals.NewDateNotLater();
        }
        if (signal.NewAppointment > due.AddYears(1))
        {
            // Also keeps every date the engine computes from it inside the working Calendar.
            return Refusals.NewDateOutOfRange();
        }
        bool inTime = t.Now <= Calendar.AddWorkingDays(due, -1);
        t.Update(d => d with { RevisedAppointmentAt = signal.NewAppointment });
        t.Record(new AppointmentRevised(signal.NewAppointment, signal.Reason, inTime));
        t.IssueForm(FormKind.Mau04);
        t.Notify(ApplicantNotice.Delayed,
            $"Cơ quan giải quyết thành thật xin lỗi ông/bà vì hồ sơ {dossier.Code} chưa có kết quả đúng hẹn. Lý do: {signal.Reason}. Thời gian hẹn trả kết quả mới: {Local(signal.NewAppointment)}.");
        return null;
    }

    /// <summary>The competent authority stops processing (Mẫu 05).</summary>
    private Refusal? StopProcessing(Transition t, StopProcessing signal)
    {
        var dossier = t.Dossier;
        bool handling = Is(t.Actor, ActorRole.DepartmentOfficer) && dossier.ActiveSteps.Any(s => s.Department == t.Actor.Department);
        if (!handling && !Is(t.Actor, ActorRole.Leader))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (dossier.Status is not (DossierStatus.Processing or DossierStatus.SupplementRequested or DossierStatus.FeesRequested))
        {
            return Refusals.WrongStatus(dossier.Status, "dừng xử lý");
        }
        if (string.IsNullOrWhiteSpace(signal.Reason))
        {
            return Refusals.ReasonRequired();
        }
        CancelOpenSteps(t, "Hồ sơ dừng xử lý.");
        t.Update(d => d with { EndedAt = t.Now, Waiting = null, Clock = d.Clock?.Stop(t.Now, Calendar) });
        t.Record(new ProcessingStopped(signal.Reason, Withdrawn: false), DossierStatus.Stopped);
        t.IssueForm(FormKind.Mau05);
        t.Notify(ApplicantNotice.Stopped, $"Hồ sơ {dossier.Code} dừng xử lý. Lý do: {signal.Reason}");
        return null;
    }
}
