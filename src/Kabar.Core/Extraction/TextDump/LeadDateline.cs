using System.Globalization;
using System.Text.RegularExpressions;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// The dateline that opens a lead paragraph, with or without the outlet's name:
/// 'KONTAN.CO.ID - WASHINGTON.', 'REPUBLIKA.CO.ID, MOSKOW -', 'WASHINGTON, KOMPAS.TV -',
/// 'Liputan6.com, Washington D.C -', 'JAKARTA (ANTARA) -', 'Moskow:'. The place is printed in
/// title case when the page shouts it.
/// </summary>
internal sealed record LeadDateline(string Prefix, string Place, string? OutletToken)
{
    // One to four capitalised words; 'D.C' and 'U.S' stay whole.
    private const string PlacePattern = @"(?<place>\p{Lu}[\p{L}'’]*(?:\.\p{Lu})*(?:\s+\p{Lu}[\p{L}'’]*(?:\.\p{Lu})*){0,3})";
    private const string Token = @"(?<outlet>[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)+|\p{Lu}[\p{Lu}\d]+(?:\s\p{Lu}[\p{Lu}\d]+)?)";
    private const string Dash = @"\s*[-–—]+\s*";

    private static readonly Regex[] Patterns =
    [
        new($@"^{Token}\s*[-–—,]\s*{PlacePattern}\.?{Dash}", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new($@"^{Token}\s*[-–—]\s*{PlacePattern}\.\s+(?=\p{{Lu}}|[""“])", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new($@"^{PlacePattern}\s*,\s*{Token}{Dash}", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new($@"^{PlacePattern}\s*\({Token}\){Dash}", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new($@"^(?<place>\p{{Lu}}[\p{{Lu}}'’.]+(?:\s+\p{{Lu}}[\p{{Lu}}'’.]+){{0,2}}){Dash}(?=\p{{Lu}}|[""“])", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new($@"^(?<place>\p{{Lu}}[\p{{L}}'’]+(?:\s+\p{{Lu}}[\p{{L}}'’]+){{0,2}}):\s+(?=\p{{Lu}})", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        // 'Bandung - Rencana ...': a place in title case set off by a spaced dash (never 'AS-Rusia').
        new($@"^(?<place>\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*(?:\s+\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*){{0,2}})\s+[-–—]\s+(?=\p{{Lu}}|[""“])", RegexOptions.CultureInvariant | RegexOptions.Compiled),
    ];

    /// <summary>The dateline that opens <paramref name="paragraph"/>, or null.</summary>
    public static LeadDateline? Find(string paragraph)
    {
        var head = paragraph.Length > 120 ? paragraph[..120] : paragraph;
        foreach (var pattern in Patterns)
        {
            var m = pattern.Match(head);
            if (!m.Success || paragraph.Length - m.Length < 40) continue;
            var place = m.Groups["place"].Value.Trim().TrimEnd('.');
            var outlet = m.Groups["outlet"].Success ? m.Groups["outlet"].Value : null;
            if (!IsPlace(place) || (outlet is not null && !IsOutletToken(outlet))) continue;
            return new LeadDateline(m.Value, TitleCase(place), outlet);
        }
        return null;
    }

    private static bool IsPlace(string place) =>
        place.Length is >= 3 and <= 40 && !place.Split(' ').Any(w => TextDumpCues.IsWeekday(w) || Language.CalendarWords.Months.ContainsKey(w));

    private static bool IsOutletToken(string token) =>
        OutletNames.IsDomainLike(token) || Metadata.OutletDirectory.FindByAlias(token) is not null || TextDumpCues.WireAgencies.Contains(token);

    /// <summary>'WASHINGTON' → 'Washington', 'WASHINGTON D.C' → 'Washington D.C'; mixed case stays as printed.</summary>
    public static string TitleCase(string place)
    {
        if (place.Any(char.IsLower)) return place;
        return string.Join(' ', place.Split(' ').Select(w => w.Contains('.') || w.Length <= 2 ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())));
    }
}
