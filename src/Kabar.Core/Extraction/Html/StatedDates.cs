using AngleSharp.Dom;
using Kabar.Extraction.Metadata;
using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>One time a page states, and where it states it (<see cref="StatedDates.Sources"/>).</summary>
public sealed record StatedDate(PageTime Time, string Source);

/// <summary>
/// Every time a page states for its article, each with its source: JSON-LD, meta tags, itemprop,
/// &lt;time&gt; elements, dates printed near the headline (marked when an 'Updated' label stands
/// before them), a date in a script, the URL. Gathered whole, not first-found, so that
/// <see cref="PublishedCandidates"/> can weigh their agreement. The meta names and labels are data
/// (content-hints.json).
/// </summary>
internal static class StatedDates
{
    public static readonly IReadOnlyList<string> Sources =
    [
        "jsonld_published", "jsonld_modified", "meta_published", "meta_modified", "itemprop_published", "itemprop_modified",
        "time_pubdate", "time_first", "time_other", "visible_hinted_after_h1", "visible_hinted_before_h1", "visible_updated",
        "visible_date_only", "script", "url",
    ];

    /// <summary>Sources that state when the article was changed, not when it came out.</summary>
    public static readonly IReadOnlySet<string> ModifiedSources = new HashSet<string>(StringComparer.Ordinal) { "jsonld_modified", "meta_modified", "itemprop_modified", "visible_updated" };

    /// <summary>The publish-type sources in the order the trust-order rule reads them (the baseline of `kabar train dates`).</summary>
    private static readonly string[] TrustOrder =
    [
        "jsonld_published", "meta_published", "itemprop_published", "time_pubdate", "time_first",
        "visible_hinted_after_h1", "visible_hinted_before_h1", "visible_date_only", "script", "url",
    ];

    /// <summary>The first stated publish time in trust order: JSON-LD, meta, itemprop, &lt;time&gt;, printed, script, URL.</summary>
    public static PageTime? ByTrust(IReadOnlyList<StatedDate> stated)
    {
        foreach (var source in TrustOrder)
            if (stated.FirstOrDefault(s => s.Source == source) is { } found) return found.Time;
        return null;
    }

    /// <summary>The modified time the page states in its tags: JSON-LD first, then the meta tags in content-hints.json's order.</summary>
    public static PageTime? Modified(IReadOnlyList<StatedDate> stated) =>
        stated.FirstOrDefault(s => s.Source is "jsonld_modified" or "meta_modified")?.Time;

    private const int MaxHintedChars = 200;
    private const int MaxDateOnlyChars = 80;
    private const int MaxTimes = 6;

    public static IReadOnlyList<StatedDate> Of(IDocument document, PageTree tree, IReadOnlyDictionary<string, string> meta, JsonLdArticle? jsonLd,
        ContentHints hints, string? scriptDate, PageTime? urlDate)
    {
        var dates = new List<StatedDate>();
        void Add(PageTime? t, string source) { if (t is not null) dates.Add(new StatedDate(t, source)); }
        Add(PageDateParser.Parse(jsonLd?.DatePublished), "jsonld_published");
        Add(PageDateParser.Parse(jsonLd?.DateModified), "jsonld_modified");
        foreach (var key in hints.PublishedMeta) Add(PageDateParser.Parse(meta.GetValueOrDefault(key)), "meta_published");
        foreach (var key in hints.ModifiedMeta) Add(PageDateParser.Parse(meta.GetValueOrDefault(key)), "meta_modified");
        foreach (var e in document.QuerySelectorAll("[itemprop=datePublished], [itemprop=dateCreated]").Take(MaxTimes))
            Add(PageDateParser.Parse(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent), "itemprop_published");
        foreach (var e in document.QuerySelectorAll("[itemprop=dateModified]").Take(MaxTimes))
            Add(PageDateParser.Parse(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent), "itemprop_modified");
        var times = document.QuerySelectorAll("time").Take(MaxTimes * 4).ToList();
        foreach (var t in times.Where(t => t.HasAttribute("pubdate"))) Add(PageDateParser.Parse(t.GetAttribute("datetime")), "time_pubdate");
        var parsed = times.Select(t => PageDateParser.Parse(t.GetAttribute("datetime"))).OfType<PageTime>().Take(MaxTimes).ToList();
        for (var i = 0; i < parsed.Count; i++) Add(parsed[i], i == 0 ? "time_first" : "time_other");
        Visible(tree, hints, dates);
        Add(PageDateParser.Parse(scriptDate), "script");
        Add(urlDate, "url");
        return dates;
    }

    /// <summary>Dates printed in small elements: in one whose class or id says date (nearest after the &lt;h1&gt;, and the last before it), and in one that is mostly a date.</summary>
    private static void Visible(PageTree tree, ContentHints hints, List<StatedDate> dates)
    {
        var headline = -1;
        for (var i = 0; i < tree.Count; i++)
            if (tree.Elements[i].LocalName == "h1") { headline = i; break; }
        PageTime? before = null, after = null, dateOnly = null, updated = null;
        for (var i = 0; i < tree.Count && (after is null || dateOnly is null || updated is null); i++)
        {
            if (tree.TextLength[i] is 0 or > MaxHintedChars) continue;
            var hinted = hints.DateHints.Matches(tree.ClassAndId[i]);
            var small = !tree.HasBlockChild[i] && tree.TextLength[i] <= MaxDateOnlyChars;
            if (!hinted && !small) continue;
            var text = BlockTextWriter.Collapse(tree.Elements[i].TextContent);
            if (PageDateParser.FindAll(text).FirstOrDefault() is not { } found) continue;
            var label = text[..found.Index];
            if (hints.ModifiedWords.Any(w => label.Contains(w, StringComparison.OrdinalIgnoreCase))) { updated ??= found.Time; continue; }
            if (hinted)
            {
                if (i > headline) after ??= found.Time;
                else before = found.Time;
            }
            else if (found.Length >= text.Length * 0.4) dateOnly ??= found.Time;
        }
        if (after is not null) dates.Add(new StatedDate(after, "visible_hinted_after_h1"));
        if (before is not null) dates.Add(new StatedDate(before, "visible_hinted_before_h1"));
        if (updated is not null) dates.Add(new StatedDate(updated, "visible_updated"));
        if (dateOnly is not null) dates.Add(new StatedDate(dateOnly, "visible_date_only"));
    }
}
