namespace OneStop.Domain.Calendar;

/// <summary>A day of the Vietnamese lunar calendar (âm lịch).</summary>
/// <param name="Year">The lunar year, named by the Gregorian year in which it mostly falls.</param>
/// <param name="Month">1 to 12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">1 to 30.</param>
/// <param name="IsLeapMonth">True for the intercalary (nhuận) month.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => $"{Day:00}/{Month:00}{(IsLeapMonth ? "N" : "")}/{Year}";
}
