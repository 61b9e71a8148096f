using System.Text.Json;
using OneStop.Api.Security;
using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// The administrators' routes: the catalog previewed and imported, procedures' versions, departments' onboarding,
/// intake points, holiday notices, the record of changes.
/// </summary>
public sealed class AdministrationApi(CatalogAdministration administration, CatalogCache catalog, HolidayNotices notices, IntakePointDirectory intakePoints, DossierEngine engine, TimeProvider time)
{
    /// <summary>A catalog file is larger than other JSON bodies: a province's whole catalog, a few megabytes.</summary>
    public const long CatalogBodyLimit = 16 * 1024 * 1024;

    /// <summary>What the catalog file in the body would change; nothing is written.</summary>
    public async Task<IResult> PreviewCatalogAsync(HttpContext http)
    {
        var plan = await administration.PreviewAsync(await CatalogFileAsync(http), http.RequestAborted);
        return Results.Ok(CatalogPlanView.Of(plan));
    }

    /// <summary>Applies the catalog file in the body: refused whole (422, every problem listed) when it would make the catalog incoherent.</summary>
    public async Task<IResult> ImportCatalogAsync(HttpContext http)
    {
        var (plan, report) = await administration.ImportAsync(await CatalogFileAsync(http), http.User.ToActor(), http.RequestAborted);
        return report.Problems.Count > 0
            ? Problems.ApiProblems.Result(422, "catalog_incoherent", "Danh mục không hợp lệ", string.Join(" ", report.Problems))
            : Results.Ok(new CatalogImportView(report.VersionsAdded, report.Unchanged, report.Departments, CatalogPlanView.Of(plan)));
    }

    /// <summary>Every version of a procedure, oldest first, each with the date from which it applies.</summary>
    public async Task<IResult> ProcedureVersionsAsync(HttpContext http, string code)
    {
        IReadOnlyList<ProcedureVersion> versions = [];
        if (ProcedureCode.TryParse(code, out var procedure))
        {
            versions = await administration.VersionsAsync(procedure, http.RequestAborted);
        }
        return versions.Count == 0
            ? Problems.ApiProblems.Result(404, "procedure_not_found", "Không tìm thấy thủ tục", $"Danh mục không có thủ tục mã {code}.")
            : Results.Json(versions, DomainJson.Options);
    }

    public IResult ListDepartments()
    {
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        return Results.Ok(catalog.Current.Departments.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => DepartmentView.Of(d, today)));
    }

    /// <summary>Sets the date from which a department receives through the center.</summary>
    public async Task<IResult> SetDepartmentOnboardingAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<DepartmentOnboardingRequest>(http);
        var from = request.OnboardedFrom ?? throw new ApiInputException("onboarded_from_required", "Cần ngày đơn vị bắt đầu tiếp nhận qua Trung tâm (yyyy-MM-dd).");
        var department = await administration.SetOnboardingAsync(code, from, http.User.ToActor(), http.RequestAborted);
        return Results.Ok(DepartmentView.Of(department, engine.Calendar.LocalDate(time.GetUtcNow())));
    }

    public async Task<IResult> AdministrationChangesAsync(HttpContext http) =>
        Results.Ok(await administration.ChangesAsync(200, http.RequestAborted));

    /// <summary>Every intake point, open or closed.</summary>
    public IResult ListAdminIntakePoints() => Results.Ok(intakePoints.All.Select(IntakePointAdminView.Of));

    /// <summary>Adds the intake point ?code or changes it (its name, kind, whether it receives new dossiers).</summary>
    public async Task<IResult> SaveIntakePointAsync(HttpContext http, string code)
    {
        var request = await JsonBody.ReadAsync<IntakePointRequest>(http);
        var current = intakePoints.Find(code);
        var entry = new IntakePointEntry(
            new IntakePoint(code, request.Name ?? current?.Name ?? "", request.Kind ?? current?.Kind ?? IntakePointKind.CommunePoint), request.Open ?? true);
        return Results.Ok(IntakePointAdminView.Of(await intakePoints.SaveAsync(entry, http.User.ToActor(), http.RequestAborted)));
    }

    /// <summary>The holiday notices in force, and the years without one.</summary>
    public IResult ListHolidayNotices()
    {
        var calendar = notices.Current;
        return Results.Ok(new HolidayNoticesView(
            [.. notices.InForce.Select(n => new NoticeView(n.Notice.Year, n.Notice.Reference, n.Uploaded, n.Origin, n.Notice.DaysOff, n.Notice.WorkingDays))],
            calendar.YearsMissingANotice(calendar.LocalDate(time.GetUtcNow()))));
    }

    /// <summary>The days the notice in the body would change, or its problems; nothing is written.</summary>
    public async Task<IResult> PreviewHolidayNoticeAsync(HttpContext http) =>
        Results.Ok(NoticePreviewView.Of(notices.Preview(await JsonBody.ReadAsync<AnnualNotice>(http))));

    /// <summary>Puts the notice in the body in force at once; refused (400, its problems) when it is not usable.</summary>
    public async Task<IResult> ApplyHolidayNoticeAsync(HttpContext http) =>
        Results.Ok(NoticePreviewView.Of(await notices.ApplyAsync(await JsonBody.ReadAsync<AnnualNotice>(http), http.User.ToActor(), http.RequestAborted)));

    private static async Task<CatalogFile> CatalogFileAsync(HttpContext http)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = CatalogBodyLimit;
        }
        var file = await JsonBody.ReadAsync<CatalogFile>(http);
        return file.Departments is null || file.Procedures is null
            ? throw new JsonException("A catalog file has departments and procedures.")
            : file;
    }
}
