using System.Globalization;
using System.Text.RegularExpressions;
using Kabar.Language;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// The dateline that opens a lead paragraph, with or without the outlet's name, in the dress
/// outlets print it and in the tokenised dress of research corpora: 'KONTAN.CO.ID - WASHINGTON.',
/// 'REPUBLIKA.CO.ID, MOSKOW -', 'WASHINGTON, KOMPAS.TV -', 'Liputan6.com, Washington D.C -',
/// 'JAKARTA (ANTARA) -', 'Jakarta , CNN Indonesia - -', 'Jakarta ( ANTARA News ) -', 'Merdeka.com -',
/// 'Moskow:'. The place is printed in title case when the page shouts it; <see cref="Place"/> is
/// null when the head names only the outlet.
/// <para>
/// Which part is the outlet is read from the structure: a host name or known name that opens the
/// head, else the part in brackets or after the comma. The part after a place counts as an outlet when it is a host name, a
/// known outlet or wire agency, or when it was learnt: the same name opening the leads of at least
/// <see cref="TemplateCounts.MinPages"/> pages of one outlet in a batch (<see cref="OutletCandidate"/>
/// gives template learning the name to count). A head that could only be a place or an outlet
/// ('Bandung -', 'Rimanews -') is read as a place, as the form is most often used.
/// </para>
/// </summary>
internal sealed partial record LeadDateline(string Prefix, string? Place, string? OutletToken)
{
    /// <summary>The head's first part as printed ('JAKARTA', not 'Jakarta'), for learning.</summary>
    private string PrintedPlace { get; init; } = "";

    // One to four capitalised words; 'D.C' and 'U.S' stay whole.
    private const string PlaceWords = @"\p{Lu}[\p{L}'’]*(?:\.\p{Lu})*(?:\s+\p{Lu}[\p{L}'’]*(?:\.\p{Lu})*){0,3}";
    private const string PlacePattern = $"(?<place>{PlaceWords})";
    // A host name ('KOMPAS.com'), or one to three capitalised words ('ANTARA', 'CNN Indonesia', 'Pos Kota').
    private const string Outlet = @"(?<outlet>[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)+|\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+){0,2})";
    // '-', '--', '–', '—', and the tokenised '- -'.
    private const string Dash = @"\s*[-–—]+(?:\s[-–—]+)?\s*";
    // What a lead's first sentence starts with once the head is off.
    private const string SentenceStart = @"(?=\p{Lu}|[""“'‘\d])";
    private static readonly RegexOptions Options = RegexOptions.CultureInvariant | PatternCompilation.Option;

    /// <summary>Heads that open with the outlet: only a host name or a known name stands there ('REPUBLIKA.CO.ID, MOSKOW -').</summary>
    private static readonly Regex[] OutletFirstHeads =
    [
        new($@"^{Outlet}\s*[-–—,]\s*{PlacePattern}\.?{Dash}{SentenceStart}", Options),
        new($@"^{Outlet}\s*[-–—]\s*{PlacePattern}\.\s+{SentenceStart}", Options),
    ];

    /// <summary>Heads that open with the place: the part after the comma or in brackets is the outlet, and may be learnt.</summary>
    private static readonly Regex[] PlaceFirstHeads =
    [
        new($@"^{PlacePattern}\s*,\s*{Outlet}{Dash}{SentenceStart}", Options),
        // 'Samarinda , Kalimantan Timur ( ANTARA News ) -': a town and its province before the bracket.
        new($@"^(?<place>{PlaceWords}(?:\s*,\s*{PlaceWords})?)\s*\(\s*{Outlet}\s*\){Dash}{SentenceStart}", Options),
    ];

    private static readonly LeadPosition[] PlaceFirstPositions = [LeadPosition.AfterComma, LeadPosition.InBrackets];

    /// <summary>'Moskow: ...', the wire habit of text dumps; one or two words, and never a label ('Catatan:', 'Disclosure:').</summary>
    private static readonly Regex PlaceColon = new($@"^(?<place>\p{{Lu}}[\p{{L}}'’]+(?:\s+\p{{Lu}}[\p{{L}}'’]+)?):\s+(?=\p{{Lu}})", Options);

    private static readonly Regex OutletOnly = new($@"^{Outlet}{Dash}{SentenceStart}", Options);

    // An outlet and its dash at the start of a line of its own, with or without a headline after it.
    private static readonly Regex OutletLineHead = new($@"^{Outlet}{Dash}(?:{SentenceStart}|$)", Options);

    /// <summary>
    /// A line above the body that opens with a known outlet's name and a dash: the dateline printed on a
    /// line of its own ('Suara.com -', the rest empty) or run into the headline ('Merdeka.com - Kado Indah
    /// Untuk Totti'). Only a host name or a known outlet or agency counts: 'KPK - DPR Saling Lapor' is a headline.
    /// </summary>
    public static (string Prefix, string OutletToken, string After)? OutletHeadOfLine(string line)
    {
        var trimmed = line.Trim();
        var m = OutletLineHead.Match(trimmed);
        if (!m.Success || m.Groups["outlet"].Value.Trim() is not { } token || !IsKnownOutlet(token)) return null;
        return (m.Value.Trim(), token, trimmed[m.Length..].Trim());
    }

    private static readonly Regex[] PlaceOnlyHeads =
    [
        new($@"^(?<place>\p{{Lu}}[\p{{Lu}}'’.]+(?:\s+\p{{Lu}}[\p{{Lu}}'’.]+){{0,2}}){Dash}(?=\p{{Lu}}|[""“])", Options),

        // 'Bandung - Rencana ...': a place in title case set off by a spaced dash (never 'AS-Rusia').
        new($@"^(?<place>\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*(?:\s+\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*){{0,2}})\s+[-–—]\s+(?=\p{{Lu}}|[""“])", Options),
    ];

    /// <summary>A head takes at most this much of the paragraph's start.</summary>
    private const int HeadChars = 120;
    /// <summary>What must be left after the head for the paragraph to be a lead, not a caption or a line of furniture.</summary>
    private const int MinLeadChars = 40;

    /// <summary>
    /// The dateline that opens <paramref name="paragraph"/>, or null; <paramref name="learnt"/> says whether a
    /// name was learnt as the outlet's in that position of the head.
    /// </summary>
    /// <param name="colonHeads">Whether 'Place:' opens a dateline: a text dump's wire habit; an HTML page marks its structure and uses the colon for labels.</param>
    public static LeadDateline? Find(string paragraph, Func<string, LeadPosition, bool>? learnt = null, bool colonHeads = true)
    {
        var head = paragraph.Length > HeadChars ? paragraph[..HeadChars] : paragraph;
        bool IsOutlet(string token, LeadPosition position) => IsKnownOutlet(token) || learnt?.Invoke(token, position) == true;

        foreach (var pattern in OutletFirstHeads)
            if (Matched(pattern, head, paragraph) is { } m && IsPlace(m.Place!) && IsOutlet(m.OutletToken!, LeadPosition.First))
                return m;
        for (var i = 0; i < PlaceFirstHeads.Length; i++)
            if (Matched(PlaceFirstHeads[i], head, paragraph) is { } m && IsPlace(m.Place!) && IsOutlet(m.OutletToken!, PlaceFirstPositions[i]))
                return m;
        if (Matched(OutletOnly, head, paragraph) is { } only && IsOutlet(only.OutletToken!, LeadPosition.First))
            return only;
        foreach (var pattern in PlaceOnlyHeads)
            if (Matched(pattern, head, paragraph) is { } m && IsPlace(m.Place!))
                return m;
        if (colonHeads && Matched(PlaceColon, head, paragraph) is { } colon && IsPlace(colon.Place!)
            && !colon.Place!.Split(' ').Any(TextDumpCues.LeadLabels.Contains))
            return colon;
        return null;
    }

    /// <summary>
    /// The names a two-part head gives, each in its position, whether or not they are known: what
    /// template learning counts across an outlet's pages. 'Jakarta , CNN Indonesia - -' gives 'Jakarta'
    /// first and 'CNN Indonesia' after the comma, since either could be the outlet ('Portal Jaya, Ternate -');
    /// 'BOGOR ( Warta Kota ) -' gives 'Warta Kota' in brackets.
    /// </summary>
    public static IEnumerable<(string Name, LeadPosition Position)> Candidates(string paragraph)
    {
        var head = paragraph.Length > HeadChars ? paragraph[..HeadChars] : paragraph;
        for (var i = 0; i < PlaceFirstHeads.Length; i++)
        {
            if (Matched(PlaceFirstHeads[i], head, paragraph) is not { } m || !IsPlace(m.Place!)) continue;
            if (PlaceFirstPositions[i] == LeadPosition.AfterComma) yield return (m.PrintedPlace, LeadPosition.First);
            yield return (m.OutletToken!, PlaceFirstPositions[i]);
            yield break;
        }
    }

    private static LeadDateline? Matched(Regex pattern, string head, string paragraph)
    {
        var m = pattern.Match(head);
        if (!m.Success || paragraph.Length - m.Length < MinLeadChars) return null;
        var place = m.Groups["place"].Success ? SpacedComma().Replace(m.Groups["place"].Value.Trim().TrimEnd('.'), ", ") : null;
        var outlet = m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null;
        return new LeadDateline(m.Value, place is null ? null : TitleCase(place), outlet) { PrintedPlace = place ?? "" };
    }

    [GeneratedRegex(@"\s*,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedComma();

    private static bool IsPlace(string place) =>
        place.Length is >= 3 and <= 40 && !place.Split(' ').Any(w => TextDumpCues.IsWeekday(w) || Language.CalendarWords.Months.ContainsKey(w));

    private static bool IsKnownOutlet(string token) =>
        OutletNames.IsDomainLike(token) || Metadata.OutletDirectory.FindByAlias(token) is not null || TextDumpCues.WireAgencies.Contains(token);

    /// <summary>'WASHINGTON' → 'Washington', 'WASHINGTON D.C' → 'Washington D.C'; mixed case stays as printed.</summary>
    public static string TitleCase(string place)
    {
        if (place.Any(char.IsLower)) return place;
        return string.Join(' ', place.Split(' ').Select(w => w.Contains('.') || w.Length <= 2 ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())));
    }
}

/// <summary>Where a name stands in a lead's dateline head.</summary>
internal enum LeadPosition
{
    /// <summary>Opening the head: 'REPUBLIKA.CO.ID, MOSKOW -', 'Portal Jaya, Ternate -'.</summary>
    First,
    /// <summary>After the place and a comma: 'Jakarta, CNN Indonesia -'.</summary>
    AfterComma,
    /// <summary>In brackets after the place: 'Jakarta (ANTARA) -'. Only an outlet stands there.</summary>
    InBrackets,
}
