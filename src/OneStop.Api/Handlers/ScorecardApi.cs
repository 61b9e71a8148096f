using OneStop.Api.Security;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>The Decision 766 scorecard for the leaders, the dossiers behind each figure, and the administrators' rebuild of its counts.</summary>
public sealed class ScorecardApi(ScorecardQueries scorecard, ScoreCounts counts)
{
    /// <summary>The scorecard for the days ?from= to ?to=, with the province's line and one per ?by= (department, procedure or intakePoint).</summary>
    public async Task<IResult> ScorecardAsync(HttpContext http)
    {
        var answer = await scorecard.ReadAsync(QueryOf(http.Request.Query), http.User.ToActor(), http.RequestAborted);
        return Results.Ok(ScorecardView.Of(answer));
    }

    /// <summary>The dossiers counted for ?indicator= on the line ?key= (the province's when absent), with whether each meets it.</summary>
    public async Task<IResult> ScorecardDossiersAsync(HttpContext http)
    {
        var request = http.Request.Query;
        if (request["indicator"].FirstOrDefault() is not { Length: > 0 } indicator)
        {
            throw new ApiInputException("indicator_required", "Cần 'indicator': mã của chỉ số trong bảng chỉ số.");
        }
        var dossiers = await scorecard.DossiersAsync(QueryOf(request), indicator, request["key"].FirstOrDefault() ?? "", http.User.ToActor(), http.RequestAborted);
        HttpAnswers.NoStore(http);
        return Results.Ok(dossiers.Select(ScoreDossierView.Of));
    }

    /// <summary>Recomputes every aggregate record from the dossiers: after an outage, or a change of the rules.</summary>
    public async Task<IResult> RebuildScorecardAsync(HttpContext http) =>
        Results.Ok(new ScorecardRebuildView(await counts.RebuildAsync(http.RequestAborted)));

    private static ScorecardQuery QueryOf(IQueryCollection query)
    {
        var period = ReportApi.OnTimeQueryOf(new QueryCollection(query.Where(q => q.Key != "by").ToDictionary(q => q.Key, q => q.Value)));
        var by = query["by"].FirstOrDefault() switch
        {
            null or "department" => ScoreLines.Department,
            "procedure" => ScoreLines.Procedure,
            "intakePoint" => ScoreLines.IntakePoint,
            _ => throw new ApiInputException("invalid_grouping", "'by' phải là 'department', 'procedure' hoặc 'intakePoint'."),
        };
        return new ScorecardQuery(period.From, period.To, by);
    }
}
