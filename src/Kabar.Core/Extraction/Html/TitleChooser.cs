using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Kabar.Language;

namespace Kabar.Extraction.Html;

/// <summary>
/// Picks the headline from what a page offers (its &lt;h1&gt;s, og:title, twitter:title, the
/// JSON-LD headline, &lt;title&gt;), without the site name that titles carry ('Judul - Kompas.com',
/// 'Title | Site'): the candidates and their features are <see cref="TitleCandidates"/>, the choice
/// the fitted <see cref="TitleModel"/>'s. <c>HeadingLinksHome</c> marks an &lt;h1&gt; that is a link to
/// the site's front page (a logo); <c>PrintedKey</c> is the <see cref="Key"/> of the page's visible
/// text outside its &lt;h1&gt;s, so that a candidate printed elsewhere on the page can count. <see cref="ChooseByRule"/> is the hand rule it replaced,
/// kept as the baseline `kabar train titles` reports.
/// </summary>
internal static class TitleChooser
{
    // ' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', and '|' '»' '·' even without spaces.
    private static readonly Regex Separator = new(@"\s+[\-–—:/]{1,2}\s+|\s*[|»·•~]\s*", PatternCompilation.Option);

    public sealed record Candidates(
        IReadOnlyList<string> Headings,
        string? OgTitle,
        string? TwitterTitle,
        string? JsonLdHeadline,
        string? DocumentTitle,
        IReadOnlyList<string> SiteNames,
        string? Description = null,
        IReadOnlyList<bool>? HeadingInChrome = null,
        IReadOnlyList<bool>? HeadingLinksHome = null,
        string? PrintedKey = null,
        string? Url = null,
        IReadOnlyList<bool>? HeadingMarkedTitle = null);

    public static string? Choose(Candidates c) => Choose(c, TitleModel.Default);

    public static string? Choose(Candidates c, TitleModel model)
    {
        var candidates = TitleCandidates.Build(c);
        var best = model.Best(candidates);
        return best < 0 ? null : candidates[best].Text;
    }

    /// <summary>The hand rule: a heading a meta title confirms, else the heading, og:title, JSON-LD, &lt;title&gt;.</summary>
    public static string? ChooseByRule(Candidates c)
    {
        var siteKeys = c.SiteNames.Select(Key).Where(k => k.Length >= 3).Distinct().ToList();
        var metaTitles = new[] { c.OgTitle, c.TwitterTitle, c.JsonLdHeadline, c.DocumentTitle }
            .Select(Clean).Where(t => t.Length > 0).ToList();
        var cleaned = metaTitles.Select(t => StripSiteName(t, siteKeys)).ToList();

        // A heading that a meta title confirms (equal, or one of its parts) is the headline as printed.
        foreach (var heading in c.Headings.Select(Clean).Where(h => h.Length > 0 && !IsSiteName(h, siteKeys)))
        {
            var key = Key(heading);
            if (key.Length == 0) continue;
            if (cleaned.FirstOrDefault(t => Key(t) == key) is { } same && IsAllCaps(heading)) return same;
            if (cleaned.Any(t => Key(t) == key) || metaTitles.Any(t => Segments(t).Any(s => Key(s) == key) || (key.Length >= 20 && Key(t).StartsWith(key))))
                return heading;
        }
        // Otherwise the page's own headline, when it has one that reads like a headline.
        var printed = c.Headings.Select(Clean).FirstOrDefault(h => h.Length > 0 && !IsSiteName(h, siteKeys) && WordCount(h) is >= 2 and <= 30);
        if (printed is not null) return StripSiteName(printed, siteKeys);
        var og = Clean(c.OgTitle);
        if (og.Length > 0) return StripSiteName(og, siteKeys);
        var ld = Clean(c.JsonLdHeadline);
        if (ld.Length > 0) return StripSiteName(ld, siteKeys);
        var title = Clean(c.DocumentTitle);
        if (title.Length > 0) return StripSiteName(title, siteKeys);
        return c.Headings.Select(Clean).FirstOrDefault(h => h.Length > 0);
    }

    /// <summary>Removes leading or trailing segments that name the site.</summary>
    public static string StripSiteName(string title, IReadOnlyList<string> siteKeys)
    {
        var parts = SplitKeepingSeparators(title);
        if (parts.Count < 2) return title;
        var segments = parts.Select(p => p.Text).ToList();
        int first = 0, last = segments.Count - 1;
        while (last > first && (IsSiteName(segments[last], siteKeys) || LooksLikeDomain(segments[last]))) last--;
        while (first < last && (IsSiteName(segments[first], siteKeys) || LooksLikeDomain(segments[first]))) first++;
        if (first == 0 && last == segments.Count - 1 && parts[^1].Separator.Trim() is "|" && WordCount(segments[^1]) <= 4
            && WordCount(string.Join(" ", segments.Take(segments.Count - 1))) >= 2 * WordCount(segments[^1]))
            last--; // 'Title | Site' is the convention even when the site's name is not known.
        var sb = new StringBuilder(segments[first]);
        for (var i = first + 1; i <= last; i++) sb.Append(parts[i].Separator).Append(segments[i]);
        return sb.ToString().Trim();
    }

    private static List<(string Separator, string Text)> SplitKeepingSeparators(string title)
    {
        var result = new List<(string, string)>();
        var pos = 0;
        var separator = "";
        foreach (Match m in Separator.Matches(title))
        {
            if (m.Index == 0) continue;
            result.Add((separator, title[pos..m.Index].Trim()));
            separator = m.Value;
            pos = m.Index + m.Length;
        }
        result.Add((separator, title[pos..].Trim()));
        return result.Where(r => r.Item2.Length > 0).ToList();
    }

    private static IEnumerable<string> Segments(string title) => SplitKeepingSeparators(title).Select(p => p.Text);

    private static bool IsSiteName(string segment, IReadOnlyList<string> siteKeys)
    {
        var key = Key(segment);
        if (key.Length == 0) return false;
        return siteKeys.Any(s => key == s || (key.Length >= 4 && (s.Contains(key) || key.Contains(s)) && WordCount(segment) <= 5));
    }

    private static bool LooksLikeDomain(string segment) =>
        !segment.Contains(' ') && Regex.IsMatch(segment, @"^[\w\-]+(\.[\w\-]+)*\.(com|co|id|net|org|tv|info|news|io|co\.id|or\.id|go\.id|uk|au|ca|de)$", RegexOptions.IgnoreCase);

    private static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Decoded entities, collapsed whitespace.</summary>
    public static string Clean(string? text) => string.IsNullOrWhiteSpace(text) ? "" : BlockTextWriter.Collapse(WebUtility.HtmlDecode(text));

    /// <summary>Lower-case letters and digits only, for comparing titles across their punctuation.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
