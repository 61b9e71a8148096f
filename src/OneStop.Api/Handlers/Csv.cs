using System.Text;

namespace OneStop.Api.Handlers;

/// <summary>
/// CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads the Vietnamese), a comma between fields,
/// and a field that starts with =, +, - or @ prefixed with ' so that no spreadsheet reads it as a formula.
/// </summary>
internal static class Csv
{
    public static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    public static IResult File(string fileName, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', header.Select(Field)));
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(',', row));
        }
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);
    }
}
