using OneStop.Application.Access;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;

namespace OneStop.Api.Handlers;

/// <summary>What a route takes and answers on success, for the OpenAPI document department systems and the web workspace are written against.</summary>
/// <param name="Request">The JSON body's type, or null (no body, or <paramref name="RequestContentType"/> says what it is).</param>
public sealed record ApiContract(Type? Request, Type Response, int Status = StatusCodes.Status200OK, string ResponseContentType = "application/json", string? RequestContentType = null);

/// <summary>The contract of every route of <see cref="ApiRoutes"/>; a route without one stops the server at start-up.</summary>
public static class ApiContracts
{
    public const string Multipart = "multipart/form-data";

    public static IReadOnlyDictionary<string, ApiContract> ByRoute { get; } = new Dictionary<string, ApiContract>
    {
        [ApiRoutes.ListProcedures.Name] = new(null, typeof(IReadOnlyList<ProcedureSummary>)),
        [ApiRoutes.GetProcedure.Name] = new(null, typeof(ProcedureVersion)),
        [ApiRoutes.SubmitDossier.Name] = new(null, typeof(SubmissionView), StatusCodes.Status201Created, RequestContentType: Multipart),
        [ApiRoutes.SearchDossiers.Name] = new(null, typeof(DossierSearchPage)),
        [ApiRoutes.GetDossier.Name] = new(null, typeof(DossierView)),
        [ApiRoutes.GetDossierDetail.Name] = new(null, typeof(DossierDetail)),
        [ApiRoutes.GetDocument.Name] = new(null, typeof(byte[]), ResponseContentType: "application/octet-stream"),
        [ApiRoutes.DecideStep.Name] = new(typeof(StepDecisionRequest), typeof(DecisionReceiptView), StatusCodes.Status202Accepted),
        [ApiRoutes.GetTimeline.Name] = new(null, typeof(IReadOnlyList<TimelineEntry>)),
        [ApiRoutes.DecideReception.Name] = new(typeof(ReceptionRequest), typeof(DossierView)),
        [ApiRoutes.ProvideSupplement.Name] = new(null, typeof(DossierView), RequestContentType: Multipart),
        [ApiRoutes.Withdraw.Name] = new(typeof(WithdrawalRequest), typeof(DossierView)),
        [ApiRoutes.ReturnResult.Name] = new(typeof(ReturnRequest), typeof(DossierView)),
        [ApiRoutes.DeclareDelay.Name] = new(typeof(DelayRequest), typeof(DossierView)),
        [ApiRoutes.StopProcessing.Name] = new(typeof(StopRequest), typeof(DossierView)),
        [ApiRoutes.GetForm.Name] = new(null, typeof(string), ResponseContentType: "text/html"),
        [ApiRoutes.DepartmentWorklist.Name] = new(null, typeof(WorkView)),
        [ApiRoutes.MyWork.Name] = new(null, typeof(WorkView)),
        [ApiRoutes.CenterDeadlines.Name] = new(null, typeof(DeadlinesView)),
        [ApiRoutes.OnTimeReport.Name] = new(null, typeof(IReadOnlyList<OnTimeRowView>)),
        [ApiRoutes.AccessLog.Name] = new(null, typeof(IReadOnlyList<AccessRecordView>)),
        [ApiRoutes.PublicStatus.Name] = new(null, typeof(PublicStatusView)),
        [ApiRoutes.ListStalledWorkflows.Name] = new(null, typeof(WorkflowReportView)),
        [ApiRoutes.RestartWorkflow.Name] = new(null, typeof(WorkflowRestart)),
    };
}
