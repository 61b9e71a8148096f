using System.Globalization;

namespace OneStop.Domain.Workflow;

/// <summary>How instants are written for Vietnamese readers: local time, 24-hour clock, day first.</summary>
public static class VietnameseText
{
    public static string DateTime(DateTimeOffset instant, TimeSpan utcOffset) =>
        instant.ToOffset(utcOffset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant, TimeSpan utcOffset) =>
        instant.ToOffset(utcOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Money(long amountVnd) =>
        amountVnd.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đồng";
}
