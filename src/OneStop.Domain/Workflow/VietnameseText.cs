using System.Globalization;

namespace OneStop.Domain.Workflow;

/// <summary>How instants are written for Vietnamese readers: local time, 24-hour clock, day first.</summary>
public static class VietnameseText
{
    public static string DateTime(DateTimeOffset instant, TimeSpan utcOffset) =>
        instant.ToOffset(utcOffset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant, TimeSpan utcOffset) =>
        instant.ToOffset(utcOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date as an official document writes it (Decree 30/2020/NĐ-CP): "ngày 05 tháng 02 năm 2026", a zero before a
    /// day under 10 and before the months 1 and 2.
    /// </summary>
    public static string OfficialDate(DateTimeOffset instant, TimeSpan utcOffset)
    {
        var local = instant.ToOffset(utcOffset);
        var month = local.Month <= 2 ? local.Month.ToString("00", CultureInfo.InvariantCulture) : local.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {local.Day:00} tháng {month} năm {local.Year}";
    }

    /// <summary>An instant in an official document's words: "09 giờ 30 phút, ngày 23 tháng 11 năm 2026".</summary>
    public static string OfficialDateTime(DateTimeOffset instant, TimeSpan utcOffset)
    {
        var local = instant.ToOffset(utcOffset);
        return $"{local.Hour:00} giờ {local.Minute:00} phút, {OfficialDate(instant, utcOffset)}";
    }

    public static string Money(long amountVnd) =>
        amountVnd.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đồng";
}
