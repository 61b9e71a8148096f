using OneStop.Api.Handlers;
using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;

namespace OneStop.Api.Routes;

/// <summary>
/// The HTTP API, declared once for both hosts: each route's name, method, path, roles, contract (what it takes and
/// answers, for the OpenAPI document) and handler. The self-hosted server maps exactly this table; the Functions app
/// has one trigger per route, checked against it by a test. The roles are the route's only rule here: who may see or
/// do what with a dossier is the access policy's (Application.Access.AccessPolicy), asked by the use cases.
/// </summary>
public static class ApiRoutes
{
    private const string Multipart = "multipart/form-data";

    private static readonly Role[] Public = [];
    private static readonly Role[] Staff = [Role.ReceptionOfficer, Role.DepartmentOfficer, Role.Leader];

    private static readonly ApiParameter IdempotencyKey =
        ApiParameter.Header("Idempotency-Key", "Any unique text chosen by the caller; a request sent again with the same key answers what the first did and changes nothing.");

    private static readonly ApiParameter[] DossierFilter =
    [
        new("status", "Status codes (1 to 10); repeat the parameter for several.", Integer: true, Repeated: true),
        ApiParameter.Query("intakePoint", "The intake point's code."),
        ApiParameter.Query("procedure", "The procedure's code."),
        ApiParameter.Query("department", "A department with a step in the dossier's process."),
        ApiParameter.Query("filedFrom", "Filed on or after this local date (yyyy-MM-dd)."),
        ApiParameter.Query("filedTo", "Filed on or before this local date (yyyy-MM-dd)."),
        ApiParameter.Query("receivedFrom", "Received on or after this local date (yyyy-MM-dd)."),
        ApiParameter.Query("receivedTo", "Received on or before this local date (yyyy-MM-dd)."),
        ApiParameter.Query("q", "A dossier code, a citizen ID, a phone number, or words of the applicant's name."),
        new("pageSize", "Dossiers per page, 1 to 200 (default 50).", Integer: true),
        ApiParameter.Query("continuation", "The previous page's continuation, to read the next."),
    ];

    private static readonly ApiParameter ReportGrouping = ApiParameter.Query("by", "One line per department (default), procedure, intakePoint, week or month.");

    private static readonly ApiParameter[] Period =
    [
        ApiParameter.Query("from", "The first local date (yyyy-MM-dd)."),
        ApiParameter.Query("to", "The last local date (yyyy-MM-dd)."),
    ];

    public static readonly ApiRoute ListProcedures = new(
        nameof(ListProcedures), "GET", "/api/procedures", Public,
        new(null, typeof(IReadOnlyList<ProcedureSummary>), Parameters: [ApiParameter.Query("q", "Words of the procedure's name, or its code.")]),
        (ProcedureApi api, HttpContext http) => api.ListProcedures(http));

    public static readonly ApiRoute GetProcedure = new(
        nameof(GetProcedure), "GET", "/api/procedures/{code}", Public,
        new(null, typeof(ProcedureVersion)),
        (ProcedureApi api, string code) => api.GetProcedure(code));

    public static readonly ApiRoute ListIntakePoints = new(
        nameof(ListIntakePoints), "GET", "/api/intake-points", Public,
        new(null, typeof(IReadOnlyList<IntakePointView>)),
        (ProcedureApi api) => api.ListIntakePoints());

    public static readonly ApiRoute SubmitDossier = new(
        nameof(SubmitDossier), "POST", "/api/dossiers", [Role.Applicant, Role.ReceptionOfficer],
        new(null, typeof(SubmissionView), StatusCodes.Status201Created, RequestContentType: Multipart, Parameters: [IdempotencyKey]),
        (FilingApi api, HttpContext http) => api.SubmitDossierAsync(http));

    public static readonly ApiRoute SearchDossiers = new(
        nameof(SearchDossiers), "GET", "/api/dossiers", Staff,
        new(null, typeof(DossierSearchPage), Parameters: DossierFilter),
        (WorkApi api, HttpContext http) => api.SearchDossiersAsync(http));

    public static readonly ApiRoute GetDossier = new(
        nameof(GetDossier), "GET", "/api/dossiers/{code}", [Role.Applicant, .. Staff],
        new(null, typeof(DossierView)),
        (DossierApi api, HttpContext http, string code) => api.GetDossierAsync(http, code));

    public static readonly ApiRoute GetDossierDetail = new(
        nameof(GetDossierDetail), "GET", "/api/dossiers/{code}/detail", Staff,
        new(null, typeof(DossierDetail)),
        (DossierApi api, HttpContext http, string code) => api.GetDossierDetailAsync(http, code));

    public static readonly ApiRoute GetDocument = new(
        nameof(GetDocument), "GET", "/api/dossiers/{code}/documents/{number}", [Role.Applicant, .. Staff],
        new(null, typeof(byte[]), ResponseContentType: "application/octet-stream"),
        (DossierApi api, HttpContext http, string code, string number) => api.GetDocumentAsync(http, code, number));

    public static readonly ApiRoute DecideStep = new(
        nameof(DecideStep), "POST", "/api/dossiers/{code}/decisions", [Role.DepartmentOfficer],
        new(typeof(StepDecisionRequest), typeof(DecisionReceiptView), StatusCodes.Status202Accepted, Parameters: [IdempotencyKey]),
        (DossierActionsApi api, HttpContext http, string code, IWorkflowRelay relay) => api.DecideStepAsync(http, code, relay));

    public static readonly ApiRoute GetTimeline = new(
        nameof(GetTimeline), "GET", "/api/dossiers/{code}/timeline", [Role.Applicant, .. Staff],
        new(null, typeof(IReadOnlyList<TimelineEntry>)),
        (DossierApi api, HttpContext http, string code) => api.GetTimelineAsync(http, code));

    public static readonly ApiRoute DecideReception = new(
        nameof(DecideReception), "POST", "/api/dossiers/{code}/reception", [Role.ReceptionOfficer],
        new(typeof(ReceptionRequest), typeof(DossierView)),
        (DossierActionsApi api, HttpContext http, string code) => api.DecideReceptionAsync(http, code));

    public static readonly ApiRoute ProvideSupplement = new(
        nameof(ProvideSupplement), "POST", "/api/dossiers/{code}/supplements", [Role.Applicant, Role.ReceptionOfficer],
        new(null, typeof(DossierView), RequestContentType: Multipart),
        (FilingApi api, HttpContext http, string code) => api.ProvideSupplementAsync(http, code));

    public static readonly ApiRoute Withdraw = new(
        nameof(Withdraw), "POST", "/api/dossiers/{code}/withdrawal", [Role.Applicant, Role.ReceptionOfficer],
        new(typeof(WithdrawalRequest), typeof(DossierView)),
        (DossierActionsApi api, HttpContext http, string code) => api.WithdrawAsync(http, code));

    public static readonly ApiRoute RateService = new(
        nameof(RateService), "POST", "/api/dossiers/{code}/rating", [Role.Applicant],
        new(typeof(RatingRequest), typeof(DossierView)),
        (DossierActionsApi api, HttpContext http, string code) => api.RateServiceAsync(http, code));

    public static readonly ApiRoute ReturnResult = new(
        nameof(ReturnResult), "POST", "/api/dossiers/{code}/return", [Role.ReceptionOfficer],
        new(typeof(ReturnRequest), typeof(DossierView)),
        (DossierActionsApi api, HttpContext http, string code) => api.ReturnResultAsync(http, code));

    public static readonly ApiRoute DeclareDelay = new(
        nameof(DeclareDelay), "POST", "/api/dossiers/{code}/delay", [Role.DepartmentOfficer, Role.Leader],
        new(typeof(DelayRequest), typeof(DossierView)),
        (DossierActionsApi api, HttpContext http, string code) => api.DeclareDelayAsync(http, code));

    public static readonly ApiRoute StopProcessing = new(
        nameof(StopProcessing), "POST", "/api/dossiers/{code}/stop", [Role.DepartmentOfficer, Role.Leader],
        new(typeof(StopRequest), typeof(DossierView)),
        (DossierActionsApi api, HttpContext http, string code) => api.StopProcessingAsync(http, code));

    public static readonly ApiRoute GetForm = new(
        nameof(GetForm), "GET", "/api/dossiers/{code}/forms/{form}", [Role.Applicant, .. Staff],
        new(null, typeof(string), ResponseContentType: "text/html"),
        (DossierApi api, HttpContext http, string code, string form) => api.GetFormAsync(http, code, form));

    public static readonly ApiRoute DepartmentWorklist = new(
        nameof(DepartmentWorklist), "GET", "/api/departments/{department}/worklist", [Role.DepartmentOfficer, Role.Leader],
        new(null, typeof(WorkView)),
        (WorkApi api, HttpContext http, string department) => api.DepartmentWorklistAsync(http, department));

    public static readonly ApiRoute MyDossiers = new(
        nameof(MyDossiers), "GET", "/api/my/dossiers", [Role.Applicant],
        new(null, typeof(DossierSearchPage), Parameters:
        [
            new("status", "Only dossiers in these statuses (1 to 10; repeat for several).", Integer: true, Repeated: true),
            new("pageSize", "Dossiers per page, 1 to 200 (default 50).", Integer: true),
            ApiParameter.Query("continuation", "The previous page's continuation, to read the next."),
        ]),
        (WorkApi api, HttpContext http) => api.MyDossiersAsync(http));

    public static readonly ApiRoute MyWork = new(
        nameof(MyWork), "GET", "/api/my/work", [Role.DepartmentOfficer],
        new(null, typeof(WorkView)),
        (WorkApi api, HttpContext http) => api.MyWorkAsync(http));

    public static readonly ApiRoute WhoAmI = new(
        nameof(WhoAmI), "GET", "/api/me", [Role.Applicant, .. Staff, Role.Administrator],
        new(null, typeof(MeView)),
        (DeskApi api, HttpContext http) => api.WhoAmI(http));

    public static readonly ApiRoute CounterToday = new(
        nameof(CounterToday), "GET", "/api/center/today", [Role.ReceptionOfficer, Role.Leader],
        new(null, typeof(CounterDayView), Parameters: [ApiParameter.Query("intakePoint", "A leader's choice of intake point (a reception officer's is their own).")]),
        (DeskApi api, HttpContext http) => api.CounterTodayAsync(http));

    public static readonly ApiRoute IntakeBook = new(
        nameof(IntakeBook), "GET", "/api/intake-points/{code}/book", [Role.ReceptionOfficer, Role.Leader],
        new(null, typeof(string), ResponseContentType: "text/html", Parameters: [
            ApiParameter.Query("day", "The local day of receipt, yyyy-MM-dd (today by default)."),
            ApiParameter.Query("format", "csv for the book as CSV (UTF-8 with BOM) instead of the printable page.")]),
        (DeskApi api, HttpContext http, string code) => api.IntakeBookAsync(http, code));

    public static readonly ApiRoute CenterDeadlines = new(
        nameof(CenterDeadlines), "GET", "/api/center/deadlines", [Role.ReceptionOfficer, Role.Leader],
        new(null, typeof(DeadlinesView)),
        (WorkApi api, HttpContext http) => api.CenterDeadlinesAsync(http));

    public static readonly ApiRoute OnTimeReport = new(
        nameof(OnTimeReport), "GET", "/api/reports/on-time", [Role.Leader],
        new(null, typeof(IReadOnlyList<OnTimeRowView>), Parameters: [.. Period, ReportGrouping, ApiParameter.Query("format", "csv for a CSV file.")]),
        (ReportApi api, HttpContext http) => api.OnTimeReportAsync(http));

    public static readonly ApiRoute OnTimeDossiers = new(
        nameof(OnTimeDossiers), "GET", "/api/reports/on-time/dossiers", [Role.Leader],
        new(null, typeof(IReadOnlyList<DossierSummary>), Parameters:
        [
            .. Period, ReportGrouping, ApiParameter.Query("key", "The line: a department's, procedure's or intake point's code, or a period's label."),
            ApiParameter.Query("measure", "The column: received, carriedOver, early, onTime, late, openWithinLimit, openOverdue, withdrawn, stopped or online."),
        ]),
        (ReportApi api, HttpContext http) => api.OnTimeDossiersAsync(http));

    public static readonly ApiRoute Scorecard = new(
        nameof(Scorecard), "GET", "/api/reports/scorecard", [Role.Leader],
        new(null, typeof(ScorecardView), Parameters: [.. Period, ApiParameter.Query("by", "One line per department (default), procedure or intakePoint, after the province's.")]),
        (ScorecardApi api, HttpContext http) => api.ScorecardAsync(http));

    public static readonly ApiRoute ScorecardDossiers = new(
        nameof(ScorecardDossiers), "GET", "/api/reports/scorecard/dossiers", [Role.Leader],
        new(null, typeof(IReadOnlyList<ScoreDossierView>), Parameters:
        [
            .. Period, ApiParameter.Query("by", "department, procedure or intakePoint: what the key names."),
            ApiParameter.Query("indicator", "The indicator's id (onTime, averageDays, papersAsFiles, filedOnline, fullyOnline, satisfiedWithHandling)."),
            ApiParameter.Query("key", "The line's code; absent for the province's line."),
        ]),
        (ScorecardApi api, HttpContext http) => api.ScorecardDossiersAsync(http));

    public static readonly ApiRoute RebuildScorecard = new(
        nameof(RebuildScorecard), "POST", "/api/admin/scorecard/rebuild", [Role.Administrator],
        new(null, typeof(ScorecardRebuildView)),
        (ScorecardApi api, HttpContext http) => api.RebuildScorecardAsync(http));

    public static readonly ApiRoute IntakeReport = new(
        nameof(IntakeReport), "GET", "/api/reports/intake", [Role.Leader],
        new(null, typeof(IReadOnlyList<IntakeCountView>), Parameters: Period),
        (ReportApi api, HttpContext http) => api.IntakeReportAsync(http));

    public static readonly ApiRoute SatisfactionReport = new(
        nameof(SatisfactionReport), "GET", "/api/reports/satisfaction", [Role.Leader],
        new(null, typeof(IReadOnlyList<SatisfactionRowView>), Parameters: [.. Period, ApiParameter.Query("by", "One line per department (default) or procedure.")]),
        (ReportApi api, HttpContext http) => api.SatisfactionReportAsync(http));

    public static readonly ApiRoute AccessLog = new(
        nameof(AccessLog), "GET", "/api/access-log", [Role.Leader],
        new(null, typeof(IReadOnlyList<AccessRecordView>), Parameters: [.. Period, ApiParameter.Query("dossier", "One dossier's code."), ApiParameter.Query("actor", "One officer's id.")]),
        (ReportApi api, HttpContext http) => api.AccessLogAsync(http));

    public static readonly ApiRoute PublicStatus = new(
        nameof(PublicStatus), "GET", "/api/status/{code}", Public,
        new(null, typeof(PublicStatusView), Parameters: [ApiParameter.Header("X-Tracking-Secret", "The tracking secret printed on the receipt (Mẫu 01)."), ApiParameter.Query("secret", "The same secret, as the QR code's link carries it.")]),
        (DossierApi api, HttpContext http, string code) => api.PublicStatusAsync(http, code));

    public static readonly ApiRoute PreviewCatalog = new(
        nameof(PreviewCatalog), "POST", "/api/admin/catalog/preview", [Role.Administrator],
        new(typeof(CatalogFile), typeof(CatalogPlanView), StatusCodes.Status200OK),
        (AdministrationApi api, HttpContext http) => api.PreviewCatalogAsync(http));

    public static readonly ApiRoute ImportCatalog = new(
        nameof(ImportCatalog), "POST", "/api/admin/catalog", [Role.Administrator],
        new(typeof(CatalogFile), typeof(CatalogImportView), StatusCodes.Status200OK),
        (AdministrationApi api, HttpContext http) => api.ImportCatalogAsync(http));

    public static readonly ApiRoute ProcedureVersions = new(
        nameof(ProcedureVersions), "GET", "/api/admin/procedures/{code}/versions", [Role.Administrator],
        new(null, typeof(IReadOnlyList<ProcedureVersion>)),
        (AdministrationApi api, HttpContext http, string code) => api.ProcedureVersionsAsync(http, code));

    public static readonly ApiRoute ListDepartments = new(
        nameof(ListDepartments), "GET", "/api/admin/departments", [Role.Administrator],
        new(null, typeof(IReadOnlyList<DepartmentView>)),
        (AdministrationApi api) => api.ListDepartments());

    public static readonly ApiRoute SetDepartmentOnboarding = new(
        nameof(SetDepartmentOnboarding), "PUT", "/api/admin/departments/{code}", [Role.Administrator],
        new(typeof(DepartmentOnboardingRequest), typeof(DepartmentView)),
        (AdministrationApi api, HttpContext http, string code) => api.SetDepartmentOnboardingAsync(http, code));

    public static readonly ApiRoute AdministrationChanges = new(
        nameof(AdministrationChanges), "GET", "/api/admin/changes", [Role.Administrator],
        new(null, typeof(IReadOnlyList<AdminChange>)),
        (AdministrationApi api, HttpContext http) => api.AdministrationChangesAsync(http));

    public static readonly ApiRoute ListAdminIntakePoints = new(
        nameof(ListAdminIntakePoints), "GET", "/api/admin/intake-points", [Role.Administrator],
        new(null, typeof(IReadOnlyList<IntakePointAdminView>)),
        (AdministrationApi api) => api.ListAdminIntakePoints());

    public static readonly ApiRoute SaveIntakePoint = new(
        nameof(SaveIntakePoint), "PUT", "/api/admin/intake-points/{code}", [Role.Administrator],
        new(typeof(IntakePointRequest), typeof(IntakePointAdminView)),
        (AdministrationApi api, HttpContext http, string code) => api.SaveIntakePointAsync(http, code));

    public static readonly ApiRoute ListHolidayNotices = new(
        nameof(ListHolidayNotices), "GET", "/api/admin/holiday-notices", [Role.Administrator],
        new(null, typeof(HolidayNoticesView)),
        (AdministrationApi api) => api.ListHolidayNotices());

    public static readonly ApiRoute PreviewHolidayNotice = new(
        nameof(PreviewHolidayNotice), "POST", "/api/admin/holiday-notices/preview", [Role.Administrator],
        new(typeof(AnnualNotice), typeof(NoticePreviewView)),
        (AdministrationApi api, HttpContext http) => api.PreviewHolidayNoticeAsync(http));

    public static readonly ApiRoute ApplyHolidayNotice = new(
        nameof(ApplyHolidayNotice), "POST", "/api/admin/holiday-notices", [Role.Administrator],
        new(typeof(AnnualNotice), typeof(NoticePreviewView)),
        (AdministrationApi api, HttpContext http) => api.ApplyHolidayNoticeAsync(http));

    public static readonly ApiRoute ListStalledWorkflows = new(
        nameof(ListStalledWorkflows), "GET", "/api/admin/workflows", [Role.Administrator],
        new(null, typeof(WorkflowReportView), Parameters: [new("limit", "At most this many of each list.", Integer: true)]),
        (WorkflowApi api, HttpContext http, IWorkflowRelay relay) => api.ListStalledWorkflowsAsync(http, relay));

    public static readonly ApiRoute RestartWorkflow = new(
        nameof(RestartWorkflow), "POST", "/api/admin/workflows/{code}/restart", [Role.Administrator],
        new(null, typeof(WorkflowRestart)),
        (WorkflowApi api, HttpContext http, string code, IWorkflowRelay relay) => api.RestartWorkflowAsync(http, code, relay));

    /// <summary>The national portal pushes the dossiers filed on it; it presents the shared key (X-Portal-Key), checked by the handler.</summary>
    public static readonly ApiRoute ReceivePortalDossiers = new(
        nameof(ReceivePortalDossiers), "POST", "/api/portal/dossiers", Public,
        new(typeof(System.Text.Json.Nodes.JsonObject), typeof(PortalPushAnswer), Parameters: [ApiParameter.Header(PortalApi.KeyHeader, "The key agreed with the portal (configuration only).")]),
        (PortalApi api, HttpContext http) => api.ReceivePortalDossiersAsync(http));

    public static readonly ApiRoute PortalConnection = new(
        nameof(PortalConnection), "GET", "/api/admin/portal", [Role.Administrator],
        new(null, typeof(PortalConnectionView)),
        (PortalApi api, HttpContext http) => api.PortalConnectionAsync(http));

    public static readonly ApiRoute ReplayPortalReport = new(
        nameof(ReplayPortalReport), "POST", "/api/admin/portal/dead-letters/{code}/replay", [Role.Administrator],
        new(null, typeof(PortalDeadLetterView)),
        (PortalApi api, HttpContext http, string code) => api.ReplayPortalReportAsync(http, code));

    public static readonly ApiRoute ReceivePortalDossierAgain = new(
        nameof(ReceivePortalDossierAgain), "POST", "/api/admin/portal/refusals/{code}/receive", [Role.Administrator],
        new(null, typeof(PortalReceipt)),
        (PortalApi api, HttpContext http, string code) => api.ReceivePortalDossierAgainAsync(http, code));

    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        ListProcedures, GetProcedure, ListIntakePoints, SubmitDossier, SearchDossiers, GetDossier, GetDossierDetail, GetDocument, DecideStep, GetTimeline, DecideReception,
        ProvideSupplement, Withdraw, RateService, ReturnResult, DeclareDelay, StopProcessing, GetForm, DepartmentWorklist, MyDossiers, MyWork, WhoAmI, CounterToday, IntakeBook, CenterDeadlines, OnTimeReport, OnTimeDossiers, Scorecard, ScorecardDossiers, IntakeReport, SatisfactionReport, AccessLog,
        PublicStatus, PreviewCatalog, ImportCatalog, ProcedureVersions, ListDepartments, SetDepartmentOnboarding, AdministrationChanges,
        ListAdminIntakePoints, SaveIntakePoint, ListHolidayNotices, PreviewHolidayNotice, ApplyHolidayNotice,
        ListStalledWorkflows, RestartWorkflow, RebuildScorecard,
        ReceivePortalDossiers, PortalConnection, ReplayPortalReport, ReceivePortalDossierAgain,
    ];
}
