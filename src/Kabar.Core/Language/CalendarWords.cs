using Kabar.Resources;

namespace Kabar.Language;

/// <summary>Month, weekday and time-zone names from Resources/Language, shared by metadata and time parsing.</summary>
public static class CalendarWords
{
    public static readonly IReadOnlyDictionary<string, int> Months = Numbers("Language/months.tsv");
    public static readonly IReadOnlyDictionary<string, int> Weekdays = Numbers("Language/weekdays.tsv");
    public static readonly IReadOnlyDictionary<string, int> TimeZoneHours = Numbers("Language/timezones.tsv");

    /// <summary>A regex alternation of every month name, longest first.</summary>
    public static string MonthPattern => Alternation(Months.Keys);
    public static string WeekdayPattern => Alternation(Weekdays.Keys);
    public static string TimeZonePattern => Alternation(TimeZoneHours.Keys);

    private static IReadOnlyDictionary<string, int> Numbers(string path) => KabarResources.Table(path)
        .ToDictionary(kv => kv.Key, kv => int.Parse(kv.Value), StringComparer.OrdinalIgnoreCase);

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
