using System.Globalization;
using Kabar.Resources;

namespace Kabar.Annotation.Times;

/// <summary>
/// The fixed words of <see cref="TimeRecognizer"/>'s pattern, read once from
/// Resources/Times/pattern-words.tsv by the part each plays: the words around the numbers and names
/// of a phrase ('pukul', 'tanggal', 'the', 'of', 'a.m.') and the period units. The recogniser builds
/// its regex from these lists and takes the words a phrase can begin with from the same lists.
/// </summary>
internal static class PatternWords
{
    private const string File = "Times/pattern-words.tsv";
    private static readonly ILookup<string, string[]> ByRole = KabarResources.Rows(File, minColumns: 2).ToLookup(r => r[0], StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> PeriodUnits = Words("period-unit");
    /// <summary>Period units whose TIMEX3 unit is given in the file, not in units.tsv ('weekend': WE).</summary>
    public static readonly IReadOnlyDictionary<string, string> PeriodUnitValues = Values("period-unit", required: false);
    /// <summary>Words before a period or weekday that shift it ('next week', 'the following month').</summary>
    public static readonly IReadOnlyDictionary<string, Shift> ShiftsBefore = Rows("shift-before")
        .ToDictionary(r => r[1], r => new Shift(int.Parse(r[2], CultureInfo.InvariantCulture), r[3] == "previous"), StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlyList<string> Clock = Words("clock");
    public static readonly IReadOnlyList<string> ClockWithMinutes = Words("clock-minutes");
    /// <summary>After a clock time, with the half of the day each means (am or pm).</summary>
    public static readonly IReadOnlyDictionary<string, string> AmPm = Values("ampm");
    public static readonly IReadOnlyList<string> DateLeads = Words("date-lead");
    public static readonly IReadOnlyList<string> WeekdayLeads = Words("weekday-lead");
    public static readonly IReadOnlyList<string> MonthLeads = Words("month-lead");
    public static readonly IReadOnlyList<string> YearLeads = Words("year-lead");
    public static readonly IReadOnlyList<string> Determiners = Words("determiner");
    public static readonly IReadOnlyList<string> Of = Words("of");
    public static readonly IReadOnlyList<string> OrdinalSuffixes = Words("ordinal-suffix");
    public static readonly IReadOnlyList<string> OrdinalLeads = Words("ordinal-lead");
    public static readonly IReadOnlyList<string> PartsAfterOrdinal = Words("part-after-ordinal");
    public static readonly IReadOnlyList<string> QuarterLetters = Words("quarter-letter");
    public static readonly IReadOnlyList<string> And = Words("and");
    public static readonly IReadOnlyList<string> DecadeSuffixes = Words("decade-suffix");
    public static readonly IReadOnlyList<string> OnePrefixes = Words("one-prefix");
    public static readonly IReadOnlyList<string> ManyPrefixes = Words("many-prefix");

    private static IReadOnlyList<string[]> Rows(string role)
    {
        var rows = ByRole[role].ToList();
        if (rows.Count == 0) throw new InvalidDataException($"Resources/{File} lists no '{role}' words");
        return rows;
    }

    private static IReadOnlyList<string> Words(string role) => Rows(role).Select(r => r[1]).ToList();

    private static IReadOnlyDictionary<string, string> Values(string role, bool required = true) => Rows(role)
        .Where(r => r.Length > 2 || (required ? throw new InvalidDataException($"Resources/{File}: '{role}' word '{r[1]}' has no value") : false))
        .ToDictionary(r => r[1], r => r[2], StringComparer.OrdinalIgnoreCase);
}
