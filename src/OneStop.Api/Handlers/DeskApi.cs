using System.Globalization;
using OneStop.Api.Forms;
using OneStop.Api.Security;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Reception;
using OneStop.Application.Worklists;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// What the signed-in user is (the workspace opens the pages of their role) and what their counter did today.
/// </summary>
public sealed class DeskApi(CatalogCache catalog, IntakePointDirectory intakePoints, DossierQueries queries, IntakeBookQueries books, CenterSettings center, DossierEngine engine, TimeProvider time)
{
    private static readonly string[] BookHeader =
    [
        "TT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ", "Số điện thoại", "Cơ quan chủ trì giải quyết",
        "Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức", "Ghi chú",
    ];

    /// <summary>
    /// The intake book (Mẫu số 07) of intake point {code} for ?day= (yyyy-MM-dd, today by default): printable HTML, or CSV
    /// with format=csv. Never cached: it names applicants.
    /// </summary>
    public async Task<IResult> IntakeBookAsync(HttpContext http, string code)
    {
        var dayText = http.Request.Query["day"].FirstOrDefault();
        DateOnly day;
        if (string.IsNullOrEmpty(dayText))
        {
            day = engine.Calendar.LocalDate(time.GetUtcNow());
        }
        else if (!DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            throw new ApiInputException("invalid_day", "'day' phải là một ngày dạng yyyy-MM-dd.");
        }
        var book = await books.ReadAsync(code, day, http.User.ToActor(), http.RequestAborted);
        HttpAnswers.NoStore(http);
        if (http.Request.Query["format"].FirstOrDefault() == "csv")
        {
            var offset = engine.Calendar.Settings.UtcOffset;
            string At(DateTimeOffset? instant) => instant?.ToOffset(offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
            return Csv.File($"so-theo-doi-ho-so-{book.IntakePoint.Code}-{day:yyyyMMdd}.csv", BookHeader, book.Lines.Select((l, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), Csv.Field(l.Code), Csv.Field(l.ProcedureName), "1", Csv.Field(l.ApplicantName), Csv.Field(l.ApplicantAddress),
                Csv.Field(l.ApplicantPhone), Csv.Field(l.ResolvingAgencies), At(l.ReceivedAt), At(l.AppointmentAt), At(l.SentToAgencyAt), At(l.ResultBackAt), At(l.ReturnedAt),
                Csv.Field(l.Note),
            }));
        }
        return Results.Content(PrintedForms.RenderIntakeBook(book.IntakePoint, day, book.Lines, center.Forms, engine.Calendar), "text/html; charset=utf-8");
    }

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
