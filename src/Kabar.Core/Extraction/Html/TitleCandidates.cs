using System.Text.RegularExpressions;
using Kabar.Language;

namespace Kabar.Extraction.Html;

/// <summary>One headline a page offers, with the named facts the title model weighs.</summary>
public sealed record TitleCandidate(string Text, IReadOnlyDictionary<string, double> Features);

/// <summary>
/// Every headline a page offers: each &lt;h1&gt;, og:title, twitter:title, the JSON-LD headline
/// and &lt;title&gt;, as printed and with a site-name segment stripped (only a segment that is the
/// site's name or domain, or by the 'Title | Site' convention, each marked as such). Candidates that
/// read the same merge, and each keeps which sources gave it, so agreement between sources is a
/// feature. The features are named so that the fitted weights (title-model.tsv) can be read.
/// </summary>
internal static class TitleCandidates
{
    private static readonly Regex Separator = new(@"\s+[\-–—:/]{1,2}\s+|\s*[|»·•~]\s*", PatternCompilation.Option);

    /// <summary>The feature names, in the order the model file lists them.</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "from_h1", "from_first_h1", "from_og", "from_twitter", "from_jsonld", "from_title",
        "as_printed", "stripped_site_name", "stripped_by_convention",
        "sources_agreeing", "sources_agreeing_as_printed", "only_source",
        "contains_site_name", "has_separator", "is_site_name",
        "log_words", "short", "long", "all_caps", "ends_with_stop",
        "h1_among_many", "h1_in_page_chrome", "description_overlap", "shorter_than_another", "longer_than_another",
        "overlap_other_sources", "same_words_other_case", "h1_alone", "meta_consensus_without_h1",
        "dropped_from_a_title",
        "printed_outside_h1", "more_capitals_than_same_words", "h1_links_home", "broken_character",
        "slug_overlap", "best_slug_match",
        "first_segment_only", "first_segment_dropped", "h1_against_meta_consensus",
        "h1_marked_title",
    ];

    private const int SourceKinds = 5;
    private const int MinPrintedKey = 8;
    // 'Investorâs', 'donâ€™t', 'cafÃ©': UTF-8 read as Latin-1, a candidate another source states cleanly.
    private static readonly Regex BrokenQuote = new(@"â[€\u0080-\u009F]|Ã[\u0080-\u00BF]|\wâ(?:s|t|ll|re|ve|d|m)\b", PatternCompilation.Option);

    private static int Capitals(string s) => s.Count(char.IsUpper);

    private const int MinSlugWords = 3;
    private const double MinSlugOverlap = 0.5;

    private static HashSet<string> SlugWords(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return [];
        var segment = uri.AbsolutePath.TrimEnd('/').Split('/').LastOrDefault() ?? "";
        segment = Regex.Replace(segment, @"\.(html?|php|aspx?)$", "", RegexOptions.IgnoreCase);
        return Words(Uri.UnescapeDataString(segment).Replace('-', ' ').Replace('_', ' ')).ToHashSet(StringComparer.Ordinal);
    }

    public static IReadOnlyList<TitleCandidate> Build(TitleChooser.Candidates c)
    {
        var siteKeys = c.SiteNames.Select(TitleChooser.Key).Where(k => k.Length >= 3).Distinct().ToList();
        var drafts = new List<Draft>();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var headings = c.Headings.Select(TitleChooser.Clean).Where(h => h.Length > 0).Distinct().ToList();
        var chrome = new HashSet<string>(StringComparer.Ordinal);
        var logos = new HashSet<string>(StringComparer.Ordinal);
        var markedTitle = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Headings.Count; i++)
        {
            if (c.HeadingInChrome is { } flags && i < flags.Count && flags[i]) chrome.Add(TitleChooser.Clean(c.Headings[i]));
            if (c.HeadingLinksHome is { } home && i < home.Count && home[i]) logos.Add(TitleChooser.Clean(c.Headings[i]));
            if (c.HeadingMarkedTitle is { } marked && i < marked.Count && marked[i]) markedTitle.Add(TitleChooser.Clean(c.Headings[i]));
        }
        // The first heading of the article: the first <h1> outside the site's header, nav and footer when there is one.
        var first = headings.FindIndex(h => !chrome.Contains(h)) is var outside and >= 0 ? outside : 0;
        for (var i = 0; i < headings.Count; i++) Offer(drafts, dropped, headings[i], "h1", i == first, siteKeys);
        Offer(drafts, dropped, TitleChooser.Clean(c.OgTitle), "og", false, siteKeys);
        Offer(drafts, dropped, TitleChooser.Clean(c.TwitterTitle), "twitter", false, siteKeys);
        Offer(drafts, dropped, TitleChooser.Clean(c.JsonLdHeadline), "jsonld", false, siteKeys);
        Offer(drafts, dropped, TitleChooser.Clean(c.DocumentTitle), "title", false, siteKeys);

        var descriptionWords = Words(TitleChooser.Clean(c.Description)).ToHashSet(StringComparer.Ordinal);
        // The address's last path segment is usually the headline as first written ('how-fast-electric-skateboards-go').
        var slug = SlugWords(c.Url);
        var slugOverlap = drafts.Select(d => slug.Count < MinSlugWords ? 0 : Jaccard(Words(d.Text).ToHashSet(StringComparer.Ordinal), slug)).ToList();
        var bestSlug = slugOverlap.DefaultIfEmpty(0).Max();
        var result = new List<TitleCandidate>(drafts.Count);
        for (var di = 0; di < drafts.Count; di++)
        {
            var d = drafts[di];
            var words = Words(d.Text);
            var f = new Dictionary<string, double>(StringComparer.Ordinal);
            void Set(string name, bool on) { if (on) f[name] = 1; }
            Set("from_h1", d.Sources.Contains("h1"));
            Set("from_first_h1", d.FirstHeading);
            Set("from_og", d.Sources.Contains("og"));
            Set("from_twitter", d.Sources.Contains("twitter"));
            Set("from_jsonld", d.Sources.Contains("jsonld"));
            Set("from_title", d.Sources.Contains("title"));
            Set("as_printed", d.AsPrinted.Count > 0);
            Set("stripped_site_name", d.StrippedKnown);
            Set("stripped_by_convention", d.StrippedConvention);
            Set("first_segment_only", d.FirstSegmentOnly);
            Set("first_segment_dropped", d.FirstSegmentDropped);
            var sameWords = drafts.Where(o => o.Key == d.Key).ToList();
            var agreeing = sameWords.SelectMany(o => o.Sources).Distinct().Count();
            f["sources_agreeing"] = (double)agreeing / SourceKinds;
            f["sources_agreeing_as_printed"] = (double)sameWords.SelectMany(o => o.AsPrinted).Distinct().Count() / SourceKinds;
            Set("only_source", agreeing == 1);
            Set("contains_site_name", Segments(d.Text).Skip(1).Any() && Segments(d.Text).Any(s => IsSiteName(s, siteKeys)));
            Set("has_separator", Separator.IsMatch(d.Text));
            Set("is_site_name", IsSiteName(d.Text, siteKeys));
            f["log_words"] = Math.Log(1 + words.Count);
            Set("short", words.Count <= 2);
            Set("long", words.Count > 25);
            Set("all_caps", d.Text.Any(char.IsLetter) && !d.Text.Any(char.IsLower));
            Set("ends_with_stop", d.Text.EndsWith('.'));
            Set("h1_among_many", d.Sources.Contains("h1") && headings.Count > 1);
            Set("h1_in_page_chrome", d.Sources.Contains("h1") && chrome.Contains(d.Text));
            var wordSet = words.ToHashSet(StringComparer.Ordinal);
            f["overlap_other_sources"] = drafts.Where(o => o != d && !o.Sources.IsSubsetOf(d.Sources))
                .Select(o => Jaccard(wordSet, Words(o.Text).ToHashSet(StringComparer.Ordinal))).DefaultIfEmpty(0).Max();
            Set("same_words_other_case", drafts.Any(o => o != d && o.Key == d.Key));
            Set("h1_alone", d.Sources.Contains("h1") && agreeing == 1);
            Set("meta_consensus_without_h1", !d.Sources.Contains("h1") && agreeing >= 3);
            // An h1 worded otherwise than what og:title and <title> agree on: a page heading written apart from the headline.
            Set("h1_against_meta_consensus", d.Sources.Contains("h1") && agreeing == 1
                && drafts.Any(o => o.Key != d.Key && o.Sources.Contains("og") && o.Sources.Contains("title") && !o.Sources.Contains("h1")));
            // What a title drops as its site part ('Post title - Blog Name') names the site, not the article.
            Set("dropped_from_a_title", dropped.Contains(d.Key));
            // A headline printed again on the page (a breadcrumb, the lead's heading, a share line) is the one its readers see.
            Set("printed_outside_h1", d.Key.Length >= MinPrintedKey && c.PrintedKey is { } printedKey && printedKey.Contains(d.Key, StringComparison.Ordinal));
            // The same words in title case and in lower case: pages lower-case a heading for style, the headline is written in title case.
            Set("more_capitals_than_same_words", !IsAllCaps(d.Text) && drafts.Any(o => o != d && o.Key == d.Key && Capitals(o.Text) < Capitals(d.Text)));
            Set("h1_links_home", d.Sources.Contains("h1") && logos.Contains(d.Text));
            // An h1 the theme marks as the post's title (class 'entry-title', itemprop=headline) is the headline as printed, not a section's name.
            Set("h1_marked_title", d.Sources.Contains("h1") && markedTitle.Contains(d.Text));
            if (slugOverlap[di] > 0) f["slug_overlap"] = slugOverlap[di];
            Set("best_slug_match", bestSlug >= MinSlugOverlap && slugOverlap[di] == bestSlug && slugOverlap.Count(o => o == bestSlug) < slugOverlap.Count);
            Set("broken_character", d.Text.Contains('\uFFFD') || BrokenQuote.IsMatch(d.Text));
            if (descriptionWords.Count > 0 && words.Count > 0)
                f["description_overlap"] = (double)words.Count(descriptionWords.Contains) / words.Count;
            Set("shorter_than_another", drafts.Any(o => o != d && o.Key.Length > d.Key.Length && o.Key.Contains(d.Key, StringComparison.Ordinal)));
            Set("longer_than_another", drafts.Any(o => o != d && o.Key.Length < d.Key.Length && o.Key.Length > 0 && d.Key.Contains(o.Key, StringComparison.Ordinal)));
            result.Add(new TitleCandidate(d.Text, f));
        }
        return result;
    }

    private sealed class Draft(string text, string key)
    {
        public string Text { get; } = text;
        public string Key { get; } = key;
        public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);
        public HashSet<string> AsPrinted { get; } = new(StringComparer.Ordinal);
        public bool FirstHeading { get; set; }
        public bool StrippedKnown { get; set; }
        public bool StrippedConvention { get; set; }
        public bool FirstSegmentOnly { get; set; }
        public bool FirstSegmentDropped { get; set; }
    }

    private static void Offer(List<Draft> drafts, HashSet<string> dropped, string text, string source, bool firstHeading, IReadOnlyList<string> siteKeys)
    {
        text = MisdecodedText.Repair(text);
        if (text.Length == 0) return;
        Add(drafts, text, source, firstHeading, printed: true, known: false, convention: false);
        var known = StripKnown(text, siteKeys);
        if (known.Length > 0 && known != text) Add(drafts, known, source, firstHeading, printed: false, known: true, convention: false);
        var convention = StripConvention(known.Length > 0 ? known : text);
        // 'Title | Section | Site': the convention once more when a second short segment is left.
        if (convention != (known.Length > 0 ? known : text) && StripConvention(convention) is var twice && twice != convention)
            Add(drafts, twice, source, firstHeading, printed: false, known: false, convention: true);
        if (convention.Length > 0 && convention != text && convention != known)
            Add(drafts, convention, source, firstHeading, printed: false, known: false, convention: true);
        OfferSegments(drafts, known.Length > 0 ? known : text, source, firstHeading);
        var kept = TitleChooser.Key(convention.Length > 0 ? convention : text);
        foreach (var segment in Segments(text).Select(TitleChooser.Key))
            if (segment.Length > 0 && !kept.Contains(segment, StringComparison.Ordinal)) dropped.Add(segment);
    }

    /// <summary>
    /// 'Headline | A long tagline of the page' and 'Section | Headline': the first segment alone, and
    /// the title without a short first segment, each marked, so the model can weigh a segment the
    /// convention (a short last one) does not cover.
    /// </summary>
    private static void OfferSegments(List<Draft> drafts, string text, string source, bool firstHeading)
    {
        var parts = Split(text);
        if (parts.Count < 2) return;
        if (WordCount(parts[0].Text) >= MinSegmentWords)
            Mark(Add(drafts, parts[0].Text, source, firstHeading, printed: false, known: false, convention: false), d => d.FirstSegmentOnly = true);
        var rest = Join(parts, 1, parts.Count - 1);
        if (WordCount(parts[0].Text) <= MaxLeadingSegmentWords && WordCount(rest) >= 2 * WordCount(parts[0].Text))
            Mark(Add(drafts, rest, source, firstHeading, printed: false, known: false, convention: false), d => d.FirstSegmentDropped = true);
    }

    private const int MinSegmentWords = 2;
    private const int MaxLeadingSegmentWords = 4;

    private static void Mark(Draft? d, Action<Draft> mark) { if (d is not null) mark(d); }

    private static Draft? Add(List<Draft> drafts, string text, string source, bool firstHeading, bool printed, bool known, bool convention)
    {
        var key = TitleChooser.Key(text);
        if (key.Length == 0) return null;
        // Candidates are kept apart by how they are written (the same words in another case are
        // another candidate); agreement is counted on the words (Key) when the features are set.
        var d = drafts.FirstOrDefault(x => x.Text == text);
        if (d is null) drafts.Add(d = new Draft(text, key));
        d.Sources.Add(source);
        if (printed) d.AsPrinted.Add(source);
        d.FirstHeading |= firstHeading;
        d.StrippedKnown |= known;
        d.StrippedConvention |= convention;
        return d;
    }

    /// <summary>Removes leading or trailing segments that name the site (its name, alias or domain).</summary>
    public static string StripKnown(string title, IReadOnlyList<string> siteKeys)
    {
        var parts = Split(title);
        if (parts.Count < 2) return title;
        int first = 0, last = parts.Count - 1;
        while (last > first && (IsSiteName(parts[last].Text, siteKeys) || LooksLikeDomain(parts[last].Text))) last--;
        while (first < last && (IsSiteName(parts[first].Text, siteKeys) || LooksLikeDomain(parts[first].Text))) first++;
        return Join(parts, first, last);
    }

    /// <summary>'Title | Site' or 'Title - Site' with a short last segment: the convention even when the site's name is not known.</summary>
    public static string StripConvention(string title)
    {
        var parts = Split(title);
        if (parts.Count < 2) return title;
        var lastWords = WordCount(parts[^1].Text);
        var rest = WordCount(Join(parts, 0, parts.Count - 2));
        return lastWords <= 4 && rest >= 2 * lastWords ? Join(parts, 0, parts.Count - 2) : title;
    }

    private static string Join(List<(string Separator, string Text)> parts, int first, int last)
    {
        var sb = new System.Text.StringBuilder(parts[first].Text);
        for (var i = first + 1; i <= last; i++) sb.Append(parts[i].Separator).Append(parts[i].Text);
        return sb.ToString().Trim();
    }

    private static List<(string Separator, string Text)> Split(string title)
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

    private static IEnumerable<string> Segments(string title) => Split(title).Select(p => p.Text);

    public static bool IsSiteName(string segment, IReadOnlyList<string> siteKeys)
    {
        var key = TitleChooser.Key(segment);
        if (key.Length == 0) return false;
        return siteKeys.Any(s => key == s || (key.Length >= 4 && (s.Contains(key) || key.Contains(s)) && WordCount(segment) <= 5));
    }

    private static bool LooksLikeDomain(string segment) =>
        !segment.Contains(' ') && Regex.IsMatch(segment, @"^[\w\-]+(\.[\w\-]+)*\.(com|co|id|net|org|tv|info|news|io|co\.id|or\.id|go\.id|uk|au|ca|de)$", RegexOptions.IgnoreCase);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / (a.Count + b.Count - a.Count(b.Contains));

    private static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Words(string s) => Regex.Matches(s.ToLowerInvariant(), @"\w+").Select(m => m.Value).ToList();
}
