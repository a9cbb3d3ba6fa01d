using System.Globalization;
using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Resources;

namespace Kabar.Annotation.Times;

/// <summary>A word that moves a time: which way (+1, -1, 0 for 'ini') and from what (the publish date or the date mentioned before).</summary>
public readonly record struct Shift(int Direction, bool AgainstPrevious);

/// <summary>
/// The Indonesian and English words of time expressions, read once from Resources/Times and
/// Language/CalendarWords: number words, units, relative days, shifts, period parts, tense words.
/// Also turns word lists into regex alternations for <see cref="TimeRecognizer"/>.
/// </summary>
public static class TimeWords
{
    public static readonly IReadOnlyDictionary<string, string> Numbers = KabarResources.Table("Times/numbers.tsv");
    public static readonly IReadOnlyDictionary<string, string> Units = KabarResources.Table("Times/units.tsv");
    public static readonly IReadOnlyDictionary<string, string> References = KabarResources.Table("Times/references.tsv");
    public static readonly IReadOnlyDictionary<string, string> PeriodMods = KabarResources.Table("Times/period-words.tsv");
    public static readonly IReadOnlyDictionary<string, string> QuantityMods = KabarResources.Table("Times/quantity-words.tsv");
    public static readonly IReadOnlyDictionary<string, string> SetWords = KabarResources.Table("Times/set-words.tsv");
    public static readonly IReadOnlyDictionary<string, string> YearParts = KabarResources.Table("Times/year-parts.tsv");
    public static readonly IReadOnlyDictionary<string, string> Ordinals = KabarResources.Table("Times/ordinals.tsv");
    public static readonly IReadOnlyDictionary<string, string> PartsOfDay = KabarResources.Table("Times/parts-of-day.tsv");
    public static readonly IReadOnlyDictionary<string, int> Tense = KabarResources.Table("Times/tense-words.tsv")
        .ToDictionary(kv => kv.Key, kv => int.Parse(kv.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlyDictionary<string, (int Days, bool AgainstPrevious)> RelativeDays = ThreeColumns("Times/relative-days.tsv");
    public static readonly IReadOnlyDictionary<string, Shift> Shifts = ThreeColumns("Times/shifts.tsv")
        .ToDictionary(kv => kv.Key, kv => new Shift(kv.Value.Days, kv.Value.AgainstPrevious), StringComparer.OrdinalIgnoreCase);
    /// <summary>Fixed-day holidays as written: phrase to (month, day, part of day).</summary>
    public static readonly IReadOnlyDictionary<string, (int Month, int Day, string? PartOfDay)> Holidays = KabarResources.Rows("Times/holidays.tsv")
        .Where(p => p.Length >= 2)
        .ToDictionary(
            p => p[0].Trim(),
            p => (int.Parse(p[1][..2], CultureInfo.InvariantCulture), int.Parse(p[1][3..5], CultureInfo.InvariantCulture), p.Length > 2 ? p[2].Trim() : null));
    public static readonly IReadOnlyList<string> DateCues = KabarResources.Lines("Times/date-cues.txt").ToList();
    public static readonly IReadOnlySet<string> DateCueSet = DateCues.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlyList<string> DurationTails = KabarResources.Lines("Times/duration-tails.txt").ToList();
    public static readonly IReadOnlySet<string> ClauseBoundaries =
        KabarResources.Lines("Times/clause-boundaries.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Month names to match anywhere a month stands alone: full names, not abbreviations ('Jan' is a name too).</summary>
    public static readonly IReadOnlyList<string> FullMonthNames = CalendarWords.Months.Keys
        .Where(name => !CalendarWords.Months.Any(o => o.Value == CalendarWords.Months[name] && o.Key.Length > name.Length && o.Key.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
        .ToList();

    /// <summary>Weekday names without the three-letter English abbreviations ('Sun', 'Sat', 'Wed' are words).</summary>
    public static readonly IReadOnlyList<string> WeekdayNames = CalendarWords.Weekdays.Keys.Where(w => w.Length > 3).ToList();

    /// <summary>Normalises the spacing of a matched phrase so it can be looked up in the tables.</summary>
    public static string Key(string phrase) => Regex.Replace(phrase.Trim(), @"\s+", " ").ToLowerInvariant();

    /// <summary>
    /// The value of a count in words or digits: 'tiga' 3, 'dua belas' 12, 'dua puluh lima' 25, 'satu setengah' 1.5,
    /// '1,5' 1.5; null when the count is not given ('beberapa').
    /// </summary>
    public static double? ParseCount(string text)
    {
        var digits = text.Trim().Replace(',', '.');
        if (double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) return n;
        double total = 0, last = 0;
        var words = Regex.Split(text.Trim().ToLowerInvariant(), @"[\s-]+");
        foreach (var word in words)
        {
            if (!Numbers.TryGetValue(word, out var v)) continue;
            if (v.EndsWith('!'))
            {
                if (words.Length > 1) continue;
                v = v[..^1];
            }
            if (v == "X") return null;
            if (v.StartsWith('*'))
            {
                var factor = double.Parse(v[1..], CultureInfo.InvariantCulture);
                var basis = last == 0 ? 1 : last;
                total += basis * factor - last;
                last = basis * factor;
            }
            else if (v.StartsWith('+'))
            {
                total += double.Parse(v[1..], CultureInfo.InvariantCulture);
                last = 0;
            }
            else
            {
                last = double.Parse(v, CultureInfo.InvariantCulture);
                total += last;
            }
        }
        return total;
    }

    /// <summary>
    /// A regex alternation of <paramref name="words"/>, any spacing between their words. Longest
    /// first, so a word wins over its prefix; grouped by first letter (which keeps that order, as a
    /// word and its prefix share the letter) so the regex engine merges each group's common prefix
    /// and rejects a word start at once instead of trying every word.
    /// </summary>
    public static string Alternation(IEnumerable<string> words) => "(?:" + string.Join("|", words
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .OrderBy(w => char.ToLowerInvariant(w[0]))
        .ThenByDescending(w => w.Length)
        .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+"))) + ")";

    /// <summary>
    /// An alternation that only matches <paramref name="words"/> written with a capital ('Minggu', 'MINGGU'):
    /// lower-case 'minggu' is 'week', and capitals keep 'Mei' and 'Senin' apart from common words.
    /// </summary>
    public static string CapitalisedAlternation(IEnumerable<string> words) => "(?-i:" + string.Join("|", words
        .SelectMany(w => new[] { char.ToUpperInvariant(w[0]) + w[1..], w.ToUpperInvariant() })
        .Distinct()
        .OrderBy(w => w[0])
        .ThenByDescending(w => w.Length)
        .Select(Regex.Escape)) + ")";

    private static IReadOnlyDictionary<string, (int Days, bool AgainstPrevious)> ThreeColumns(string path) => KabarResources.Rows(path)
        .Where(p => p.Length == 3)
        .ToDictionary(
            p => Key(p[0]),
            p => (int.Parse(p[1], CultureInfo.InvariantCulture), p[2].Trim() == "previous"),
            StringComparer.OrdinalIgnoreCase);
}
