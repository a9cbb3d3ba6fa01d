using System.Globalization;

namespace Kabar.Stories;

/// <summary>
/// A day its page names without a year ('Senin (27/3)' on a page that gives no publish date: the
/// TIMEX3 value <c>XXXX-03-27</c>). Such a day still tells two happenings apart (a match on 27 March
/// is not the one on 12 August), so it is kept, in year 4: a leap year no news page is dated in, so
/// 29 February exists too. Days are compared by month and day whenever either has no year.
/// </summary>
public static class YearlessDays
{
    public const int Year = 4;

    /// <summary>A TIMEX3 value of day precision with or without its year (2022-01-10, XXXX-01-10), or null.</summary>
    public static DateOnly? Parse(string value)
    {
        if (ArticleFeaturizer.ParseDay(value) is { } day) return day;
        return value.Length >= 10 && value.StartsWith("XXXX-", StringComparison.Ordinal)
            && DateOnly.TryParseExact(Year.ToString("D4", CultureInfo.InvariantCulture) + value[4..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var yearless)
            ? yearless : null;
    }

    public static bool IsYearless(DateOnly day) => day.Year == Year;

    /// <summary>Days between two days; by month and day, around the year, when either has no year.</summary>
    public static int Apart(DateOnly a, DateOnly b)
    {
        if (!IsYearless(a) && !IsYearless(b)) return Math.Abs(a.DayNumber - b.DayNumber);
        var apart = Math.Abs(Of(a).DayNumber - Of(b).DayNumber);
        return Math.Min(apart, 366 - apart);
    }

    /// <summary>The day without its year: what an undated page would name.</summary>
    public static DateOnly Of(DateOnly day) => new(Year, day.Month, day.Day);
}
