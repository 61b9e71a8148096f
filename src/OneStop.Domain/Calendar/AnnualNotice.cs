using System.Text.Json;

namespace OneStop.Domain.Calendar;

/// <summary>
/// A date a government notice names, with what the notice says of it and, where the year's days come from several
/// texts (the Ministry's notice, the Government Office's letter approving a swap), the text that names this day.
/// </summary>
public sealed record NoticeDay(DateOnly Date, string Reason, string? Source = null);

/// <summary>
/// The yearly government notice on public holidays (for example the Ministry's notice on Tết and National Day
/// for civil servants): extra days off, and days that become working days (a Saturday swapped for a bridge
/// day, or a weekday the computed compensation rule would have given off). A notice overrides the computed
/// calendar for the dates it names.
/// </summary>
public sealed record AnnualNotice(int Year, string Reference, IReadOnlyList<NoticeDay> DaysOff, IReadOnlyList<NoticeDay> WorkingDays)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>What makes a notice unusable, in Vietnamese for the administrator who uploads it; empty when it can be applied.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Year < WorkingCalendar.FirstDate.Year || Year > WorkingCalendar.LastDate.Year)
        {
            problems.Add($"Năm {Year} nằm ngoài lịch của hệ thống.");
        }
        if (string.IsNullOrWhiteSpace(Reference))
        {
            problems.Add("Cần ghi số, ngày của văn bản thông báo (ví dụ «Thông báo số …/TB-BNV ngày …»).");
        }
        var days = (DaysOff ?? []).Concat(WorkingDays ?? []).ToList();
        if (days.Count == 0)
        {
            problems.Add("Thông báo không nêu ngày nghỉ hay ngày làm bù nào.");
        }
        problems.AddRange(days.Where(d => d.Date.Year != Year).Select(d => $"Ngày {d.Date:dd'/'MM'/'yyyy} không thuộc năm {Year}."));
        problems.AddRange(days.Where(d => string.IsNullOrWhiteSpace(d.Reason)).Select(d => $"Ngày {d.Date:dd'/'MM'/'yyyy} cần ghi lý do theo văn bản."));
        problems.AddRange(days.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => $"Ngày {g.Key:dd'/'MM'/'yyyy} được nêu nhiều lần."));
        return problems;
    }

    /// <summary>Reads notices from their JSON form: an array of {year, reference, daysOff: [{date, reason}], workingDays: [...]}.</summary>
    public static IReadOnlyList<AnnualNotice> ListFromJson(string json)
    {
        var notices = JsonSerializer.Deserialize<AnnualNotice[]>(json, JsonOptions)
            ?? throw new FormatException("The notices document is empty.");
        foreach (var notice in notices)
        {
            var misplaced = (notice.DaysOff ?? []).Concat(notice.WorkingDays ?? []).FirstOrDefault(d => d.Date.Year != notice.Year);
            if (misplaced is not null)
            {
                throw new FormatException($"Notice {notice.Reference} for {notice.Year} names {misplaced.Date:yyyy-MM-dd}, outside its year.");
            }
        }
        return [.. notices.Select(n => n with { DaysOff = n.DaysOff ?? [], WorkingDays = n.WorkingDays ?? [] })];
    }
}
