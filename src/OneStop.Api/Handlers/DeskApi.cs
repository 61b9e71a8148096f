using OneStop.Api.Security;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Worklists;
using OneStop.Domain.Dossiers;

namespace OneStop.Api.Handlers;

/// <summary>
/// What the signed-in user is (the workspace opens the pages of their role) and what their counter did today.
/// </summary>
public sealed class DeskApi(CatalogCache catalog, IntakePointDirectory intakePoints, DossierQueries queries)
{
    public IResult WhoAmI(HttpContext http)
    {
        var actor = http.User.ToActor();
        var department = actor.Department is { } code ? catalog.Current.Department(code) : null;
        var intakePoint = actor.IntakePoint is { } point ? intakePoints.Find(point) : null;
        HttpAnswers.NoStore(http);
        return Results.Ok(new MeView(
            actor.Role.ToString(), actor.Id, actor.Name, actor.Department?.Value, department?.Name, intakePoint?.Code ?? actor.IntakePoint, intakePoint?.Name));
    }

    /// <summary>Today's received and returned counts at the reception officer's intake point (a leader names one: ?intakePoint=).</summary>
    public async Task<IResult> CounterTodayAsync(HttpContext http)
    {
        var actor = http.User.ToActor();
        var intakePoint = (actor.Role == ActorRole.ReceptionOfficer ? actor.IntakePoint : http.Request.Query["intakePoint"].FirstOrDefault())
            ?? intakePoints.Open.FirstOrDefault(p => p.Kind == IntakePointKind.Center)?.Code
            ?? throw new ApiInputException("intake_point_required", "Cần chọn điểm tiếp nhận.");
        if (intakePoints.Find(intakePoint) is null)
        {
            throw new ApiInputException("unknown_intake_point", $"Không có điểm tiếp nhận mã «{intakePoint}».");
        }
        var day = await queries.CounterDayAsync(intakePoint, http.RequestAborted);
        return Results.Ok(new CounterDayView(day.IntakePoint, day.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.Received, day.Returned));
    }
}
