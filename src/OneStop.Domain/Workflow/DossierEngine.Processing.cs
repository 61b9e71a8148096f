using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

public sealed partial class DossierEngine
{
    /// <summary>
    /// A department's decision on its step. Only the department the step is assigned to may decide it, and only
    /// while it is under way; a repeat of a decision already taken is a no-op, a different one is refused.
    /// </summary>
    private Refusal? Decide(Transition t, DepartmentDecision signal)
    {
        var dossier = t.Dossier;
        if (!Is(t.Actor, ActorRole.DepartmentOfficer) || t.Actor.Department != signal.Department)
        {
            return Refusals.NotPermitted(t.Actor);
        }
        var step = dossier.Steps.FirstOrDefault(s => s.Step == signal.Step && s.Department == signal.Department);
        if (step is null)
        {
            return Refusals.NotAssigned(signal.Department, signal.Step);
        }
        if (dossier.HandledDecisionIds.Contains(signal.DecisionId))
        {
            // Known only after the permission: an id already used does not make another department's decision a
            // harmless repeat; it is refused (and poisoned) like any decision on a step that is not its own.
            t.MarkDuplicate();
            return null;
        }
        if (step.State is StepState.Approved or StepState.Rejected)
        {
            if (step.Decision == signal.Decision)
            {
                t.MarkDuplicate();
                return null;
            }
            return Refusals.StepAlreadyDecided(signal.Step);
        }
        if (step.State != StepState.Active)
        {
            return Refusals.StepNotActive(signal.Step);
        }
        if (dossier.Status.IsWaitingForApplicant()
            && (signal.Decision != DecisionKind.Approve || (dossier.Waiting?.Step == step.Step && dossier.Waiting.Department == step.Department)))
        {
            // Another parallel department may still finish its review; nothing else is decided while the clock is stopped.
            return Refusals.WaitingForApplicant();
        }

        var refusal = signal.Decision switch
        {
            DecisionKind.Approve => Approve(t, step, signal),
            DecisionKind.Reject => Reject(t, step, signal),
            DecisionKind.RequestSupplement => RequestSupplement(t, step, signal),
            _ => RequestFees(t, step, signal),
        };
        if (refusal is null)
        {
            t.Update(d => d with { HandledDecisionIds = d.HandledDecisionIds.Add(signal.DecisionId) });
        }
        return refusal;
    }

    private Refusal? Approve(Transition t, StepProgress step, DepartmentDecision signal)
    {
        CloseStep(t, step, StepState.Approved, signal);
        if (t.Dossier.Status == DossierStatus.Processing)
        {
            ContinueProcess(t, signal.ResultReference);
        }
        return null;
    }

    private Refusal? Reject(Transition t, StepProgress step, DepartmentDecision signal)
    {
        if (string.IsNullOrWhiteSpace(signal.Note))
        {
            return Refusals.ReasonRequired();
        }
        CloseStep(t, step, StepState.Rejected, signal);
        CancelOpenSteps(t, $"Đơn vị {step.Department} đã từ chối giải quyết.");
        IssueResult(t, ResultOutcome.Refused, signal.ResultReference, signal.Note);
        return null;
    }

    private Refusal? RequestSupplement(Transition t, StepProgress step, DepartmentDecision signal)
    {
        var items = signal.MissingItems ?? [];
        if (items.Count == 0 || items.Any(string.IsNullOrWhiteSpace))
        {
            return Refusals.ItemsRequired();
        }
        if (t.Dossier.History.OfType<SupplementRequested>().Any(r => r.Step == step.Step && r.Department == step.Department))
        {
            // One request, listing everything missing, per department's step: a second one would send the applicant back again.
            return Refusals.SupplementAlreadyRequestedByStep(step.Department, step.Step);
        }
        var reason = signal.Note ?? "";
        StopForApplicant(t, new PendingRequest(RequestKind.Supplement, t.Now, step.Step, step.Department, items, 0, reason));
        t.Update(d => d with { SupplementRequestsAfterReceipt = d.SupplementRequestsAfterReceipt + 1 });
        t.Record(new SupplementRequested(step.Step, step.Department, items, reason), DossierStatus.SupplementRequested);
        t.IssueForm(FormKind.Mau02);
        t.Notify(ApplicantNotice.SupplementRequested,
            $"Hồ sơ {t.Dossier.Code} cần bổ sung, hoàn thiện: {string.Join("; ", items)}. Thời gian chờ bổ sung không tính vào thời hạn giải quyết.");
        return null;
    }

    private Refusal? RequestFees(Transition t, StepProgress step, DepartmentDecision signal)
    {
        if (signal.FeeAmountVnd <= 0)
        {
            return Refusals.FeeAmountInvalid();
        }
        var reason = signal.Note ?? "";
        StopForApplicant(t, new PendingRequest(RequestKind.Fees, t.Now, step.Step, step.Department, [], signal.FeeAmountVnd, reason));
        t.Record(new FeesRequested(step.Step, step.Department, signal.FeeAmountVnd, reason), DossierStatus.FeesRequested);
        t.Notify(ApplicantNotice.FeesRequested,
            $"Hồ sơ {t.Dossier.Code}: đề nghị ông/bà thực hiện nghĩa vụ tài chính {VietnameseText.Money(signal.FeeAmountVnd)}. Thời gian chờ không tính vào thời hạn giải quyết.");
        return null;
    }

    /// <summary>Assigns every department of a process step, each with its budget counted from <paramref name="start"/>.</summary>
    private void StartStep(Transition t, int index, DateTimeOffset start)
    {
        var processStep = t.Dossier.Procedure.Steps[index];
        t.Update(d => d with { CurrentStep = index });
        foreach (var department in processStep.Departments)
        {
            var clock = WorkClock.StartedAt(start, Calendar.Allowance(processStep.Budget, start));
            var due = clock.DueAt(Calendar)!.Value;
            t.UpdateStep(index, department, s => s with { State = StepState.Active, AssignedAt = t.Now, Clock = clock, DueAt = due });
            t.Record(new StepAssigned(index, department, due), DossierStatus.Processing);
            t.Emit(new AssignToDepartment(department, index, processStep.Name, due), $"{department}:{index}");
        }
    }

    /// <summary>Once every department of the current step has approved: the next step, or the result.</summary>
    private void ContinueProcess(Transition t, string? resultReference)
    {
        var dossier = t.Dossier;
        if (dossier.Steps.Any(s => s.Step == dossier.CurrentStep && s.State != StepState.Approved))
        {
            return;
        }
        if (dossier.CurrentStep == dossier.Procedure.Steps.Count - 1)
        {
            IssueResult(t, ResultOutcome.Granted, resultReference, null);
            return;
        }
        StartStep(t, dossier.CurrentStep + 1, Calendar.NextWorkingInstant(t.Now));
    }

    private void CloseStep(Transition t, StepProgress step, StepState state, DepartmentDecision signal)
    {
        t.UpdateStep(step.Step, step.Department, s => s with
        {
            State = state,
            Decision = signal.Decision,
            DecidedAt = t.Now,
            Clock = s.Clock?.Stop(t.Now, Calendar),
        });
        t.Record(new StepDecided(step.Step, step.Department, signal.Decision, signal.DecisionId, signal.Note));
    }

    /// <summary>Cancels every step not yet decided; the departments working on one are told to stop.</summary>
    private void CancelOpenSteps(Transition t, string reason)
    {
        foreach (var step in t.Dossier.Steps.Where(s => s.IsOpen).ToList())
        {
            t.UpdateStep(step.Step, step.Department, s => s with { State = StepState.Cancelled, Clock = s.Clock?.Stop(t.Now, Calendar) });
            if (step.State == StepState.Active)
            {
                t.Record(new StepCancelled(step.Step, step.Department, reason));
                t.Emit(new CancelAssignment(step.Department, step.Step, reason), $"{step.Department}:{step.Step}");
            }
        }
    }

    private void IssueResult(Transition t, ResultOutcome outcome, string? reference, string? reason)
    {
        t.Update(d => d with { Outcome = outcome, EndedAt = t.Now, Clock = d.Clock?.Stop(t.Now, Calendar) });
        t.Record(new ResultIssued(outcome, reference, reason), DossierStatus.Processed);
        t.Notify(ApplicantNotice.ResultReady, outcome == ResultOutcome.Granted
            ? $"Hồ sơ {t.Dossier.Code} đã có kết quả. Mời ông/bà nhận kết quả theo hình thức đã đăng ký."
            : $"Hồ sơ {t.Dossier.Code} đã được xem xét: cơ quan có thẩm quyền không giải quyết. Lý do: {reason}. Mời ông/bà nhận văn bản trả lời.");
    }
}
