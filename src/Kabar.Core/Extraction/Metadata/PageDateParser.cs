using System.Globalization;
using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Extraction.Metadata;

/// <summary>
/// Finds publish-style dates in the visible text of a page, as Indonesian and English outlets print
/// them: 'Selasa, 28 Desember 2021 / 14:53 WIB', 'Jumat 31 Dec 2021 10:29 WIB', 'diperbarui
/// 03 Feb 2022, 08:03 WIB', 'December 28, 2021 2:53 PM', '28/12/2021', ISO 8601. .NET's own
/// parsers miss most of these. A clock time with WIB/WITA/WIT gets +07/+08/+09; a clock time
/// without a zone is taken as WIB; a date with no clock time is day-only. A numeric date is read
/// day first (as Indonesian pages write it) unless the caller says the page's language puts the
/// month first (en-US: 3/4/2025 is 4 March); either way a reading whose month would pass 12 is
/// read the other way round (10/31/2024).
/// </summary>
public static class PageDateParser
{
    /// <summary>A date found in text, with where it stands.</summary>
    public sealed record Found(PageTime Time, int Index, int Length);

    private static readonly RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option;

    private static readonly string Month = CalendarWords.MonthPattern;
    private static readonly string Zone = CalendarWords.TimeZonePattern;
    // A clock time after the date: '14:53 WIB', '- 14.53', '| 2:53 PM', 'pukul 08:03'.
    private static readonly string Clock =
        $@"(?:\s*(?:[,/|\-–—]|pukul|jam|at)?\s*(?<h>[01]?\d|2[0-3])[:.](?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>{Zone})?\b)?";

    // 28 Desember 2021 / 03 Feb 2022
    private static readonly Regex DayMonthYear = new($@"\b(?<d>[0-3]?\d)\s+(?<mon>{Month})\.?,?\s+(?<y>(?:19|20)\d\d)\b{Clock}", Options);
    // December 28, 2021
    private static readonly Regex MonthDayYear = new($@"\b(?<mon>{Month})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b{Clock}", Options);
    // 28/12/2021, 28-12-2021 (day first, as Indonesian pages write it)
    private static readonly Regex Numeric = new($@"(?<![\d/])(?<d>[0-3]?\d)[/\-.](?<m>[0-3]?\d)[/\-.](?<y>(?:19|20)\d\d)(?![\d/]){Clock}", Options);
    // 2021-12-28T14:53:00+07:00, 2021-12-28 14:53
    private static readonly Regex Iso = new(@"\b(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?:[T ](?<h>[0-2]\d):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d)(?:\.\d+)?)?(?<off>Z|[+-][0-2]\d:?[0-5]\d)?)?", Options);

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static PageTime? Parse(string? text, bool monthFirst = false) => string.IsNullOrWhiteSpace(text) ? null : FindAll(text, monthFirst).FirstOrDefault()?.Time;

    /// <summary>Every date in <paramref name="text"/>, in order of position, overlaps removed.</summary>
    public static IReadOnlyList<Found> FindAll(string text, bool monthFirst = false)
    {
        if (!MayHoldYear(text)) return [];
        var found = new List<Found>();
        foreach (Match m in Iso.Matches(text)) Add(found, m, FromIso(m));
        foreach (Match m in DayMonthYear.Matches(text)) Add(found, m, FromParts(m, CalendarWords.Months[m.Groups["mon"].Value.TrimEnd('.')]));
        foreach (Match m in MonthDayYear.Matches(text)) Add(found, m, FromParts(m, CalendarWords.Months[m.Groups["mon"].Value.TrimEnd('.')]));
        foreach (Match m in Numeric.Matches(text))
        {
            var (first, second) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture));
            var swap = monthFirst ? first <= 12 : second > 12;
            Add(found, m, swap ? FromParts(m, first, second) : FromParts(m, second, first));
        }
        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds '19' or '20' and two more digits, as every pattern's year does: most texts
    /// a page offers (its small elements) hold none, and this look costs far less than the four patterns' scans.
    /// </summary>
    public static bool MayHoldYear(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('1', '2'); i >= 0 && i + 4 <= span.Length; )
        {
            if ((span[i] == '1' && span[i + 1] == '9' || span[i] == '2' && span[i + 1] == '0') && char.IsDigit(span[i + 2]) && char.IsDigit(span[i + 3]))
                return true;
            var next = span[(i + 1)..].IndexOfAny('1', '2');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static void Add(List<Found> found, Match m, PageTime? time)
    {
        if (time is null) return;
        if (found.Any(f => f.Index < m.Index + m.Length && m.Index < f.Index + f.Length)) return;
        found.Add(new Found(time, m.Index, m.Length));
    }

    private static PageTime? FromParts(Match m, int month) => FromParts(m, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));

    private static PageTime? FromParts(Match m, int month, int day)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        if (!m.Groups["h"].Success) return PageTime.Day(date);
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = m.Groups["ampm"].Value.Replace(".", "").ToLowerInvariant();
        if (ampm == "pm" && hour < 12) hour += 12;
        if (ampm == "am" && hour == 12) hour = 0;
        var zone = m.Groups["tz"].Success ? CalendarWords.TimeZoneHours[m.Groups["tz"].Value] : 7;
        return new PageTime(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(zone)), false);
    }

    private static PageTime? FromIso(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        if (!m.Groups["h"].Success) return PageTime.Day(date);
        var time = new TimeOnly(int.Parse(m.Groups["h"].Value) % 24, int.Parse(m.Groups["mi"].Value), m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value) : 0);
        var offset = TimeSpan.FromHours(7);
        var off = m.Groups["off"].Value;
        if (off == "Z") offset = TimeSpan.Zero;
        else if (off.Length > 0)
        {
            var digits = off[1..].Replace(":", "");
            offset = new TimeSpan(int.Parse(digits[..2]), int.Parse(digits[2..]), 0) * (off[0] == '-' ? -1 : 1);
        }
        return new PageTime(new DateTimeOffset(date.ToDateTime(time), offset), false);
    }
}
