using System.Globalization;
using System.Text;
using OneStop.Api.Security;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>Views over many dossiers: a department's work list, the center's deadlines, the Decision 766 report.</summary>
public sealed partial class DossierApi
{
    private static readonly string[] CsvHeader =
    [
        "Mã", "Tiếp nhận trong kỳ", "Kỳ trước chuyển sang", "Trước hạn", "Đúng hạn", "Quá hạn",
        "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Nộp trực tuyến", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến",
    ];

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
        if (actor.Role == ActorRole.DepartmentOfficer && actor.Department != code)
        {
            return Problems.ApiProblems.Result(403, "other_department", "Không có quyền", "Cán bộ chỉ xem được danh sách hồ sơ của đơn vị mình.");
        }
        var now = time.GetUtcNow();
        var items = new List<WorklistItem>();
        foreach (var status in new[] { DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.FeesRequested })
        {
            await foreach (var stored in store.InStatusAsync(status, code, http.RequestAborted))
            {
                items.AddRange(stored.Dossier.ActiveSteps.Where(s => s.Department == code).Select(s =>
                    new WorklistItem(stored.Dossier.Id, stored.Dossier.Procedure.Name, s.Step, s.Name, stored.Dossier.Status, s.DueAt, s.DueAt < now && stored.Dossier.Status == DossierStatus.Processing)));
            }
        }
        return Results.Ok(items.OrderBy(i => i.DueAt));
    }

    /// <summary>Steps under way that are overdue, and those due within one working day.</summary>
    public async Task<IResult> CenterDeadlinesAsync(HttpContext http)
    {
        var now = time.GetUtcNow();
        var soon = engine.Calendar.AddWorkingDays(now, 1);
        var overdue = new List<WorklistItem>();
        var dueSoon = new List<WorklistItem>();
        await foreach (var stored in store.NeedingAttentionAsync(soon, http.RequestAborted))
        {
            foreach (var step in stored.Dossier.ActiveSteps)
            {
                bool late = step.IsOverdueAt(now);
                var item = new WorklistItem(stored.Dossier.Id, stored.Dossier.Procedure.Name, step.Step, $"{step.Name} ({step.Department})", stored.Dossier.Status, step.DueAt, late);
                (late ? overdue : step.IsDueBetween(now, soon) ? dueSoon : null)?.Add(item);
            }
        }
        return Results.Ok(new { overdue = overdue.OrderBy(i => i.DueAt), dueSoon = dueSoon.OrderBy(i => i.DueAt) });
    }

    /// <summary>
    /// The on-time report for the days ?from= to ?to= (local dates yyyy-MM-dd, inclusive), by=department,
    /// procedure or intakePoint; JSON, or CSV (UTF-8 with BOM, for spreadsheets) with format=csv.
    /// </summary>
    public async Task<IResult> OnTimeReportAsync(HttpContext http)
    {
        var query = http.Request.Query;
        string? by = query["by"].FirstOrDefault(), format = query["format"].FirstOrDefault();
        if (!TryDate(query["from"].FirstOrDefault(), out var from) || !TryDate(query["to"].FirstOrDefault(), out var to)
            || from > to || to.DayNumber - from.DayNumber > 366)
        {
            throw new ApiInputException("invalid_period", "Kỳ báo cáo cần 'from' và 'to' (yyyy-MM-dd), 'from' không sau 'to', dài tối đa một năm.");
        }
        Func<Dossier, IEnumerable<string>> keys = by switch
        {
            null or "department" => OnTimeReport.ByDepartment,
            "procedure" => OnTimeReport.ByProcedure,
            "intakePoint" => OnTimeReport.ByIntakePoint,
            _ => throw new ApiInputException("invalid_grouping", "'by' phải là 'department', 'procedure' hoặc 'intakePoint'."),
        };
        var offset = engine.Calendar.Settings.UtcOffset;
        var period = new ReportPeriod(
            new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), offset),
            new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), offset));
        var found = new List<Dossier>();
        await foreach (var stored in store.ForPeriodAsync(period, http.RequestAborted))
        {
            found.Add(stored.Dossier);
        }
        var rows = OnTimeReport.Build(found, period, keys, engine.Calendar);
        if (format != "csv")
        {
            return Results.Ok(rows.Select(r => new { r.Key, r.Received, r.CarriedOver, r.Early, r.OnTime, r.Late, r.OpenWithinLimit, r.OpenOverdue, r.Online, r.OnTimeRate, r.OnlineShare }));
        }
        var csv = new StringBuilder().AppendLine(string.Join(',', CsvHeader));
        foreach (var r in rows)
        {
            csv.AppendLine(string.Join(',',
                Quote(r.Key), r.Received, r.CarriedOver, r.Early, r.OnTime, r.Late, r.OpenWithinLimit, r.OpenOverdue, r.Online,
                r.OnTimeRate.ToString("0.####", CultureInfo.InvariantCulture), r.OnlineShare.ToString("0.####", CultureInfo.InvariantCulture)));
        }
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"bao-cao-dung-han-{from:yyyyMMdd}-{to:yyyyMMdd}.csv");
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A CSV field, quoted when needed, and never read as a formula by a spreadsheet.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
