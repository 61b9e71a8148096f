using System.Globalization;
using System.Text;
using OneStop.Application.Ports;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Server.Api;

/// <summary>The center's views over many dossiers: deadlines to watch, and the Decision 766 on-time report.</summary>
internal static class ReportEndpoints
{
    private static readonly string[] CsvHeader =
    [
        "Mã", "Tiếp nhận trong kỳ", "Kỳ trước chuyển sang", "Trước hạn", "Đúng hạn", "Quá hạn",
        "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Nộp trực tuyến", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến",
    ];

    /// <summary>Steps under way that are overdue, and those due within one working day.</summary>
    public static async Task<IResult> CenterDeadlines(IDossierStore store, DossierEngine engine, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var soon = engine.Calendar.AddWorkingDays(now, 1);
        var overdue = new List<WorklistItem>();
        var dueSoon = new List<WorklistItem>();
        await foreach (var stored in store.InStatusAsync(DossierStatus.Processing, null, cancellationToken))
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
    /// The on-time report for the days <paramref name="from"/> to <paramref name="to"/> (local dates, inclusive),
    /// by department, procedure or intake point; JSON, or CSV (UTF-8 with BOM, for spreadsheets) with format=csv.
    /// </summary>
    public static async Task<IResult> OnTimeReport(
        IDossierStore store, DossierEngine engine, DateOnly? from, DateOnly? to, string? by, string? format, CancellationToken cancellationToken)
    {
        if (from is null || to is null || from > to || to.Value.DayNumber - from.Value.DayNumber > 366)
        {
            throw new ApiInputException("invalid_period", "Kỳ báo cáo cần 'from' và 'to' (yyyy-MM-dd), 'from' không sau 'to', dài tối đa một năm.");
        }
        Func<Dossier, IEnumerable<string>> keys = by switch
        {
            null or "department" => Domain.Reporting.OnTimeReport.ByDepartment,
            "procedure" => Domain.Reporting.OnTimeReport.ByProcedure,
            "intakePoint" => Domain.Reporting.OnTimeReport.ByIntakePoint,
            _ => throw new ApiInputException("invalid_grouping", "'by' phải là 'department', 'procedure' hoặc 'intakePoint'."),
        };
        var offset = engine.Calendar.Settings.UtcOffset;
        var period = new ReportPeriod(
            new DateTimeOffset(from.Value.ToDateTime(TimeOnly.MinValue), offset),
            new DateTimeOffset(to.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), offset));
        var dossiers = new List<Dossier>();
        await foreach (var stored in store.ForPeriodAsync(period, cancellationToken))
        {
            dossiers.Add(stored.Dossier);
        }
        var rows = Domain.Reporting.OnTimeReport.Build(dossiers, period, keys, engine.Calendar);
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
