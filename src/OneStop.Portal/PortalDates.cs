using System.Globalization;

namespace OneStop.Portal;

/// <summary>The portal's instants: yyyyMMddHHmmss in Vietnam's time (UTC+7, no daylight saving), empty when there is none.</summary>
public static class PortalDates
{
    public const string Format = "yyyyMMddHHmmss";

    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Write(DateTimeOffset? instant) =>
        instant is { } i ? i.ToOffset(VietnamOffset).ToString(Format, CultureInfo.InvariantCulture) : "";

    public static bool TryRead(string? text, out DateTimeOffset instant)
    {
        if (DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = new DateTimeOffset(local, VietnamOffset);
            return true;
        }
        instant = default;
        return false;
    }
}
