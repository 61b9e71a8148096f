using OneStop.Api.Security;
using OneStop.Application.Dossiers;
using OneStop.Application.Worklists;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// The officers' lists: the inbox and search, an applicant's own dossiers, a department's work, the center's
/// deadlines.
/// </summary>
public sealed class WorkApi(DossierQueries queries, DossierEngine engine)
{
    /// <summary>
    /// Dossiers by ?status= (codes, repeatable), ?intakePoint=, ?procedure=, ?department=, ?filedFrom= ?filedTo=
    /// ?receivedFrom= ?receivedTo= (local dates yyyy-MM-dd, inclusive), ?q= (a code, a citizen ID, a phone number, or
    /// words of the name), ?pageSize= (1–200) and ?continuation= (from the previous page).
    /// </summary>
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
                    FiledFrom = HttpAnswers.DayStart(query, "filedFrom", 0, engine.Calendar.Settings.UtcOffset),
                    FiledTo = HttpAnswers.DayStart(query, "filedTo", 1, engine.Calendar.Settings.UtcOffset),
                    ReceivedFrom = HttpAnswers.DayStart(query, "receivedFrom", 0, engine.Calendar.Settings.UtcOffset),
                    ReceivedTo = HttpAnswers.DayStart(query, "receivedTo", 1, engine.Calendar.Settings.UtcOffset),
                },
                Text = query["q"].FirstOrDefault(),
                PageSize = pageSize,
                Continuation = query["continuation"].FirstOrDefault(),
            },
            http.User.ToActor(),
            http.RequestAborted);
        HttpAnswers.NoStore(http);
        return Results.Ok(new DossierSearchPage([.. found.Dossiers.Select(DossierSummary.Of)], found.Continuation));
    }

    /// <summary>An applicant's own dossiers, a page at a time: the search, which keeps an applicant to their account's dossiers.</summary>
    public Task<IResult> MyDossiersAsync(HttpContext http) => SearchDossiersAsync(http);

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
        HttpAnswers.NoStore(http); // the dossiers owing an apology are listed with their applicants' names
        return Results.Ok(DeadlinesView.Of(deadlines));
    }
}
