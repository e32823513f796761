namespace OneStopBot.Domain.Calendar;

/// <summary>
/// The two astronomical quantities the Vietnamese lunar calendar rests on: the instant of each new moon and the
/// sun's apparent longitude. Formulas after Jean Meeus, Astronomical Algorithms (2nd ed.), chapters 10, 25 and 49;
/// ΔT from the Espenak–Meeus polynomials. Days are civil days in Viet Nam's time zone (UTC+7).
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Viet Nam's civil time zone; the calendar has been computed for UTC+7 since 1968.</summary>
    public const double TimeZoneHours = 7.0;

    /// <summary>Julian day number of 0001-01-01, the day <see cref="DateOnly.DayNumber"/> counts from.</summary>
    private const int JulianDayOfDayNumberZero = 1_721_426;

    private const double J2000 = 2_451_545.0;
    private const double SynodicMonth = 29.530588861;
    private const double Radians = Math.PI / 180.0;

    private static readonly double[] PlanetaryCoefficients =
    [
        0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
        0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023,
    ];

    private static readonly double[] PlanetaryPhases =
    [
        299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14,
        154.84, 34.52, 207.19, 291.34, 161.72, 239.56, 331.55,
    ];

    private static readonly double[] PlanetaryRates =
    [
        0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732,
        7.306860, 27.261239, 0.121824, 1.844379, 24.198154, 25.513099, 3.592518,
    ];

    /// <summary>
    /// Julian Ephemeris Day (TT) of new moon number <paramref name="k"/>; k = 0 is the new moon of 6 January 2000
    /// (Meeus ch. 49, with the periodic and planetary corrections).
    /// </summary>
    public static double NewMoonJde(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;

        double jde = 2_451_550.09766 + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);
        double e = 1 - (0.002516 * t) - (0.0000074 * t2);
        double m = Radians * (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        double mp = Radians * (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        double f = Radians * (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        double omega = Radians * (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        double correction =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        double planetary = 0;
        for (int i = 0; i < PlanetaryCoefficients.Length; i++)
        {
            double argument = PlanetaryPhases[i] + (PlanetaryRates[i] * k);
            if (i == 0)
            {
                argument -= 0.009173 * t2;
            }

            planetary += PlanetaryCoefficients[i] * Math.Sin(Radians * argument);
        }

        return jde + correction + planetary;
    }

    /// <summary>The civil day in Viet Nam (UTC+7) on which new moon number <paramref name="k"/> falls.</summary>
    public static DateOnly NewMoonDay(int k)
    {
        double jde = NewMoonJde(k);
        double jdUniversal = jde - (DeltaTSeconds(jde) / 86_400.0);
        double jdLocal = jdUniversal + (TimeZoneHours / 24.0);
        int julianDayNumber = (int)Math.Floor(jdLocal + 0.5);
        return DateOnly.FromDayNumber(julianDayNumber - JulianDayOfDayNumberZero);
    }

    /// <summary>The number of the last new moon on or before the civil day <paramref name="date"/>.</summary>
    public static int NewMoonNumberOnOrBefore(DateOnly date)
    {
        double daysFromEpoch = date.DayNumber + JulianDayOfDayNumberZero - 2_451_550.1;
        int k = (int)Math.Floor(daysFromEpoch / SynodicMonth);
        while (NewMoonDay(k) > date)
        {
            k--;
        }

        while (NewMoonDay(k + 1) <= date)
        {
            k++;
        }

        return k;
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at the start (00:00 UTC+7) of <paramref name="date"/>.</summary>
    public static double SunLongitudeAtStartOf(DateOnly date)
    {
        double jdUniversal = date.DayNumber + JulianDayOfDayNumberZero - 0.5 - (TimeZoneHours / 24.0);
        double jde = jdUniversal + (DeltaTSeconds(jdUniversal) / 86_400.0);
        return ApparentSunLongitude(jde);
    }

    /// <summary>Apparent geocentric longitude of the sun in degrees (Meeus ch. 25, low-accuracy method, about 0.01°).</summary>
    public static double ApparentSunLongitude(double jde)
    {
        double t = (jde - J2000) / 36_525.0;
        double t2 = t * t;
        double l0 = 280.46646 + (36_000.76983 * t) + (0.0003032 * t2);
        double m = Radians * (357.52911 + (35_999.05029 * t) - (0.0001537 * t2));
        double center =
            ((1.914602 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        double omega = Radians * (125.04 - (1_934.136 * t));
        double apparent = l0 + center - 0.00569 - (0.00478 * Math.Sin(omega));
        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    /// <summary>TT − UT in seconds (Espenak and Meeus, "Polynomial expressions for Delta T", 1860–2200).</summary>
    public static double DeltaTSeconds(double julianDay)
    {
        double y = 2000.0 + ((julianDay - J2000) / 365.25);
        double t;
        switch (y)
        {
            case < 1900:
                t = y - 1860;
                return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                    - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233_174.0);
            case < 1920:
                t = y - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
            case < 1941:
                t = y - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = y - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233.0) + (t * t * t / 2_547.0);
            case < 1986:
                t = y - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260.0) - (t * t * t / 718.0);
            case < 2005:
                t = y - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                    + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            case < 2050:
                t = y - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            case < 2150:
                t = (y - 1820) / 100.0;
                return -20 + (32 * t * t) - (0.5628 * (2150 - y));
            default:
                t = (y - 1820) / 100.0;
                return -20 + (32 * t * t);
        }
    }
}
