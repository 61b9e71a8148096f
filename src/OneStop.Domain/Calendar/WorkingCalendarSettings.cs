namespace OneStop.Domain.Calendar;

/// <summary>A province's settings for counting working time.</summary>
/// <param name="UtcOffset">
/// The province's civil time. Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is
/// exact for every dossier this system handles and keeps the core free of time zone databases.
/// </param>
/// <param name="Hours">Office hours.</param>
/// <param name="DailyCutOff">A dossier received after this time counts from the next working day.</param>
public sealed record WorkingCalendarSettings(TimeSpan UtcOffset, WorkingHours Hours, TimeOnly DailyCutOff)
{
    public static readonly WorkingCalendarSettings Default = new(TimeSpan.FromHours(7), WorkingHours.Default, new TimeOnly(15, 0));
}
