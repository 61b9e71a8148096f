namespace OneStop.Domain.Calendar;

/// <summary>
/// The two astronomical facts a lunisolar calendar is built from: when the moon is new, and where the sun
/// stands on the ecliptic. Abridged series from Jean Meeus, "Astronomical Algorithms" (ch. 25 and 49):
/// accurate to minutes over 1900–2199, which is what deciding a civil day needs.
/// All times are Julian days in Universal Time.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Mean length of a lunation, in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian day of the mean new moon number 0 (6 January 1900).</summary>
    public const double NewMoonEpoch = 2415021.076998695;

    private const double Rad = Math.PI / 180;

    /// <summary>Julian day of the k-th new moon counted from January 1900.</summary>
    public static double NewMoon(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Rad);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;

        double correction = (0.1734 - 0.000393 * t) * Math.Sin(sunAnomaly * Rad)
            + 0.0021 * Math.Sin(2 * sunAnomaly * Rad)
            - 0.4068 * Math.Sin(moonAnomaly * Rad)
            + 0.0161 * Math.Sin(2 * moonAnomaly * Rad)
            - 0.0004 * Math.Sin(3 * moonAnomaly * Rad)
            + 0.0104 * Math.Sin(2 * moonLatitude * Rad)
            - 0.0051 * Math.Sin((sunAnomaly + moonAnomaly) * Rad)
            - 0.0074 * Math.Sin((sunAnomaly - moonAnomaly) * Rad)
            + 0.0004 * Math.Sin((2 * moonLatitude + sunAnomaly) * Rad)
            - 0.0004 * Math.Sin((2 * moonLatitude - sunAnomaly) * Rad)
            - 0.0006 * Math.Sin((2 * moonLatitude + moonAnomaly) * Rad)
            + 0.0010 * Math.Sin((2 * moonLatitude - moonAnomaly) * Rad)
            + 0.0005 * Math.Sin((2 * moonAnomaly + sunAnomaly) * Rad);

        // Terrestrial minus universal time (ΔT), in days.
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /// <summary>Apparent ecliptic longitude of the sun at a Julian day, in radians within [0, 2π).</summary>
    public static double SunLongitude(double julianDay)
    {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(meanAnomaly * Rad)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly * Rad)
            + 0.000290 * Math.Sin(3 * meanAnomaly * Rad);
        double longitude = (meanLongitude + centre) * Rad;
        longitude -= 2 * Math.PI * Math.Floor(longitude / (2 * Math.PI));
        return longitude;
    }
}
