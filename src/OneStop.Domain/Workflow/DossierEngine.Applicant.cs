using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

public sealed partial class DossierEngine
{
    private Refusal? ProvideSupplement(Transition t, ProvideSupplement signal)
    {
        if (!Is(t.Actor, ActorRole.Applicant, ActorRole.ReceptionOfficer))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status != DossierStatus.SupplementRequested || t.Dossier.Waiting is not { } request)
        {
            return Refusals.WrongStatus(t.Dossier.Status, "nhận hồ sơ bổ sung");
        }
        if (signal.Documents.Count == 0)
        {
            return Refusals.DocumentsRequired();
        }
        t.Update(d => d with { Documents = d.Documents.AddRange(signal.Documents) });
        if (request.IsAtReception)
        {
            // Back to reception, which checks the dossier again; the clock has not started yet.
            t.Update(d => d with { Waiting = null });
            t.Record(new SupplementProvided(signal.Documents, null), DossierStatus.Registered);
            return null;
        }
        var appointment = ResumeProcessing(t);
        t.Record(new SupplementProvided(signal.Documents, appointment), DossierStatus.Processing);
        AfterApplicantComplied(t, request, appointment, $"Công dân đã bổ sung hồ sơ {t.Dossier.Code} theo yêu cầu.");
        return null;
    }

    private Refusal? PayFees(Transition t, PayFees signal)
    {
        if (!Is(t.Actor, ActorRole.Applicant, ActorRole.ReceptionOfficer, ActorRole.System))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status != DossierStatus.FeesRequested || t.Dossier.Waiting is not { } request)
        {
            return Refusals.WrongStatus(t.Dossier.Status, "ghi nhận nộp phí");
        }
        if (string.IsNullOrWhiteSpace(signal.PaymentReference))
        {
            return Refusals.PaymentReferenceRequired();
        }
        if (signal.AmountVnd < request.AmountVnd)
        {
            return Refusals.FeesInsufficient(request.AmountVnd);
        }
        var appointment = ResumeProcessing(t);
        t.Record(new FeesPaid(signal.AmountVnd, signal.PaymentReference, appointment), DossierStatus.Processing);
        AfterApplicantComplied(t, request, appointment, $"Công dân đã thực hiện nghĩa vụ tài chính cho hồ sơ {t.Dossier.Code}.");
        return null;
    }

    /// <summary>Withdrawal (status 7) ends in a stop (status 8) at once: nothing is left for anyone to decide.</summary>
    private Refusal? RequestWithdrawal(Transition t, RequestWithdrawal signal)
    {
        if (!Is(t.Actor, ActorRole.Applicant, ActorRole.ReceptionOfficer))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status is not (DossierStatus.Registered or DossierStatus.Processing or DossierStatus.SupplementRequested or DossierStatus.FeesRequested))
        {
            return Refusals.WrongStatus(t.Dossier.Status, "rút hồ sơ");
        }
        var reason = string.IsNullOrWhiteSpace(signal.Reason) ? "Theo đề nghị của người nộp hồ sơ." : signal.Reason;
        t.Record(new WithdrawalRequested(reason), DossierStatus.WithdrawalRequested);
        CancelOpenSteps(t, "Người nộp hồ sơ đã rút hồ sơ.");
        t.Update(d => d with { EndedAt = t.Now, Waiting = null, Clock = d.Clock?.Stop(t.Now, Calendar) });
        t.Record(new ProcessingStopped(reason, Withdrawn: true), DossierStatus.Stopped);
        t.Notify(ApplicantNotice.Withdrawn, $"Hồ sơ {t.Dossier.Code} đã được rút theo đề nghị của ông/bà.");
        return null;
    }

    private static Refusal? ReturnResult(Transition t, ReturnResult signal)
    {
        bool allowed = Is(t.Actor, ActorRole.ReceptionOfficer) || (Is(t.Actor, ActorRole.System) && signal.Method == ReturnMethod.Online);
        if (!allowed)
        {
            return Is(t.Actor, ActorRole.System) ? Refusals.ReturnMethodNotAllowed() : Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status != DossierStatus.Processed)
        {
            return Refusals.WrongStatus(t.Dossier.Status, "trả kết quả");
        }
        t.Update(d => d with { ReturnedAt = t.Now });
        t.Record(new ResultReturned(signal.Method), DossierStatus.Returned);
        t.Notify(ApplicantNotice.Returned, $"Kết quả hồ sơ {t.Dossier.Code} đã được trả.");
        return null;
    }

    /// <summary>
    /// The applicant's rating of the service, once the result is returned, once per dossier: a repeat of the same rating
    /// is a harmless duplicate (a retried request), a different one is refused.
    /// </summary>
    private static Refusal? RateService(Transition t, RateService signal)
    {
        if (!Is(t.Actor, ActorRole.Applicant))
        {
            return Refusals.NotPermitted(t.Actor);
        }
        if (t.Dossier.Status != DossierStatus.Returned)
        {
            return Refusals.WrongStatus(t.Dossier.Status, "đánh giá mức độ hài lòng");
        }
        var comment = string.IsNullOrWhiteSpace(signal.Comment) ? null : signal.Comment.Trim();
        if (signal.Score is < 1 or > 5 || comment?.Length > Workflow.RateService.MaxCommentLength)
        {
            return Refusals.RatingInvalid();
        }
        if (t.Dossier.History.OfType<ServiceRated>().FirstOrDefault() is { } rated)
        {
            if (rated.Score == signal.Score && rated.Comment == comment)
            {
                t.MarkDuplicate();
                return null;
            }
            return Refusals.AlreadyRated();
        }
        t.Record(new ServiceRated(signal.Score, comment));
        return null;
    }

    /// <summary>Stops every running clock: the dossier waits for the applicant (status 5 or 6).</summary>
    private void StopForApplicant(Transition t, PendingRequest request) =>
        t.Update(d => d with
        {
            Waiting = request,
            Clock = d.Clock?.Stop(t.Now, Calendar),
            Steps = [.. d.Steps.Select(s => s.State == StepState.Active ? s with { Clock = s.Clock?.Stop(t.Now, Calendar) } : s)],
        });

    /// <summary>
    /// Restarts the stopped clocks where they stopped, counting from when the applicant complied (after the
    /// daily cut-off: from the next working day), and moves the appointment and step deadlines accordingly.
    /// </summary>
    private DateTimeOffset ResumeProcessing(Transition t)
    {
        var start = Calendar.ClockStart(t.Now);
        var clock = t.Dossier.Clock!.Resume(start);
        var appointment = clock.DueAt(Calendar)!.Value;
        t.Update(d => d with
        {
            Waiting = null,
            Clock = clock,
            AppointmentAt = appointment,
            Steps = [.. d.Steps.Select(s => s.State == StepState.Active && s.Clock is { } stepClock ? Resumed(s, stepClock.Resume(start)) : s)],
        });
        return appointment;
    }

    private StepProgress Resumed(StepProgress step, WorkClock clock) =>
        step with { Clock = clock, DueAt = clock.DueAt(Calendar), OverdueReminded = false };

    private void AfterApplicantComplied(Transition t, PendingRequest request, DateTimeOffset appointment, string messageToDepartment)
    {
        t.Emit(new NotifyDepartment(request.Department!.Value, request.Step!.Value, messageToDepartment), $"{request.Department}:{request.Step}");
        t.Notify(ApplicantNotice.Resumed, $"Hồ sơ {t.Dossier.Code} tiếp tục được xử lý. Thời gian hẹn trả kết quả: {Local(appointment)}.");
        // Parallel departments may have approved while the dossier waited.
        ContinueProcess(t, null);
    }
}
