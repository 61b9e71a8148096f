using System.Collections.Immutable;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

public sealed partial class DossierEngine
{
    /// <summary>Receives a complete dossier: the clock starts, Mẫu 01 is issued and the first step is assigned.</summary>
    private Refusal? ReceiveDossier(Transition t)
    {
        var dossier = t.Dossier;
        if (!Is(t.Actor, ActorRole.ReceptionOfficer))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (dossier.Status != DossierStatus.Registered)
        {
            return Refusals.WrongStatus(dossier.Status, "tiếp nhận hồ sơ");
        }
        var today = Calendar.LocalDate(t.Now);
        foreach (var code in dossier.Procedure.ProcessDepartments)
        {
            if (dossier.DepartmentOf(code) is not { } department || !department.IsOnboardedOn(today))
            {
                return Refusals.DepartmentNotOnboarded(code);
            }
        }

        var clockStart = Calendar.ClockStart(t.Now);
        var clock = WorkClock.StartedAt(clockStart, Calendar.Allowance(dossier.Procedure.TimeLimit, clockStart));
        var appointment = clock.DueAt(Calendar)!.Value;
        t.Update(d => d with { ReceivedAt = t.Now, Clock = clock, AppointmentAt = appointment, Waiting = null, Steps = PlannedSteps(d.Procedure) });
        t.Record(new DossierReceived(clockStart, appointment), DossierStatus.Received);
        t.IssueForm(FormKind.Mau01);
        t.Notify(ApplicantNotice.Received, $"Hồ sơ {dossier.Code} đã được tiếp nhận. Thời gian hẹn trả kết quả: {Local(appointment)}.");
        StartStep(t, 0, clockStart);
        return null;
    }

    private Refusal? RefuseReception(Transition t, RefuseReception signal)
    {
        if (!Is(t.Actor, ActorRole.ReceptionOfficer))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status != DossierStatus.Registered)
        {
            return Refusals.WrongStatus(t.Dossier.Status, "từ chối tiếp nhận");
        }
        if (string.IsNullOrWhiteSpace(signal.Reason))
        {
            return Refusals.ReasonRequired();
        }
        t.Update(d => d with { EndedAt = t.Now });
        t.Record(new ReceptionRefused(signal.Reason), DossierStatus.NotReceived);
        t.IssueForm(FormKind.Mau03);
        t.Notify(ApplicantNotice.NotReceived, $"Hồ sơ {t.Dossier.Code} không được tiếp nhận. Lý do: {signal.Reason}");
        return null;
    }

    /// <summary>Mẫu 02 at reception: everything missing, listed once. A second request is refused.</summary>
    private static Refusal? RequestSupplementAtReception(Transition t, RequestSupplementAtReception signal)
    {
        if (!Is(t.Actor, ActorRole.ReceptionOfficer))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status != DossierStatus.Registered)
        {
            return Refusals.WrongStatus(t.Dossier.Status, "yêu cầu bổ sung hồ sơ");
        }
        if (t.Dossier.SupplementRequestedAtReception)
        {
            return Refusals.SupplementAlreadyRequestedAtReception();
        }
        if (signal.MissingItems.Count == 0 || signal.MissingItems.Any(string.IsNullOrWhiteSpace))
        {
            return Refusals.ItemsRequired();
        }
        var request = new PendingRequest(RequestKind.Supplement, t.Now, null, null, signal.MissingItems, 0, signal.Reason);
        t.Update(d => d with { Waiting = request, SupplementRequestedAtReception = true });
        t.Record(new SupplementRequested(null, null, signal.MissingItems, signal.Reason), DossierStatus.SupplementRequested);
        t.IssueForm(FormKind.Mau02);
        t.Notify(ApplicantNotice.SupplementRequested,
            $"Hồ sơ {t.Dossier.Code} cần bổ sung, hoàn thiện: {string.Join("; ", signal.MissingItems)}.");
        return null;
    }

    /// <summary>One entry per department per step of the process, all pending.</summary>
    private static ImmutableArray<StepProgress> PlannedSteps(ProcedureVersion procedure) =>
        [.. procedure.Steps.SelectMany((step, index) => step.Departments.Select(department => new StepProgress(index, step.Name, department)))];
}
