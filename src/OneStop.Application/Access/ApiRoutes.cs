
namespace OneStop.Application.Access;

/// <summary>
/// The HTTP API, once for both hosts: the self-hosted server maps exactly these routes, and the Functions app
/// has one trigger for each, so the two cannot drift. Finer rules (an applicant's own dossiers, a department's
/// own steps) are checked per dossier by <see cref="AccessPolicy"/>.
/// </summary>
public static class ApiRoutes
{
    private static readonly Role[] Public = [];
    private static readonly Role[] Staff = [Role.ReceptionOfficer, Role.DepartmentOfficer, Role.Leader];

    public static readonly ApiRoute ListProcedures = new(nameof(ListProcedures), "GET", "/api/procedures", Public);
    public static readonly ApiRoute GetProcedure = new(nameof(GetProcedure), "GET", "/api/procedures/{code}", Public);
    public static readonly ApiRoute ListIntakePoints = new(nameof(ListIntakePoints), "GET", "/api/intake-points", Public);
    public static readonly ApiRoute SubmitDossier = new(nameof(SubmitDossier), "POST", "/api/dossiers", [Role.Applicant, Role.ReceptionOfficer]);
    public static readonly ApiRoute SearchDossiers = new(nameof(SearchDossiers), "GET", "/api/dossiers", Staff);
    public static readonly ApiRoute GetDossier = new(nameof(GetDossier), "GET", "/api/dossiers/{code}", [Role.Applicant, .. Staff]);
    public static readonly ApiRoute GetDossierDetail = new(nameof(GetDossierDetail), "GET", "/api/dossiers/{code}/detail", Staff);
    public static readonly ApiRoute GetDocument = new(nameof(GetDocument), "GET", "/api/dossiers/{code}/documents/{number}", [Role.Applicant, .. Staff]);
    public static readonly ApiRoute DecideStep = new(nameof(DecideStep), "POST", "/api/dossiers/{code}/decisions", [Role.DepartmentOfficer]);
    public static readonly ApiRoute GetTimeline = new(nameof(GetTimeline), "GET", "/api/dossiers/{code}/timeline", [Role.Applicant, .. Staff]);
    public static readonly ApiRoute DecideReception = new(nameof(DecideReception), "POST", "/api/dossiers/{code}/reception", [Role.ReceptionOfficer]);
    public static readonly ApiRoute ProvideSupplement = new(nameof(ProvideSupplement), "POST", "/api/dossiers/{code}/supplements", [Role.Applicant, Role.ReceptionOfficer]);
    public static readonly ApiRoute Withdraw = new(nameof(Withdraw), "POST", "/api/dossiers/{code}/withdrawal", [Role.Applicant, Role.ReceptionOfficer]);
    public static readonly ApiRoute RateService = new(nameof(RateService), "POST", "/api/dossiers/{code}/rating", [Role.Applicant]);
    public static readonly ApiRoute ReturnResult = new(nameof(ReturnResult), "POST", "/api/dossiers/{code}/return", [Role.ReceptionOfficer]);
    public static readonly ApiRoute DeclareDelay = new(nameof(DeclareDelay), "POST", "/api/dossiers/{code}/delay", [Role.DepartmentOfficer, Role.Leader]);
    public static readonly ApiRoute StopProcessing = new(nameof(StopProcessing), "POST", "/api/dossiers/{code}/stop", [Role.DepartmentOfficer, Role.Leader]);
    public static readonly ApiRoute GetForm = new(nameof(GetForm), "GET", "/api/dossiers/{code}/forms/{form}", [Role.Applicant, .. Staff]);
    public static readonly ApiRoute DepartmentWorklist = new(nameof(DepartmentWorklist), "GET", "/api/departments/{department}/worklist", [Role.DepartmentOfficer, Role.Leader]);
    public static readonly ApiRoute MyDossiers = new(nameof(MyDossiers), "GET", "/api/my/dossiers", [Role.Applicant]);
    public static readonly ApiRoute MyWork = new(nameof(MyWork), "GET", "/api/my/work", [Role.DepartmentOfficer]);
    public static readonly ApiRoute WhoAmI = new(nameof(WhoAmI), "GET", "/api/me", [Role.Applicant, .. Staff, Role.Administrator]);
    public static readonly ApiRoute CounterToday = new(nameof(CounterToday), "GET", "/api/center/today", [Role.ReceptionOfficer, Role.Leader]);
    public static readonly ApiRoute CenterDeadlines = new(nameof(CenterDeadlines), "GET", "/api/center/deadlines", [Role.ReceptionOfficer, Role.Leader]);
    public static readonly ApiRoute OnTimeReport = new(nameof(OnTimeReport), "GET", "/api/reports/on-time", [Role.Leader]);
    public static readonly ApiRoute OnTimeDossiers = new(nameof(OnTimeDossiers), "GET", "/api/reports/on-time/dossiers", [Role.Leader]);
    public static readonly ApiRoute IntakeReport = new(nameof(IntakeReport), "GET", "/api/reports/intake", [Role.Leader]);
    public static readonly ApiRoute SatisfactionReport = new(nameof(SatisfactionReport), "GET", "/api/reports/satisfaction", [Role.Leader]);
    public static readonly ApiRoute AccessLog = new(nameof(AccessLog), "GET", "/api/access-log", [Role.Leader]);
    public static readonly ApiRoute PublicStatus = new(nameof(PublicStatus), "GET", "/api/status/{code}", Public);
    public static readonly ApiRoute PreviewCatalog = new(nameof(PreviewCatalog), "POST", "/api/admin/catalog/preview", [Role.Administrator]);
    public static readonly ApiRoute ImportCatalog = new(nameof(ImportCatalog), "POST", "/api/admin/catalog", [Role.Administrator]);
    public static readonly ApiRoute ProcedureVersions = new(nameof(ProcedureVersions), "GET", "/api/admin/procedures/{code}/versions", [Role.Administrator]);
    public static readonly ApiRoute ListDepartments = new(nameof(ListDepartments), "GET", "/api/admin/departments", [Role.Administrator]);
    public static readonly ApiRoute SetDepartmentOnboarding = new(nameof(SetDepartmentOnboarding), "PUT", "/api/admin/departments/{code}", [Role.Administrator]);
    public static readonly ApiRoute AdministrationChanges = new(nameof(AdministrationChanges), "GET", "/api/admin/changes", [Role.Administrator]);
    public static readonly ApiRoute ListAdminIntakePoints = new(nameof(ListAdminIntakePoints), "GET", "/api/admin/intake-points", [Role.Administrator]);
    public static readonly ApiRoute SaveIntakePoint = new(nameof(SaveIntakePoint), "PUT", "/api/admin/intake-points/{code}", [Role.Administrator]);
    public static readonly ApiRoute ListHolidayNotices = new(nameof(ListHolidayNotices), "GET", "/api/admin/holiday-notices", [Role.Administrator]);
    public static readonly ApiRoute PreviewHolidayNotice = new(nameof(PreviewHolidayNotice), "POST", "/api/admin/holiday-notices/preview", [Role.Administrator]);
    public static readonly ApiRoute ApplyHolidayNotice = new(nameof(ApplyHolidayNotice), "POST", "/api/admin/holiday-notices", [Role.Administrator]);
    public static readonly ApiRoute ListStalledWorkflows = new(nameof(ListStalledWorkflows), "GET", "/api/admin/workflows", [Role.Administrator]);
    public static readonly ApiRoute RestartWorkflow = new(nameof(RestartWorkflow), "POST", "/api/admin/workflows/{code}/restart", [Role.Administrator]);

    /// <summary>The national portal pushes the dossiers filed on it; it presents the shared key (X-Portal-Key), checked by the handler.</summary>
    public static readonly ApiRoute ReceivePortalDossiers = new(nameof(ReceivePortalDossiers), "POST", "/api/portal/dossiers", Public);
    public static readonly ApiRoute PortalConnection = new(nameof(PortalConnection), "GET", "/api/admin/portal", [Role.Administrator]);
    public static readonly ApiRoute ReplayPortalReport = new(nameof(ReplayPortalReport), "POST", "/api/admin/portal/dead-letters/{code}/replay", [Role.Administrator]);
    public static readonly ApiRoute ReceivePortalDossierAgain = new(nameof(ReceivePortalDossierAgain), "POST", "/api/admin/portal/refusals/{code}/receive", [Role.Administrator]);

    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        ListProcedures, GetProcedure, ListIntakePoints, SubmitDossier, SearchDossiers, GetDossier, GetDossierDetail, GetDocument, DecideStep, GetTimeline, DecideReception,
        ProvideSupplement, Withdraw, RateService, ReturnResult, DeclareDelay, StopProcessing, GetForm, DepartmentWorklist, MyDossiers, MyWork, WhoAmI, CounterToday, CenterDeadlines, OnTimeReport, OnTimeDossiers, IntakeReport, SatisfactionReport, AccessLog,
        PublicStatus, PreviewCatalog, ImportCatalog, ProcedureVersions, ListDepartments, SetDepartmentOnboarding, AdministrationChanges,
        ListAdminIntakePoints, SaveIntakePoint, ListHolidayNotices, PreviewHolidayNotice, ApplyHolidayNotice,
        ListStalledWorkflows, RestartWorkflow,
        ReceivePortalDossiers, PortalConnection, ReplayPortalReport, ReceivePortalDossierAgain,
    ];
}
