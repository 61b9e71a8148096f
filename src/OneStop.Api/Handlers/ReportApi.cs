using System.Globalization;
using OneStop.Api.Security;
using OneStop.Application.Dossiers;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>
/// The leaders' reports: on time as Decision 766 counts it with the dossiers behind each figure, intake,
/// satisfaction, and the access log.
/// </summary>
public sealed class ReportApi(ReportQueries reports, DossierReader reader, DossierEngine engine, TimeProvider time)
{
    private static readonly string[] CsvHeader =
    [
        "Mã", "Tên", "Tiếp nhận trong kỳ", "Kỳ trước chuyển sang", "Trước hạn", "Đúng hạn", "Quá hạn",
        "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Rút hồ sơ", "Dừng xử lý", "Nộp trực tuyến", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến",
    ];

    /// <summary>
    /// The on-time report for the days ?from= to ?to= (local dates yyyy-MM-dd, inclusive), one line per ?by= (department,
    /// procedure, intakePoint, week or month); JSON, or CSV (UTF-8 with BOM, for spreadsheets) with format=csv.
    /// </summary>
    public async Task<IResult> OnTimeReportAsync(HttpContext http)
    {
        var query = OnTimeQueryOf(http.Request.Query);
        var rows = await reports.OnTimeAsync(query, http.User.ToActor(), http.RequestAborted);
        if (http.Request.Query["format"].FirstOrDefault() != "csv")
        {
            return Results.Ok(rows.Select(OnTimeRowView.Of));
        }
        return Csv.File($"bao-cao-dung-han-{query.By.ToString().ToLowerInvariant()}-{query.From:yyyyMMdd}-{query.To:yyyyMMdd}.csv", CsvHeader, rows.Select(r => new[]
        {
            Csv.Field(r.Key), Csv.Field(r.Name), Number(r.Received), Number(r.CarriedOver), Number(r.Early), Number(r.OnTime), Number(r.Late), Number(r.OpenWithinLimit),
            Number(r.OpenOverdue), Number(r.Withdrawn), Number(r.Stopped), Number(r.Online),
            r.OnTimeRate.ToString("0.####", CultureInfo.InvariantCulture), r.OnlineShare.ToString("0.####", CultureInfo.InvariantCulture),
        }));
    }

    /// <summary>The dossiers behind one figure of the report: the line ?key= of the report ?from= ?to= ?by=, and the column ?measure=.</summary>
    public async Task<IResult> OnTimeDossiersAsync(HttpContext http)
    {
        var request = http.Request.Query;
        var query = OnTimeQueryOf(request);
        if (request["key"].FirstOrDefault() is not { Length: > 0 } key)
        {
            throw new ApiInputException("key_required", "Cần 'key': mã của dòng báo cáo (đơn vị, thủ tục, điểm tiếp nhận hoặc kỳ).");
        }
        if (!Enum.TryParse<OnTimeMeasure>(request["measure"].FirstOrDefault(), ignoreCase: true, out var measure) || !Enum.IsDefined(measure)
            || int.TryParse(request["measure"].FirstOrDefault(), out _))
        {
            throw new ApiInputException("invalid_measure", "'measure' phải là một cột của báo cáo: received, carriedOver, early, onTime, late, openWithinLimit, openOverdue, withdrawn, stopped hoặc online.");
        }
        var dossiers = await reports.OnTimeDossiersAsync(query, new OnTimeQuery.Figure(key, measure), http.User.ToActor(), http.RequestAborted);
        HttpAnswers.NoStore(http); // the dossiers are listed with their applicants' names
        return Results.Ok(dossiers.Select(DossierSummary.Of));
    }

    /// <summary>The applicants' ratings of the dossiers returned in the days ?from= to ?to=, by department (default) or procedure.</summary>
    public async Task<IResult> SatisfactionReportAsync(HttpContext http)
    {
        var query = OnTimeQueryOf(http.Request.Query);
        if (query.By is not (ReportGrouping.Department or ReportGrouping.Procedure))
        {
            throw new ApiInputException("invalid_grouping", "Đánh giá mức độ hài lòng xem theo 'department' hoặc 'procedure'.");
        }
        var rows = await reports.SatisfactionAsync(query, http.User.ToActor(), http.RequestAborted);
        return Results.Ok(rows.Select(SatisfactionRowView.Of));
    }

    /// <summary>Intake per counter and per intake point per day, for the days ?from= to ?to=.</summary>
    public async Task<IResult> IntakeReportAsync(HttpContext http)
    {
        var period = OnTimeQueryOf(http.Request.Query);
        var counts = await reports.IntakeAsync(period.From, period.To, http.User.ToActor(), http.RequestAborted);
        return Results.Ok(counts.Select(IntakeCountView.Of));
    }

    /// <summary>Reads of personal data between ?from= and ?to= (local dates, inclusive; default the last 7 days), by ?dossier= or ?actor=.</summary>
    public async Task<IResult> AccessLogAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var now = time.GetUtcNow();
        var from = HttpAnswers.DayStart(query, "from", 0, engine.Calendar.Settings.UtcOffset) ?? now.AddDays(-7);
        var to = HttpAnswers.DayStart(query, "to", 1, engine.Calendar.Settings.UtcOffset) ?? now.AddMinutes(1);
        var records = await reader.AccessLogAsync(from, to, query["dossier"].FirstOrDefault(), query["actor"].FirstOrDefault(), 1000, http.RequestAborted);
        HttpAnswers.NoStore(http);
        return Results.Ok(records.Select(AccessRecordView.Of));
    }

    internal static OnTimeQuery OnTimeQueryOf(IQueryCollection query)
    {
        if (!HttpAnswers.TryDate(query["from"].FirstOrDefault(), out var from) || !HttpAnswers.TryDate(query["to"].FirstOrDefault(), out var to)
            || new OnTimeQuery(from, to, ReportGrouping.Department) is not { IsValid: true })
        {
            throw new ApiInputException("invalid_period", "Kỳ báo cáo cần 'from' và 'to' (yyyy-MM-dd), 'from' không sau 'to', dài tối đa một năm.");
        }
        var by = query["by"].FirstOrDefault() switch
        {
            null or "department" => ReportGrouping.Department,
            "procedure" => ReportGrouping.Procedure,
            "intakePoint" => ReportGrouping.IntakePoint,
            "week" => ReportGrouping.Week,
            "month" => ReportGrouping.Month,
            _ => throw new ApiInputException("invalid_grouping", "'by' phải là 'department', 'procedure', 'intakePoint', 'week' hoặc 'month'."),
        };
        return new OnTimeQuery(from, to, by);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
