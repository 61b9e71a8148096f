using Microsoft.DurableTask.Client;
using OneStop.Api.Handlers;
using OneStop.Api.Problems;
using OneStop.Api.Routes;
using OneStop.Functions.Workflow;

namespace OneStop.Functions.Http;

/// <summary>
/// One HTTP trigger per route of <see cref="ApiRoutes"/>: the function's name is the route's name, its method and
/// route are the route's (under the host's "api" prefix), and its body is one call to the shared
/// handlers of <see cref="ApiRoutes"/> (the same ones the server maps), failures answered by the shared problem mapping. <see cref="ApiGate"/> checks tokens
/// and roles from the same table before any of these runs.
/// </summary>
public sealed partial class ApiFunctions(
    ProcedureApi procedures,
    FilingApi filing,
    DossierApi dossiers,
    DossierActionsApi actions,
    WorkApi work,
    DeskApi desk,
    ReportApi reports,
    ScorecardApi scorecard,
    AdministrationApi administration,
    WorkflowApi workflows,
    DossierOrchestrationClient orchestrations,
    TimeProvider time,
    ILogger<ApiFunctions> logger)
{
    [Function(nameof(ApiRoutes.ListIntakePoints))]
    public Task<IResult> ListIntakePoints([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake-points")] HttpRequest request) =>
        Guard(request, () => Task.FromResult(procedures.ListIntakePoints()));

    [Function(nameof(ApiRoutes.ListProcedures))]
    public Task<IResult> ListProcedures([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procedures")] HttpRequest request) =>
        Guard(request, () => Task.FromResult(procedures.ListProcedures(request.HttpContext)));

    [Function(nameof(ApiRoutes.GetProcedure))]
    public Task<IResult> GetProcedure([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procedures/{code}")] HttpRequest request, string code) =>
        Guard(request, () => Task.FromResult(procedures.GetProcedure(code)));

    [Function(nameof(ApiRoutes.GetDossier))]
    public Task<IResult> GetDossier([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{code}")] HttpRequest request, string code) =>
        Guard(request, () => dossiers.GetDossierAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.SearchDossiers))]
    public Task<IResult> SearchDossiers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers")] HttpRequest request) =>
        Guard(request, () => work.SearchDossiersAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.GetDossierDetail))]
    public Task<IResult> GetDossierDetail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{code}/detail")] HttpRequest request, string code) =>
        Guard(request, () => dossiers.GetDossierDetailAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.GetDocument))]
    public Task<IResult> GetDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{code}/documents/{number}")] HttpRequest request, string code, string number) =>
        Guard(request, () => dossiers.GetDocumentAsync(request.HttpContext, code, number));

    [Function(nameof(ApiRoutes.MyDossiers))]
    public Task<IResult> MyDossiers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "my/dossiers")] HttpRequest request) =>
        Guard(request, () => work.MyDossiersAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.MyWork))]
    public Task<IResult> MyWork([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "my/work")] HttpRequest request) =>
        Guard(request, () => work.MyWorkAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.AccessLog))]
    public Task<IResult> AccessLog([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "access-log")] HttpRequest request) =>
        Guard(request, () => reports.AccessLogAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.GetTimeline))]
    public Task<IResult> GetTimeline([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{code}/timeline")] HttpRequest request, string code) =>
        Guard(request, () => dossiers.GetTimelineAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.GetForm))]
    public Task<IResult> GetForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{code}/forms/{form}")] HttpRequest request, string code, string form) =>
        Guard(request, () => dossiers.GetFormAsync(request.HttpContext, code, form));

    [Function(nameof(ApiRoutes.DepartmentWorklist))]
    public Task<IResult> DepartmentWorklist([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "departments/{department}/worklist")] HttpRequest request, string department) =>
        Guard(request, () => work.DepartmentWorklistAsync(request.HttpContext, department));

    [Function(nameof(ApiRoutes.WhoAmI))]
    public Task<IResult> WhoAmI([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request) =>
        Guard(request, () => Task.FromResult(desk.WhoAmI(request.HttpContext)));

    [Function(nameof(ApiRoutes.CounterToday))]
    public Task<IResult> CounterToday([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "center/today")] HttpRequest request) =>
        Guard(request, () => desk.CounterTodayAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.IntakeBook))]
    public Task<IResult> IntakeBook([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake-points/{code}/book")] HttpRequest request, string code) =>
        Guard(request, () => desk.IntakeBookAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.CenterDeadlines))]
    public Task<IResult> CenterDeadlines([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "center/deadlines")] HttpRequest request) =>
        Guard(request, () => work.CenterDeadlinesAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.Scorecard))]
    public Task<IResult> Scorecard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/scorecard")] HttpRequest request) =>
        Guard(request, () => scorecard.ScorecardAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ScorecardDossiers))]
    public Task<IResult> ScorecardDossiers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/scorecard/dossiers")] HttpRequest request) =>
        Guard(request, () => scorecard.ScorecardDossiersAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.RebuildScorecard))]
    public Task<IResult> RebuildScorecard([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/scorecard/rebuild")] HttpRequest request) =>
        Guard(request, () => scorecard.RebuildScorecardAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.OnTimeReport))]
    public Task<IResult> OnTimeReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/on-time")] HttpRequest request) =>
        Guard(request, () => reports.OnTimeReportAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.OnTimeDossiers))]
    public Task<IResult> OnTimeDossiers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/on-time/dossiers")] HttpRequest request) =>
        Guard(request, () => reports.OnTimeDossiersAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.SatisfactionReport))]
    public Task<IResult> SatisfactionReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/satisfaction")] HttpRequest request) =>
        Guard(request, () => reports.SatisfactionReportAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.IntakeReport))]
    public Task<IResult> IntakeReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/intake")] HttpRequest request) =>
        Guard(request, () => reports.IntakeReportAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.PublicStatus))]
    public Task<IResult> PublicStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status/{code}")] HttpRequest request, string code) =>
        Guard(request, () => dossiers.PublicStatusAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.PreviewCatalog))]
    public Task<IResult> PreviewCatalog([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/catalog/preview")] HttpRequest request) =>
        Guard(request, () => administration.PreviewCatalogAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ImportCatalog))]
    public Task<IResult> ImportCatalog([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/catalog")] HttpRequest request) =>
        Guard(request, () => administration.ImportCatalogAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ProcedureVersions))]
    public Task<IResult> ProcedureVersions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/procedures/{code}/versions")] HttpRequest request, string code) =>
        Guard(request, () => administration.ProcedureVersionsAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.ListDepartments))]
    public Task<IResult> ListDepartments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/departments")] HttpRequest request) =>
        Guard(request, () => Task.FromResult(administration.ListDepartments()));

    [Function(nameof(ApiRoutes.SetDepartmentOnboarding))]
    public Task<IResult> SetDepartmentOnboarding([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "admin/departments/{code}")] HttpRequest request, string code) =>
        Guard(request, () => administration.SetDepartmentOnboardingAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.AdministrationChanges))]
    public Task<IResult> AdministrationChanges([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/changes")] HttpRequest request) =>
        Guard(request, () => administration.AdministrationChangesAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ListAdminIntakePoints))]
    public Task<IResult> ListAdminIntakePoints([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/intake-points")] HttpRequest request) =>
        Guard(request, () => Task.FromResult(administration.ListAdminIntakePoints()));

    [Function(nameof(ApiRoutes.SaveIntakePoint))]
    public Task<IResult> SaveIntakePoint([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "admin/intake-points/{code}")] HttpRequest request, string code) =>
        Guard(request, () => administration.SaveIntakePointAsync(request.HttpContext, code));

    [Function(nameof(ApiRoutes.ListHolidayNotices))]
    public Task<IResult> ListHolidayNotices([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/holiday-notices")] HttpRequest request) =>
        Guard(request, () => Task.FromResult(administration.ListHolidayNotices()));

    [Function(nameof(ApiRoutes.PreviewHolidayNotice))]
    public Task<IResult> PreviewHolidayNotice([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/holiday-notices/preview")] HttpRequest request) =>
        Guard(request, () => administration.PreviewHolidayNoticeAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ApplyHolidayNotice))]
    public Task<IResult> ApplyHolidayNotice([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/holiday-notices")] HttpRequest request) =>
        Guard(request, () => administration.ApplyHolidayNoticeAsync(request.HttpContext));

    [Function(nameof(ApiRoutes.ListStalledWorkflows))]
    public Task<IResult> ListStalledWorkflows([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/workflows")] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Guard(request, () => workflows.ListStalledWorkflowsAsync(request.HttpContext, new DurableWorkflowRelay(durable, orchestrations, time)));

    [Function(nameof(ApiRoutes.RestartWorkflow))]
    public Task<IResult> RestartWorkflow([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/workflows/{code}/restart")] HttpRequest request, string code, [DurableClient] DurableTaskClient durable) =>
        Guard(request, () => workflows.RestartWorkflowAsync(request.HttpContext, code, new DurableWorkflowRelay(durable, orchestrations, time)));

    /// <summary>The handler with its failures as problems; its log lines carry the dossier's code (nothing personal).</summary>
    private async Task<IResult> Guard(HttpRequest request, Func<Task<IResult>> handler)
    {
        using var scope = request.RouteValues.TryGetValue("code", out var code) && code is string dossier
            ? logger.BeginScope(new Dictionary<string, object> { ["DossierCode"] = dossier })
            : null;
        return await ApiCall.GuardAsync(request.HttpContext, logger, handler);
    }
}
