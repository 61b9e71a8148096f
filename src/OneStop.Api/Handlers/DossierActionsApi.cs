using OneStop.Api.Security;
using OneStop.Application.Decisions;
using OneStop.Application.Dossiers;
using OneStop.Application.Reception;
using OneStop.Application.Workflow;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// What is done to a dossier: reception's decisions and the return of the result, the applicant's withdrawal and
/// rating, a department's decision, a delay with its apology (Mẫu 04), a stop. Each answer is the engine's.
/// </summary>
public sealed class DossierActionsApi(ReceptionDesk reception, DossierService dossiers, OfficerDecisions decisions, DossierAnswers answers)
{
    public async Task<IResult> DecideReceptionAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<ReceptionRequest>(http);
        var actor = http.User.ToActor();
        var result = request.Decision switch
        {
            "receive" => await reception.ReceiveAsync(code, actor, http.RequestAborted),
            "refuse" => await reception.RefuseAsync(code, request.Reason ?? "", actor, http.RequestAborted),
            "requestSupplement" => await reception.RequestSupplementAsync(code, request.MissingItems ?? [], request.Reason ?? "", actor, http.RequestAborted),
            _ => throw new ApiInputException("unknown_decision", "Quyết định tiếp nhận phải là 'receive', 'refuse' hoặc 'requestSupplement'."),
        };
        return answers.Answer(http, result);
    }

    public async Task<IResult> WithdrawAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<WithdrawalRequest>(http);
        return await ApplyAsync(http, code, new RequestWithdrawal(request.Reason ?? "") { Actor = http.User.ToActor() });
    }

    /// <summary>The applicant's rating of the service, once the result is returned.</summary>
    public async Task<IResult> RateServiceAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<RatingRequest>(http);
        var score = request.Score ?? throw new ApiInputException("score_required", "Cần chọn mức độ hài lòng, từ 1 đến 5.");
        return await ApplyAsync(http, code, new RateService(score, request.Comment) { Actor = http.User.ToActor() });
    }

    public async Task<IResult> ReturnResultAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<ReturnRequest>(http);
        return answers.Answer(http, await reception.ReturnResultAsync(code, request.Method, http.User.ToActor(), http.RequestAborted));
    }

    public async Task<IResult> DeclareDelayAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<DelayRequest>(http);
        var newAppointment = request.NewAppointment ?? throw new ApiInputException("new_appointment_required", "Cần nêu ngày hẹn trả kết quả mới.");
        return await ApplyAsync(http, code, new DeclareDelay(newAppointment, request.Reason ?? "") { Actor = http.User.ToActor() });
    }

    public async Task<IResult> StopProcessingAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<StopRequest>(http);
        return await ApplyAsync(http, code, new StopProcessing(request.Reason ?? "") { Actor = http.User.ToActor() });
    }

    /// <summary>A department officer decides their department's step; an Idempotency-Key makes a resend harmless.</summary>
    public async Task<IResult> DecideStepAsync(HttpContext http, string code, IWorkflowRelay relay)
    {
        var request = await JsonBody.ReadAsync<StepDecisionRequest>(http);
        var decision = request.Decision ?? throw new ApiInputException("decision_required", "Cần chọn quyết định: Approve, Reject, RequestSupplement hoặc RequestFees.");
        var receipt = await decisions.DecideAsync(
            code,
            new OfficerDecision(request.Step, decision, request.Note, request.MissingItems, request.FeeAmountVnd ?? 0, request.ResultReference),
            http.User.ToActor(),
            http.Request.Headers["Idempotency-Key"].FirstOrDefault(),
            relay,
            http.RequestAborted);
        var view = receipt.AlreadyApplied
            ? new DecisionReceiptView(receipt.DecisionId, receipt.DossierCode, "applied", "Quyết định này đã được ghi nhận trước đó.")
            : new DecisionReceiptView(receipt.DecisionId, receipt.DossierCode, "queued", "Quyết định đã được chuyển vào luồng xử lý hồ sơ; trạng thái hồ sơ sẽ cập nhật trong giây lát.");
        return receipt.AlreadyApplied ? Results.Ok(view) : Results.Accepted($"/api/dossiers/{receipt.DossierCode}", view);
    }

    private async Task<IResult> ApplyAsync(HttpContext http, string code, Signal signal)
    {
        return answers.Answer(http, await dossiers.ApplyAsync(code, signal, http.RequestAborted));
    }
}
