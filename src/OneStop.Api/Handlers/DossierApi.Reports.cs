using System.Globalization;
using System.Text;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>The Decision 766 on-time report.</summary>
public sealed partial class DossierApi
{
    private static readonly string[] CsvHeader =
    [
        "Mã", "Tiếp nhận trong kỳ", "Kỳ trước chuyển sang", "Trước hạn", "Đúng hạn", "Quá hạn",
        "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Nộp trực tuyến", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến",
    ];

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
        var rows = await queries.OnTimeAsync(from, to, keys, http.RequestAborted);
        if (format != "csv")
        {
            return Results.Ok(rows.Select(r => new OnTimeRowView(r.Key, r.Received, r.CarriedOver, r.Early, r.OnTime, r.Late, r.OpenWithinLimit, r.OpenOverdue, r.Online, r.OnTimeRate, r.OnlineShare)));
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
