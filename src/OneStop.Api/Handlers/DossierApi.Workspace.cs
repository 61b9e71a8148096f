using System.Globalization;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Decisions;
using OneStop.Application.Dossiers;
using OneStop.Application.Workflow;
using OneStop.Application.Worklists;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Api.Handlers;

/// <summary>The officers' workspace: the inbox and search, a dossier's detail and files, decisions, their work, the access log.</summary>
public sealed partial class DossierApi
{
    /// <summary>
    /// Dossiers by ?status= (codes, repeatable), ?intakePoint=, ?procedure=, ?department=, ?filedFrom= ?filedTo=
    /// ?receivedFrom= ?receivedTo= (local dates yyyy-MM-dd, inclusive), ?q= (a code, a citizen ID, a phone number, or
    /// words of the name), ?pageSize= (1–200) and ?continuation= (from the previous page).
    /// </summary>
    /// <summary>An applicant's own dossiers, a page at a time: the search, which keeps an applicant to their account's dossiers.</summary>
    public Task<IResult> MyDossiersAsync(HttpContext http) => SearchDossiersAsync(http);

    public async Task<IResult> SearchDossiersAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var statuses = new List<DossierStatus>();
        foreach (var text in query["status"])
        {
            if (!int.TryParse(text, out var code) || !Enum.IsDefined((DossierStatus)code))
            {
                throw new ApiInputException("invalid_status", $"Trạng thái «{text}» không hợp lệ: dùng mã từ 1 đến 10.");
            }
            statuses.Add((DossierStatus)code);
        }
        int pageSize = InboxQuery.DefaultPageSize;
        if (query["pageSize"].FirstOrDefault() is { } sizeText && !int.TryParse(sizeText, out pageSize))
        {
            throw new ApiInputException("invalid_page_size", "pageSize phải là một số.");
        }
        var found = await queries.SearchAsync(
            new InboxQuery
            {
                Filter = new DossierFilter
                {
                    Statuses = statuses,
                    IntakePoint = query["intakePoint"].FirstOrDefault(),
                    Procedure = query["procedure"].FirstOrDefault(),
                    Department = query["department"].FirstOrDefault(),
                    FiledFrom = DayStart(query, "filedFrom", 0),
                    FiledTo = DayStart(query, "filedTo", 1),
                    ReceivedFrom = DayStart(query, "receivedFrom", 0),
                    ReceivedTo = DayStart(query, "receivedTo", 1),
                },
                Text = query["q"].FirstOrDefault(),
                PageSize = pageSize,
                Continuation = query["continuation"].FirstOrDefault(),
            },
            http.User.ToActor(),
            http.RequestAborted);
        NoStore(http);
        return Results.Ok(new DossierSearchPage([.. found.Dossiers.Select(DossierSummary.Of)], found.Continuation));
    }

    /// <summary>A dossier's detail for the officers who handle it: its applicant, files, steps with their time, history.</summary>
    public async Task<IResult> GetDossierDetailAsync(HttpContext http, string code)
    {
        var actor = http.User.ToActor();
        var dossier = await reader.OpenAsync(code, actor, ApiRoutes.GetDossierDetail.Name, http.RequestAborted);
        NoStore(http);
        return Results.Ok(DossierDetail.Of(dossier, time.GetUtcNow(), engine.Calendar, access.ActionsOf(dossier, actor, engine)) with
        {
            PortalCode = await portal.PortalCodeOfAsync(dossier.Id, http.RequestAborted),
        });
    }

    /// <summary>One file of a dossier, streamed with its name and type.</summary>
    public async Task<IResult> GetDocumentAsync(HttpContext http, string code, string number)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            throw new ApiInputException("invalid_document_number", "Số thứ tự tệp phải là số nguyên từ 1.");
        }
        var opened = await reader.OpenDocumentAsync(code, n, http.User.ToActor(), ApiRoutes.GetDocument.Name, http.RequestAborted);
        NoStore(http);
        // Never rendered inline by the browser as the server's own page: a file is what its owner sent, not ours.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox";
        return Results.Stream(opened.Content, opened.Document.ContentType, opened.Document.FileName, enableRangeProcessing: false);
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

    /// <summary>The signed-in department officer's work: the department's open steps, due soon and overdue counted.</summary>
    public async Task<IResult> MyWorkAsync(HttpContext http)
    {
        var actor = http.User.ToActor();
        var department = actor.Department ?? throw new ApiInputException("no_department", "Tài khoản cán bộ chưa gắn với đơn vị nào.", StatusCodes.Status403Forbidden);
        return Results.Ok(WorkView.Of(department.Value, await queries.WorkAsync(department, actor, http.RequestAborted)));
    }

    /// <summary>A department's steps under way, soonest due first; a department officer sees only their own.</summary>
    public async Task<IResult> DepartmentWorklistAsync(HttpContext http, string department)
    {
        var actor = http.User.ToActor();
        DepartmentCode code;
        try
        {
            code = new DepartmentCode(department);
        }
        catch (ArgumentException)
        {
            throw new ApiInputException("unknown_department", $"Mã đơn vị «{department}» không hợp lệ.");
        }
        return Results.Ok(WorkView.Of(code.Value, await queries.WorkAsync(code, actor, http.RequestAborted)));
    }

    /// <summary>Steps overdue, steps due within one working day, and dossiers owing an apology.</summary>
    public async Task<IResult> CenterDeadlinesAsync(HttpContext http)
    {
        var deadlines = await queries.DeadlinesAsync(http.User.ToActor(), http.RequestAborted);
        NoStore(http); // the dossiers owing an apology are listed with their applicants' names
        return Results.Ok(DeadlinesView.Of(deadlines));
    }

    /// <summary>Reads of personal data between ?from= and ?to= (local dates, inclusive; default the last 7 days), by ?dossier= or ?actor=.</summary>
    public async Task<IResult> AccessLogAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var now = time.GetUtcNow();
        var from = DayStart(query, "from", 0) ?? now.AddDays(-7);
        var to = DayStart(query, "to", 1) ?? now.AddMinutes(1);
        var records = await reader.AccessLogAsync(from, to, query["dossier"].FirstOrDefault(), query["actor"].FirstOrDefault(), 1000, http.RequestAborted);
        NoStore(http);
        return Results.Ok(records.Select(AccessRecordView.Of));
    }

    /// <summary>Answers with personal data are kept by no cache, shared or private.</summary>
    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    /// <summary>The start (in Vietnam) of the day a query parameter names, plus <paramref name="addDays"/>; null when absent.</summary>
    private DateTimeOffset? DayStart(IQueryCollection query, string name, int addDays)
    {
        if (query[name].FirstOrDefault() is not { } text)
        {
            return null;
        }
        if (!TryDate(text, out var day))
        {
            throw new ApiInputException("invalid_date", $"Tham số {name} phải là ngày dạng yyyy-MM-dd.");
        }
        return new DateTimeOffset(day.AddDays(addDays).ToDateTime(TimeOnly.MinValue), engine.Calendar.Settings.UtcOffset);
    }
}
