using System.Globalization;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Web.Localization;

/// <summary>
/// Dates and times as a language writes them: 'Senin, 10 Januari 2022, 14.53 WIB' and
/// 'Monday, 10 January 2022, 14:53 WIB'. Month and weekday names and the patterns come from the
/// language's strings file; zone names (WIB, WITA, WIT) from the shared calendar words.
/// </summary>
public sealed class DateWriter(UiLanguage language)
{
    public string Month(int month) => language["month." + month];

    public string Weekday(DayOfWeek day) => language["weekday." + (int)day];

    /// <summary>'10 Januari 2022'.</summary>
    public string Day(DateOnly day) => $"{day.Day} {Month(day.Month)} {day.Year}";

    /// <summary>'Senin, 10 Januari 2022'.</summary>
    public string LongDay(DateOnly day) => $"{Weekday(day.DayOfWeek)}, {Day(day)}";

    /// <summary>'10 Jan' for chart labels.</summary>
    public string ShortDay(DateOnly day) => $"{day.Day} {Month(day.Month)[..3]}";

    /// <summary>'Senin, 10 Januari 2022, 14.53 WIB', or the day alone when the page gave no clock time.</summary>
    public string Time(PageTime time)
    {
        var day = LongDay(time.Date);
        if (time.DateOnly) return day;
        var clock = time.Value.ToString(language["format.clock"], CultureInfo.InvariantCulture);
        return $"{day}, {clock} {Zone(time.Value.Offset)}";
    }

    /// <summary>'14.53 WIB' on the day <see cref="Day"/> writes.</summary>
    public string Short(PageTime time) => time.DateOnly
        ? Day(time.Date)
        : $"{Day(time.Date)}, {time.Value.ToString(language["format.clock"], CultureInfo.InvariantCulture)} {Zone(time.Value.Offset)}";

    /// <summary>
    /// A timeline date in its precision: '10 Januari 2022', 'Januari 2022', 'minggu ke-52 2021';
    /// a value it cannot read is shown as it is.
    /// </summary>
    public string Precise(string isoDate, string precision)
    {
        if (DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return Day(day);
        var parts = isoDate.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var year))
        {
            if (parts[1].StartsWith('W') && int.TryParse(parts[1][1..], out var week)) return language.Format("date.week", week, year);
            if (int.TryParse(parts[1], out var month) && month is >= 1 and <= 12) return $"{Month(month)} {year}";
        }
        return isoDate;
    }

    /// <summary>A short label for charts: '10 Jan', 'Jan 2022', 'mg 50', '2022'.</summary>
    public string Compact(string isoDate, string precision)
    {
        if (DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return ShortDay(day);
        var parts = isoDate.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var year))
        {
            if (parts[1].StartsWith('W') && int.TryParse(parts[1][1..], out var week)) return language.Format("date.week_short", week, year);
            if (int.TryParse(parts[1], out var month) && month is >= 1 and <= 12) return $"{Month(month)[..3]} {year}";
        }
        return isoDate;
    }

    private static string Zone(TimeSpan offset)
    {
        var hours = offset.TotalHours;
        var name = CalendarWords.TimeZoneHours.Where(z => z.Value == hours && z.Key.Length >= 3).Select(z => z.Key).FirstOrDefault();
        if (name is not null) return name.ToUpperInvariant();
        return "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
