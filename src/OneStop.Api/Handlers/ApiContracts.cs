using OneStop.Application.Access;
using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;

namespace OneStop.Api.Handlers;

/// <summary>What a route takes and answers on success, for the OpenAPI document department systems and the web workspace are written against.</summary>
/// <param name="Request">The JSON body's type, or null (no body, or <paramref name="RequestContentType"/> says what it is).</param>
/// <param name="Parameters">The query parameters and headers the handler reads (route values are described by the route itself).</param>
public sealed record ApiContract(
    Type? Request, Type Response, int Status = StatusCodes.Status200OK, string ResponseContentType = "application/json", string? RequestContentType = null,
    IReadOnlyList<ApiParameter>? Parameters = null);

/// <summary>A query parameter or header a handler reads: its name, where it is, its type (string or integer), whether it repeats.</summary>
public sealed record ApiParameter(string Name, string Description, bool InHeader = false, bool Integer = false, bool Repeated = false)
{
    public static ApiParameter Query(string name, string description) => new(name, description);

    public static ApiParameter Header(string name, string description) => new(name, description, InHeader: true);
}

/// <summary>The contract of every route of <see cref="ApiRoutes"/>; a route without one stops the server at start-up.</summary>
public static class ApiContracts
{
    public const string Multipart = "multipart/form-data";

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

    public static IReadOnlyDictionary<string, ApiContract> ByRoute { get; } = new Dictionary<string, ApiContract>
    {
        [ApiRoutes.ListIntakePoints.Name] = new(null, typeof(IReadOnlyList<IntakePointView>)),
        [ApiRoutes.ListProcedures.Name] = new(null, typeof(IReadOnlyList<ProcedureSummary>), Parameters: [ApiParameter.Query("q", "Words of the procedure's name, or its code.")]),
        [ApiRoutes.GetProcedure.Name] = new(null, typeof(ProcedureVersion)),
        [ApiRoutes.SubmitDossier.Name] = new(null, typeof(SubmissionView), StatusCodes.Status201Created, RequestContentType: Multipart, Parameters: [IdempotencyKey]),
        [ApiRoutes.SearchDossiers.Name] = new(null, typeof(DossierSearchPage), Parameters: DossierFilter),
        [ApiRoutes.GetDossier.Name] = new(null, typeof(DossierView)),
        [ApiRoutes.GetDossierDetail.Name] = new(null, typeof(DossierDetail)),
        [ApiRoutes.GetDocument.Name] = new(null, typeof(byte[]), ResponseContentType: "application/octet-stream"),
        [ApiRoutes.DecideStep.Name] = new(typeof(StepDecisionRequest), typeof(DecisionReceiptView), StatusCodes.Status202Accepted, Parameters: [IdempotencyKey]),
        [ApiRoutes.GetTimeline.Name] = new(null, typeof(IReadOnlyList<TimelineEntry>)),
        [ApiRoutes.DecideReception.Name] = new(typeof(ReceptionRequest), typeof(DossierView)),
        [ApiRoutes.ProvideSupplement.Name] = new(null, typeof(DossierView), RequestContentType: Multipart),
        [ApiRoutes.Withdraw.Name] = new(typeof(WithdrawalRequest), typeof(DossierView)),
        [ApiRoutes.RateService.Name] = new(typeof(RatingRequest), typeof(DossierView)),
        [ApiRoutes.ReturnResult.Name] = new(typeof(ReturnRequest), typeof(DossierView)),
        [ApiRoutes.DeclareDelay.Name] = new(typeof(DelayRequest), typeof(DossierView)),
        [ApiRoutes.StopProcessing.Name] = new(typeof(StopRequest), typeof(DossierView)),
        [ApiRoutes.GetForm.Name] = new(null, typeof(string), ResponseContentType: "text/html"),
        [ApiRoutes.DepartmentWorklist.Name] = new(null, typeof(WorkView)),
        [ApiRoutes.MyDossiers.Name] = new(null, typeof(DossierSearchPage), Parameters:
        [
            new("status", "Only dossiers in these statuses (1 to 10; repeat for several).", Integer: true, Repeated: true),
            new("pageSize", "Dossiers per page, 1 to 200 (default 50).", Integer: true),
            ApiParameter.Query("continuation", "The previous page's continuation, to read the next."),
        ]),
        [ApiRoutes.MyWork.Name] = new(null, typeof(WorkView)),
        [ApiRoutes.WhoAmI.Name] = new(null, typeof(MeView)),
        [ApiRoutes.CounterToday.Name] = new(null, typeof(CounterDayView), Parameters: [ApiParameter.Query("intakePoint", "A leader's choice of intake point (a reception officer's is their own).")]),
        [ApiRoutes.CenterDeadlines.Name] = new(null, typeof(DeadlinesView)),
        [ApiRoutes.OnTimeReport.Name] = new(null, typeof(IReadOnlyList<OnTimeRowView>), Parameters: [.. Period, ReportGrouping, ApiParameter.Query("format", "csv for a CSV file.")]),
        [ApiRoutes.OnTimeDossiers.Name] = new(null, typeof(IReadOnlyList<DossierSummary>), Parameters:
        [
            .. Period, ReportGrouping, ApiParameter.Query("key", "The line: a department's, procedure's or intake point's code, or a period's label."),
            ApiParameter.Query("measure", "The column: received, carriedOver, early, onTime, late, openWithinLimit, openOverdue, withdrawn, stopped or online."),
        ]),
        [ApiRoutes.IntakeReport.Name] = new(null, typeof(IReadOnlyList<IntakeCountView>), Parameters: Period),
        [ApiRoutes.SatisfactionReport.Name] = new(null, typeof(IReadOnlyList<SatisfactionRowView>), Parameters: [.. Period, ApiParameter.Query("by", "One line per department (default) or procedure.")]),
        [ApiRoutes.AccessLog.Name] = new(null, typeof(IReadOnlyList<AccessRecordView>), Parameters: [.. Period, ApiParameter.Query("dossier", "One dossier's code."), ApiParameter.Query("actor", "One officer's id.")]),
        [ApiRoutes.PublicStatus.Name] = new(null, typeof(PublicStatusView), Parameters: [ApiParameter.Header("X-Tracking-Secret", "The tracking secret printed on the receipt (Mẫu 01)."), ApiParameter.Query("secret", "The same secret, as the QR code's link carries it.")]),
        [ApiRoutes.PreviewCatalog.Name] = new(typeof(CatalogFile), typeof(CatalogPlanView), StatusCodes.Status200OK),
        [ApiRoutes.ImportCatalog.Name] = new(typeof(CatalogFile), typeof(CatalogImportView), StatusCodes.Status200OK),
        [ApiRoutes.ProcedureVersions.Name] = new(null, typeof(IReadOnlyList<ProcedureVersion>)),
        [ApiRoutes.ListDepartments.Name] = new(null, typeof(IReadOnlyList<DepartmentView>)),
        [ApiRoutes.SetDepartmentOnboarding.Name] = new(typeof(DepartmentOnboardingRequest), typeof(DepartmentView)),
        [ApiRoutes.AdministrationChanges.Name] = new(null, typeof(IReadOnlyList<AdminChange>)),
        [ApiRoutes.ListAdminIntakePoints.Name] = new(null, typeof(IReadOnlyList<IntakePointAdminView>)),
        [ApiRoutes.SaveIntakePoint.Name] = new(typeof(IntakePointRequest), typeof(IntakePointAdminView)),
        [ApiRoutes.ListHolidayNotices.Name] = new(null, typeof(HolidayNoticesView)),
        [ApiRoutes.PreviewHolidayNotice.Name] = new(typeof(AnnualNotice), typeof(NoticePreviewView)),
        [ApiRoutes.ApplyHolidayNotice.Name] = new(typeof(AnnualNotice), typeof(NoticePreviewView)),
        [ApiRoutes.ListStalledWorkflows.Name] = new(null, typeof(WorkflowReportView), Parameters: [new("limit", "At most this many of each list.", Integer: true)]),
        [ApiRoutes.RestartWorkflow.Name] = new(null, typeof(WorkflowRestart)),
        [ApiRoutes.ReceivePortalDossiers.Name] = new(typeof(System.Text.Json.Nodes.JsonObject), typeof(PortalPushAnswer), Parameters: [ApiParameter.Header(PortalApi.KeyHeader, "The key agreed with the portal (configuration only).")]),
        [ApiRoutes.PortalConnection.Name] = new(null, typeof(PortalConnectionView)),
        [ApiRoutes.ReplayPortalReport.Name] = new(null, typeof(PortalDeadLetterView)),
        [ApiRoutes.ReceivePortalDossierAgain.Name] = new(null, typeof(PortalReceipt)),
    };
}
