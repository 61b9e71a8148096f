using Microsoft.DurableTask.Client;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Functions.Workflow;

namespace OneStop.Functions.Http;

/// <summary>
/// The routes that change a dossier. A submission starts the dossier's orchestration; a reception makes sure it
/// runs before anything can be assigned to a department (an event raised to a missing instance is lost); every
/// other change nudges it so that it reads the new wake-up time.
/// </summary>
public sealed partial class ApiFunctions
{
    [Function(nameof(ApiRoutes.SubmitDossier))]
    public async Task<IResult> SubmitDossier(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers")] HttpRequest request, [DurableClient] DurableTaskClient durable)
    {
        var result = await Guard(request, () => filing.SubmitDossierAsync(request.HttpContext));
        if (result is IValueHttpResult<SubmissionView> { Value: { } submitted })
        {
            try
            {
                await orchestrations.EnsureStartedAsync(durable, submitted.Code, request.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The dossier is accepted and stays so; reception starts its orchestration if this did not.
                logger.LogWarning(e, "Starting the orchestration of {DossierCode} failed; reception will start it", submitted.Code);
            }
        }
        return result;
    }

    [Function(nameof(ApiRoutes.DecideReception))]
    public async Task<IResult> DecideReception(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/reception")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable)
    {
        await orchestrations.EnsureStartedAsync(durable, code, request.HttpContext.RequestAborted);
        return await ChangeAsync(request, durable, code, () => actions.DecideReceptionAsync(request.HttpContext, code));
    }

    [Function(nameof(ApiRoutes.ProvideSupplement))]
    public Task<IResult> ProvideSupplement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/supplements")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        ChangeAsync(request, durable, code, () => filing.ProvideSupplementAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.Withdraw))]
    public Task<IResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/withdrawal")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        ChangeAsync(request, durable, code, () => actions.WithdrawAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.RateService))]
    public Task<IResult> RateService(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/rating")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        ChangeAsync(request, durable, code, () => actions.RateServiceAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.ReturnResult))]
    public Task<IResult> ReturnResult(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/return")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        ChangeAsync(request, durable, code, () => actions.ReturnResultAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.DeclareDelay))]
    public Task<IResult> DeclareDelay(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/delay")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        ChangeAsync(request, durable, code, () => actions.DeclareDelayAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.StopProcessing))]
    public Task<IResult> StopProcessing(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/stop")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        ChangeAsync(request, durable, code, () => actions.StopProcessingAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.DecideStep))]
    public Task<IResult> DecideStep(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dossiers/{code}/decisions")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        Guard(request, () => actions.DecideStepAsync(request.HttpContext, code, new DurableWorkflowRelay(durable, orchestrations, time)));

    private async Task<IResult> ChangeAsync(HttpRequest request, DurableTaskClient durable, string code, Func<Task<IResult>> handler)
    {
        var result = await Guard(request, handler);
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            try
            {
                await orchestrations.NudgeAsync(durable, code, request.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is saved; the orchestration reads it at its next timer at the latest.
                logger.LogWarning(e, "Nudging the orchestration of {DossierCode} failed", code);
            }
        }
        return result;
    }
}
