namespace OneStop.Domain.Calendar;

/// <summary>
/// The Vietnamese lunar calendar, computed astronomically for the meridian of UTC+7.
/// A month begins on the local day of a new moon; month 11 is the one holding the winter solstice; in a year
/// of 13 months the first month without a major solar term is the leap month. .NET's
/// ChineseLunisolarCalendar reckons days at UTC+8 and so disagrees with Vietnam in some years (Tết 1985 fell
/// a month apart; Tết 2007 a day apart), which is why this calendar is computed here.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's civil time, in hours east of Greenwich.</summary>
    public const double TimeZoneHours = 7.0;

    /// <summary>Julian day number of 0001-01-01, to turn <see cref="DateOnly.DayNumber"/> into a Julian day number.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    public static readonly DateOnly MinSupportedDate = new(1800, 1, 1);
    public static readonly DateOnly MaxSupportedDate = new(2299, 12, 31);

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <exception cref="ArgumentException">The lunar date does not exist (for example a leap month in a year without one).</exception>
    public static DateOnly ToGregorian(LunarDate date)
    {
        if (!TryToGregorian(date, out var result))
        {
            throw new ArgumentException($"Lunar date {date} does not exist.", nameof(date));
        }
        return result;
    }

    public static bool TryToGregorian(LunarDate date, out DateOnly result)
    {
        result = default;
        if (date.Month is < 1 or > 12 || date.Day is < 1 or > 30
            || date.Year <= MinSupportedDate.Year || date.Year >= MaxSupportedDate.Year)
        {
            return false;
        }
        (int a11, int b11) = date.Month < 11
            ? (Month11Start(date.Year - 1), Month11Start(date.Year))
            : (Month11Start(date.Year), Month11Start(date.Year + 1));
        int k = (int)Math.Floor(0.5 + (a11 - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth);
        int offset = date.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }
        if (b11 - a11 > 365)
        {
            int leapOffset = LeapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }
            if (date.IsLeapMonth && date.Month != leapMonth)
            {
                return false;
            }
            if (date.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (date.IsLeapMonth)
        {
            return false;
        }
        int monthStart = NewMoonDay(k + offset);
        int monthLength = NewMoonDay(k + offset + 1) - monthStart;
        if (date.Day > monthLength)
        {
            return false;
        }
        result = FromJulianDay(monthStart + date.Day - 1);
        return true;
    }

    /// <summary>The lunar date of a Gregorian date.</summary>
    public static LunarDate FromGregorian(DateOnly date)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Outside the supported range of the lunar calendar.");
        }
        int day = ToJulianDay(date);
        int k = (int)Math.Floor((day - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth);
        int monthStart = NewMoonDay(k + 1);
        if (monthStart > day)
        {
            monthStart = NewMoonDay(k);
        }
        int a11 = Month11Start(date.Year);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11Start(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11Start(date.Year + 1);
        }
        int lunarDay = day - monthStart + 1;
        int monthsSince11 = (int)Math.Floor((monthStart - a11) / 29.0);
        bool isLeap = false;
        int lunarMonth = monthsSince11 + 11;
        if (b11 - a11 > 365)
        {
            int leapOffset = LeapMonthOffset(a11);
            if (monthsSince11 >= leapOffset)
            {
                lunarMonth = monthsSince11 + 10;
                isLeap = monthsSince11 == leapOffset;
            }
        }
        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && monthsSince11 < 4)
        {
            lunarYear--;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    /// <summary>The first day of a lunar year (mùng 1 Tết).</summary>
    public static DateOnly NewYear(int lunarYear) => ToGregorian(new LunarDate(lunarYear, 1, 1));

    /// <summary>The number of the leap month of a lunar year, or null when the year has twelve months.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        for (int month = 1; month <= 12; month++)
        {
            if (TryToGregorian(new LunarDate(lunarYear, month, 1, true), out _))
            {
                return month;
            }
        }
        return null;
    }

    private static int ToJulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>The local day (Julian day number) on which the k-th new moon falls.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(LunarAstronomy.NewMoon(k) + 0.5 + TimeZoneHours / 24);

    /// <summary>Which twelfth of the ecliptic (0 = spring equinox) the sun is in at the start of a local day.</summary>
    private static int SunSector(int julianDay) =>
        (int)Math.Floor(LunarAstronomy.SunLongitude(julianDay - 0.5 - TimeZoneHours / 24) / Math.PI * 6);

    /// <summary>The first day of lunar month 11 (the month of the winter solstice) ending in a Gregorian year.</summary>
    private static int Month11Start(int gregorianYear)
    {
        int offset = ToJulianDay(new DateOnly(gregorianYear, 12, 31)) - 2415021;
        int k = (int)Math.Floor(offset / LunarAstronomy.SynodicMonth);
        int newMoon = NewMoonDay(k);
        // The solstice is at 270°, sector 9: a month starting past it is month 12, so month 11 began a lunation earlier.
        return SunSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>In a 13-month year starting at month 11 (day a11): how many months after it the leap month comes.</summary>
    private static int LeapMonthOffset(int a11)
    {
        int k = (int)Math.Floor((a11 - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth + 0.5);
        int i = 1;
        int sector = SunSector(NewMoonDay(k + i));
        int previous;
        do
        {
            previous = sector;
            i++;
            sector = SunSector(NewMoonDay(k + i));
        }
        while (sector != previous && i < 14);
        return i - 1;
    }
}
