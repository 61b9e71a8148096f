using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Text;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// The public catalog: the procedures in force today, and the intake points open to dossiers.
/// </summary>
public sealed class ProcedureApi(CatalogCache catalog, IntakePointDirectory intakePoints, DossierEngine engine, TimeProvider time)
{
    /// <summary>Procedures in force, optionally searched by name (accents and case ignored) or exact code with ?q=.</summary>
    public IResult ListProcedures(HttpContext http)
    {
        var q = http.Request.Query["q"].FirstOrDefault();
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        var found = catalog.Current.Procedures
            .Select(p => p.VersionOn(today))
            .OfType<ProcedureVersion>()
            .Where(v => string.IsNullOrWhiteSpace(q) || SearchText.Contains(v.Name, q) || v.Code.Value == q.Trim())
            .OrderBy(v => v.Code.Value, StringComparer.Ordinal)
            .Select(ProcedureSummary.Of);
        return Results.Ok(found);
    }

    /// <summary>Where a dossier can be received and its result collected now: the center, its branches, the communes' reception points.</summary>
    public IResult ListIntakePoints() =>
        Results.Ok(intakePoints.Open.Select(p => new IntakePointView(p.Code, p.Name, p.Kind)));

    public IResult GetProcedure(string code)
    {
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        ProcedureVersion? version = null;
        try
        {
            version = catalog.Current.VersionOn(new ProcedureCode(code), today);
        }
        catch (ArgumentException)
        {
        }
        return version is null
            ? Problems.ApiProblems.Result(404, "procedure_not_found", "Không tìm thấy thủ tục", $"Không có thủ tục hành chính đang có hiệu lực với mã {code}.")
            : Results.Json(version, DomainJson.Options);
    }
}
