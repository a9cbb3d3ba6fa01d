using System.Globalization;
using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>
/// Finds time expressions in a text and reads each into a <see cref="TimePhrase"/>, without resolving
/// it (that is <see cref="TimeNormalizer"/>'s job). One regex, generated once from the word lists in
/// Resources/Times and Resources/Language, scans the text in a single left-to-right pass; every
/// alternative is a bounded sequence of words, so the work is linear in the length of the text.
/// </summary>
public static class TimeRecognizer
{
    // Anchored with \G and tried only where a phrase may begin (see Recognize): the regex engine's own
    // search for a start is slow for an alternation this large. Interpreted, not compiled: the
    // compiled form costs half a second of JIT per process and was no faster on news text.
    private static readonly (string Body, PhraseStarts Starts) Grammar = BuildPattern();

    private static readonly Regex Pattern = NewPattern();

    // One instance per thread: a Regex keeps one runner (with its backtracking stacks) for reuse, and
    // while one thread holds it every other thread's match builds a runner of its own, which for this
    // pattern was the annotator's largest allocation when annotating on several threads.
    private static readonly ThreadLocal<Regex> PerThread = new(NewPattern);

    private static Regex NewPattern() => new(@"\G" + Grammar.Body,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly PhraseKind[] Kinds = Enum.GetValues<PhraseKind>();
    private static readonly int[] KindGroups = Kinds.Select(k => Pattern.GroupNumberFromName(k.ToString())).ToArray();

    /// <summary>The phrases in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), in order, not overlapping.</summary>
    public static IEnumerable<TimePhrase> Recognize(string text, int start, int end) => Recognize(text, start, end, tryEveryWord: false);

    /// <summary>As <see cref="Recognize(string, int, int)"/>; <paramref name="tryEveryWord"/> runs the regex at every word, as a check that <see cref="PhraseStarts"/> skips no phrase.</summary>
    internal static IEnumerable<TimePhrase> Recognize(string text, int start, int end, bool tryEveryWord)
    {
        // The window is the whole input to the regex, as if it were the text: '^' and lookbehinds stop at its start.
        var window = start == 0 && end == text.Length ? text : text[start..end];
        var pattern = PerThread.Value!;
        var p = 0;
        while (p < window.Length)
        {
            // A phrase starts where no letter or digit comes before (the pattern's first test) and
            // never at white space (every alternative begins with a number or a word from the trimmed
            // word lists), so other positions are skipped without asking the regex.
            if (char.IsWhiteSpace(window[p]) || (p > 0 && (char.IsLetter(window[p - 1]) || char.IsNumber(window[p - 1])))) { p++; continue; }
            // Nearly every word is not the start of a phrase: a word whose letters begin with none of
            // the words a phrase can begin with is skipped without running the regex.
            if (!tryEveryWord && !Grammar.Starts.MayStartAt(window, p)) { p++; continue; }
            var m = pattern.Match(window, p);
            if (!m.Success) { p++; continue; }
            yield return Read(m, start);
            p = m.Index + Math.Max(m.Length, 1);
        }
    }

    private static TimePhrase Read(Match m, int offset)
    {
        var span = new TextSpan(offset + m.Index, offset + m.Index + m.Length);
        var kind = Kinds.First(k => m.Groups[KindGroups[(int)k]].Success);
        var phrase = new TimePhrase(span, kind)
        {
            Weekday = Lookup(m, "wd", CalendarWords.Weekdays),
            Day = Int(m, "d") ?? Int(m, "bd"),
            Month = Lookup(m, "m", CalendarWords.Months) ?? Int(m, "bm"),
            Year = YearOf(m),
            Decade = m.Groups["decade"].Success,
            Hour = Hour(m),
            Minute = m.Groups["hh"].Success ? Int(m, "mm") ?? 0 : null,
            PartOfDay = Word(m, "pod") is { } pod ? TimeWords.PartsOfDay[pod] : null,
            Mod = (Word(m, "mod") is { } mod ? TimeWords.PeriodMods[mod] : null)
                ?? (Word(m, "q") is { } q ? TimeWords.QuantityMods[q] : null),
            Unit = Word(m, "unit") is { } unit ? TimeWords.Units.GetValueOrDefault(unit) ?? PatternWords.PeriodUnitValues.GetValueOrDefault(unit, unit) : null,
            Count = m.Groups["n"].Success ? TimeWords.ParseCount(m.Groups["n"].Value) : 1,
            Rest = Word(m, "unit2") is { } unit2 && TimeWords.Units.TryGetValue(unit2, out var u2)
                ? (TimeWords.ParseCount(m.Groups["n2"].Value), u2) : null,
        };
        var shift = ShiftOf(m);
        phrase = phrase with
        {
            Direction = shift?.Direction,
            AgainstPrevious = shift?.AgainstPrevious ?? false,
            YearShift = Word(m, "yrel") is { } yrel ? TimeWords.Shifts[yrel].Direction : null,
            WeekShift = Word(m, "wkrel") is { } wkrel ? TimeWords.Shifts[wkrel].Direction : null,
        };
        switch (kind)
        {
            case PhraseKind.CalendarDate when m.Groups["holiday"].Success:
                var (month, day, partOfDay) = TimeWords.Holidays[Regex.Replace(m.Groups["holiday"].Value, @"\s+", " ")];
                return phrase with { Month = month, Day = day, PartOfDay = partOfDay };
            case PhraseKind.RelativeDay:
                var (days, previous) = TimeWords.RelativeDays[TimeWords.Key(m.Value)];
                return phrase with { Count = days, Unit = "D", AgainstPrevious = previous };
            case PhraseKind.Reference:
                return phrase with { Value = TimeWords.References[TimeWords.Key(m.Value)] };
            case PhraseKind.Set when Word(m, "setw") is { } setWord:
                return phrase with { Value = TimeWords.SetWords[setWord] };
            case PhraseKind.YearPart:
                return phrase with
                {
                    Unit = Word(m, "part") is { } part ? TimeWords.YearParts[part] : "Q",
                    Count = int.Parse(TimeWords.Ordinals[Word(m, "ord")!], CultureInfo.InvariantCulture),
                };
            case PhraseKind.Period when phrase.Mod == "END" && phrase.Unit == "W":
                return phrase with { Unit = "WE", Mod = null };
            case PhraseKind.Duration when m.Groups["ber"].Success:
                return phrase with { Count = null };
            default:
                return phrase;
        }
    }

    private static Shift? ShiftOf(Match m)
    {
        if (Word(m, "shift") is { } word) return TimeWords.Shifts[word];
        if (Word(m, "erel") is { } before) return PatternWords.ShiftsBefore[before];
        return null;
    }

    private static string? Word(Match m, string group) => m.Groups[group].Success ? TimeWords.Key(m.Groups[group].Value) : null;

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? Lookup(Match m, string group, IReadOnlyDictionary<string, int> table) =>
        m.Groups[group].Success && table.TryGetValue(m.Groups[group].Value.Trim(), out var v) ? v : null;

    private static int? YearOf(Match m)
    {
        var y = Int(m, "y") ?? Int(m, "by");
        return y is < 100 ? 2000 + y : y;
    }

    private static int? Hour(Match m)
    {
        if (Int(m, "hh") is not { } h) return null;
        var ampm = Word(m, "ampm") is { } half ? PatternWords.AmPm[half] : null;
        if (ampm == "pm" && h < 12) return h + 12;
        if (ampm == "am" && h == 12) return 0;
        // 'pukul 8 malam' is 20:00, 'pukul 2 siang' 14:00; 'pukul 20.00 malam' and 'pukul 11 siang' stay as written.
        var pod = Word(m, "pod") is { } p ? TimeWords.PartsOfDay[p] : null;
        return pod switch
        {
            "EV" or "NI" when h is >= 5 and < 12 => h + 12,
            "AF" when h is >= 1 and <= 6 => h + 12,
            _ => h,
        };
    }

    /// <summary>
    /// The pattern, and the words its phrases can begin with. Every word is data (Resources/Times,
    /// the fixed ones in pattern-words.tsv through <see cref="PatternWords"/>); each alternative names
    /// the word lists it can begin with beside its pattern (<see cref="PhraseStarts"/>), the same lists
    /// the pattern is built from, so a word added to a list is tried as a start too. A list put at the
    /// front of an alternative must be named in its starts, or its phrases are never tried
    /// (PhraseStartsTests checks that skipping finds what trying every word finds).
    /// </summary>
    private static (string Body, PhraseStarts Starts) BuildPattern()
    {
        const string B = @"(?<![\p{L}\p{N}])";
        const string E = @"(?![\p{L}\p{N}])";
        var month = TimeWords.Alternation(CalendarWords.Months.Keys);
        var monthAbbreviation = TimeWords.Alternation(CalendarWords.Months.Keys.Except(TimeWords.FullMonthNames));
        var monthCap = TimeWords.CapitalisedAlternation(TimeWords.FullMonthNames);
        var weekday = TimeWords.CapitalisedAlternation(TimeWords.WeekdayNames);
        var zone = TimeWords.Alternation(CalendarWords.TimeZoneHours.Keys);
        // 'a' and 'an' count only on their own ('a day later'), never inside 'a two-year break' or '20-an tahun'.
        var numberWord = TimeWords.Alternation(TimeWords.Numbers.Where(n => !n.Value.EndsWith('!')).Select(n => n.Key)) + E;
        var article = @"(?<=^|\s)" + TimeWords.Alternation(TimeWords.Numbers.Where(n => n.Value.EndsWith('!')).Select(n => n.Key)) + E;
        var count = $@"(?:\d{{1,4}}(?:,\d+)?{E}|{article}|{numberWord}(?:[\s-]+{numberWord}){{0,3}})";
        var unit = TimeWords.Alternation(TimeWords.Units.Keys);
        var counted = $@"(?:(?<n>{count})(?:\s+|-)|(?<se>{TimeWords.Alternation(PatternWords.OnePrefixes)}))(?<unit>{unit})(?![\p{{L}}\p{{N}}-])";
        // A count is a whole word ('dua', 'a'); 'se' runs on into its unit ('sehari'), as does 'ber' ('berhari-hari').
        var countWords = TimeWords.Numbers.Keys;
        string[] seUnits = [.. PatternWords.OnePrefixes.SelectMany(se => TimeWords.Units.Keys.Select(u => se + u))];
        string[] berUnits = [.. PatternWords.ManyPrefixes.SelectMany(ber => TimeWords.Units.Keys.Select(u => ber + u))];
        var shift = TimeWords.Alternation(TimeWords.Shifts.Keys) + E;
        var countedShift = TimeWords.Alternation(TimeWords.Shifts.Where(s => s.Value.Direction != 0).Select(s => s.Key)) + E;
        var publishedShift = TimeWords.Alternation(TimeWords.Shifts.Where(s => !s.Value.AgainstPrevious).Select(s => s.Key)) + E;
        // After a date, 'ini' mostly belongs to the next word ('pada 12 Maret 2020 ini menunjukkan' is about the photo).
        var dateShift = TimeWords.Alternation(TimeWords.Shifts.Where(s => !s.Value.AgainstPrevious && s.Value.Direction != 0).Select(s => s.Key)) + E;
        // A capitalised word after another is part of a name ('Russia Today', 'Anggaran Militer AS Tahun Depan').
        const string NotInName = @"(?-i:(?=\p{Ll})|(?<!\p{Lu}\p{L}*[ \t]+))";
        var partOfDay = $@"(?:\s+(?<pod>{TimeWords.Alternation(TimeWords.PartsOfDay.Keys)}){E})?";
        var cue = $@"(?<=(?<![\p{{L}}]){TimeWords.Alternation(TimeWords.DateCues)}\s+)";
        var ampm = TimeWords.Alternation(PatternWords.AmPm.Keys);
        var clockWord = TimeWords.Alternation(PatternWords.Clock);
        var clockWithMinutes = TimeWords.Alternation(PatternWords.ClockWithMinutes);
        var clock = $@"(?:{clockWord}\s*(?<hh>\d{{1,2}})(?:[.:](?<mm>\d{{2}}))?|{clockWithMinutes}\s+(?<hh>\d{{1,2}})[.:](?<mm>\d{{2}})|(?<hh>\d{{1,2}})[.:](?<mm>\d{{2}})(?=\s*(?:{zone}|{ampm}){E}))(?![\d.:]\d)(?:\s*(?<ampm>{ampm}){E})?(?:\s*(?<tz>{zone}){E})?{partOfDay}";
        var clockTail = $@"(?:\s*[,/]?\s*{clock})?";
        // '27/12', '27-12-2021', and the tokenised '27 / 12 / 2021' of research corpora (spaces around a slash only: '3 - 0' is a score).
        const string DateSlash = @"(?:[/-]|\s/\s)";
        const string NumericDate = $@"(?<bd>\d{{1,2}}){DateSlash}(?<bm>\d{{1,2}})(?:{DateSlash}(?<by>\d{{4}}|\d{{2}}))?(?![\d/])(?!\s/\s?\d)";
        var the = TimeWords.Alternation(PatternWords.Determiners);
        var of = TimeWords.Alternation(PatternWords.Of);
        var ordinalSuffix = TimeWords.Alternation(PatternWords.OrdinalSuffixes);
        var dayMonth = $@"(?:(?<d>\d{{1,2}})\s+(?<m>{month}){E}|(?:(?<m>{month})|(?<m>{monthAbbreviation})\.)\s+(?<d>\d{{1,2}}){ordinalSuffix}?{E}|(?:{the}\s+)?(?<d>\d{{1,2}}){ordinalSuffix}\s+(?:{of}\s+)?(?<m>{month}){E})(?:\s*,?\s*(?<y>\d{{4}})(?!\d))?";
        var periodUnit = TimeWords.Alternation(PatternWords.PeriodUnits);
        // Units of a week also stand between a weekday and its week's shift ('Senin pekan depan').
        var weekUnit = TimeWords.Alternation(PatternWords.PeriodUnits.Where(u => TimeWords.Units.GetValueOrDefault(u) == "W"));
        var shiftBefore = TimeWords.Alternation(PatternWords.ShiftsBefore.Keys);
        // Only those counting from the publish date stand before a weekday or a part of a period ('next Monday', not 'the following Monday').
        var publishedBefore = PatternWords.ShiftsBefore.Where(s => !s.Value.AgainstPrevious).Select(s => s.Key).ToList();
        var shiftBeforePublished = TimeWords.Alternation(publishedBefore);
        var yearLead = TimeWords.Alternation(PatternWords.YearLeads);
        var monthLead = TimeWords.Alternation(PatternWords.MonthLeads);
        var weekdayLead = TimeWords.Alternation(PatternWords.WeekdayLeads);
        var dateLead = TimeWords.Alternation(PatternWords.DateLeads);
        var decade = TimeWords.Alternation(PatternWords.DecadeSuffixes);

        // Each alternative's first words. Words: the pattern wants a non-letter right after them.
        // Prefixes: they may run on into more letters; any first word not known to stand alone goes here.
        var alternatives = new (PhraseKind Kind, string Pattern, IEnumerable<string> Words, IEnumerable<string> Prefixes)[]
        {
            (PhraseKind.Set, $@"(?:{TimeWords.Alternation(TimeWords.SetWords.Where(s => s.Value == "every").Select(s => s.Key))})\s+(?:{weekdayLead}\s+)?(?:(?<wd>{weekday})|(?:(?<n>{count})\s+)?(?<unit>{unit})|(?<m>{monthCap})){E}"
                + $@"|{counted}\s+{TimeWords.Alternation(TimeWords.SetWords.Where(s => s.Value == "once").Select(s => s.Key))}{E}"
                + $@"|(?<setw>{TimeWords.Alternation(TimeWords.SetWords.Where(s => s.Value.StartsWith('P')).Select(s => s.Key))}){E}",
                [.. TimeWords.SetWords.Keys, .. countWords], seUnits),
            (PhraseKind.YearPart, $@"(?<part>{TimeWords.Alternation(TimeWords.YearParts.Keys)})\s+(?:{TimeWords.Alternation(PatternWords.OrdinalLeads)}-?\s*)?(?<ord>{TimeWords.Alternation(TimeWords.Ordinals.Keys)}){E}(?:\s*(?:[-/]|{yearLead}|{of})?\s*(?<y>\d{{4}})(?!\d))?"
                + $@"|(?:{the}\s+)?(?<ord>{TimeWords.Alternation(TimeWords.Ordinals.Keys)})\s+(?<part>{TimeWords.Alternation(PatternWords.PartsAfterOrdinal)}){E}(?:\s+{of}\s+(?<y>\d{{4}})(?!\d))?"
                + $@"|(?-i:{TimeWords.Alternation(PatternWords.QuarterLetters)})(?<ord>[1-4])(?:\s*[-/]?\s*(?<y>\d{{4}})(?!\d))?{E}",
                [.. TimeWords.YearParts.Keys, .. PatternWords.Determiners, .. TimeWords.Ordinals.Keys, .. PatternWords.QuarterLetters], []),
            (PhraseKind.Period, $@"(?<mod>{TimeWords.Alternation(TimeWords.PeriodMods.Keys)})\s*-?\s*(?:"
                + $@"(?:{monthLead}\s+)?(?<m>{monthCap})(?:\s+(?:{yearLead}\s+)?(?<y>\d{{4}})(?!\d)|\s+{yearLead}\s+(?<yrel>{publishedShift})|\s+(?<shift>{publishedShift}))?{E}"
                + $@"|(?:{the}\s+)?(?:(?<erel>{shiftBeforePublished})\s+)?(?<unit>{periodUnit})(?:\s+(?<y>\d{{4}})(?!\d)|\s+(?<shift>{shift}))?{E}"
                + $@"|(?:{yearLead}\s+)?(?<y>\d{{4}})(?<decade>{decade})?(?!\d){E})",
                [], TimeWords.PeriodMods.Keys),
            (PhraseKind.Period, $@"{NotInName}(?<unit>{periodUnit})\s+(?<shift>{shift})|(?<erel>{shiftBefore})\s+(?<unit>{periodUnit}){E}",
                [], [.. PatternWords.PeriodUnits, .. PatternWords.ShiftsBefore.Keys]),
            (PhraseKind.Weekday, $@"(?:(?<erel>{shiftBeforePublished})\s+)?(?:{weekdayLead}\s+)?(?<wd>{weekday}){partOfDay}"
                + $@"(?:\s*,?\s*(?:\(\s*{NumericDate}\s*\)|{NumericDate}|{dayMonth}))?{partOfDay}"
                + $@"(?:\s+{weekUnit}\s+(?<wkrel>{publishedShift})|\s+(?<shift>{publishedShift}))?{E}{clockTail}",
                [], [.. publishedBefore, .. PatternWords.WeekdayLeads, .. TimeWords.WeekdayNames]),
            (PhraseKind.Offset, $@"{counted}\s+(?<shift>{countedShift})", countWords, seUnits),
            (PhraseKind.CalendarDate, $@"(?:{dateLead}\s+)?{dayMonth}(?:\s+{yearLead}\s+(?<yrel>{publishedShift})|\s+(?<shift>{dateShift}))?{partOfDay}{clockTail}"
                + $@"|(?:{dateLead}\s+)?(?<bd>\d{{1,2}})(?:/|\s/\s)(?<bm>\d{{1,2}})(?:/|\s/\s)(?<by>\d{{4}})(?!\d){clockTail}"
                + $@"|{dateLead}\s+{NumericDate}{clockTail}"
                + $@"|(?<y>\d{{4}})-(?<bm>\d{{2}})-(?<bd>\d{{2}})(?![\d-])",
                [], [.. PatternWords.DateLeads, .. PatternWords.Determiners, .. CalendarWords.Months.Keys]),
            (PhraseKind.CalendarDate, $@"{NotInName}(?<holiday>(?-i:{string.Join("|", TimeWords.Holidays.Keys.OrderByDescending(h => h.Length).Select(h => Regex.Escape(h).Replace(@"\ ", @"\s+")))})){E}(?:\s+(?<y>\d{{4}})(?!\d))?",
                [], TimeWords.Holidays.Keys),
            (PhraseKind.Month, $@"(?:{monthLead}\s+)?(?<m>{monthCap})(?:\s+(?:{yearLead}\s+)?(?<y>\d{{4}})(?!\d)|\s+{yearLead}\s+(?<yrel>{publishedShift})|\s+(?<shift>{publishedShift}))"
                + $@"|(?:(?-i:(?=\p{{Lu}})){cue}|{monthLead}\s+)(?<m>{monthCap}){E}",
                [], [.. PatternWords.MonthLeads, .. TimeWords.FullMonthNames]),
            (PhraseKind.RelativeDay, NotInName + TimeWords.Alternation(TimeWords.RelativeDays.Keys) + E, [], TimeWords.RelativeDays.Keys),
            (PhraseKind.Reference, NotInName + TimeWords.Alternation(TimeWords.References.Keys) + E, [], TimeWords.References.Keys),
            (PhraseKind.Clock, clock, [], [.. PatternWords.Clock, .. PatternWords.ClockWithMinutes]),
            (PhraseKind.Year, $@"{yearLead}\s+(?<y>(?:1[5-9]|20|21)\d{{2}})(?<decade>{decade})?(?![\d.,]\d){E}|(?=\d){cue}(?<y>(?:19|20)\d{{2}})(?<decade>{decade})?(?![\d.,]\d){E}",
                [], PatternWords.YearLeads),
            (PhraseKind.Duration, $@"(?:(?<q>{TimeWords.Alternation(TimeWords.QuantityMods.Keys)})\s+)?{counted}(?:\s+(?:{TimeWords.Alternation(PatternWords.And)}\s+)?(?<n2>{count})\s+(?<unit2>{unit}){E})?(?:\s+{TimeWords.Alternation(TimeWords.DurationTails)}{E})?"
                + $@"|(?<ber>{TimeWords.Alternation(PatternWords.ManyPrefixes)})(?<unit>{unit})-(?:{unit}){E}",
                countWords, [.. TimeWords.QuantityMods.Keys, .. seUnits, .. berUnits]),
        };
        var body = string.Join("|", alternatives.Select(a => $"(?<{a.Kind}>{a.Pattern})"));
        return ($"{B}(?:{body})", new PhraseStarts(alternatives.SelectMany(a => a.Words), alternatives.SelectMany(a => a.Prefixes)));
    }
}
