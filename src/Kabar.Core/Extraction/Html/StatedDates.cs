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
        "jsonld_published", "jsonld_modified", "meta_published", "meta_modified", "meta_other_published", "meta_other_modified",
        "itemprop_published", "itemprop_modified", "time_pubdate", "time_first", "time_other", "time_after_h1",
        "visible_hinted_after_h1", "visible_hinted_before_h1", "visible_updated", "visible_published", "visible_near_h1", "visible_date_only", "script", "url",
        "utc_published", "utc_modified",
    ];

    /// <summary>Sources that state when the article was changed, not when it came out.</summary>
    public static readonly IReadOnlySet<string> ModifiedSources = new HashSet<string>(StringComparer.Ordinal) { "jsonld_modified", "meta_modified", "meta_other_modified", "itemprop_modified", "visible_updated", "utc_modified" };

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
    /// <summary>How far after the &lt;h1&gt; (in elements) a printed date still stands with it, as a byline's date does.</summary>
    private const int NearHeadlineElements = 40;

    public static IReadOnlyList<StatedDate> Of(IDocument document, PageTree tree, IReadOnlyDictionary<string, string> meta, JsonLdArticle? jsonLd,
        ContentHints hints, string? scriptDate, PageTime? urlDate)
    {
        var dates = new List<StatedDate>();
        var monthFirst = MonthFirst(document, meta, hints);
        var headline = Headline(tree);
        void Add(PageTime? t, string source) { if (t is not null) dates.Add(new StatedDate(t, source)); }
        Add(PageDateParser.Parse(jsonLd?.DatePublished), "jsonld_published");
        Add(PageDateParser.Parse(jsonLd?.DateModified), "jsonld_modified");
        foreach (var key in hints.PublishedMeta) Add(PageDateParser.Parse(meta.GetValueOrDefault(key)), "meta_published");
        foreach (var key in hints.ModifiedMeta) Add(PageDateParser.Parse(meta.GetValueOrDefault(key)), "meta_modified");
        OtherMeta(meta, hints, dates, monthFirst);
        foreach (var e in document.QuerySelectorAll("[itemprop=datePublished], [itemprop=dateCreated]").Take(MaxTimes))
            Add(PageDateParser.Parse(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent, monthFirst), "itemprop_published");
        foreach (var e in document.QuerySelectorAll("[itemprop=dateModified]").Take(MaxTimes))
            Add(PageDateParser.Parse(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent, monthFirst), "itemprop_modified");
        var times = document.QuerySelectorAll("time").Take(MaxTimes * 4).ToList();
        foreach (var t in times.Where(t => t.HasAttribute("pubdate"))) Add(PageDateParser.Parse(t.GetAttribute("datetime")), "time_pubdate");
        var parsed = times.Select(t => PageDateParser.Parse(t.GetAttribute("datetime"))).OfType<PageTime>().Take(MaxTimes).ToList();
        for (var i = 0; i < parsed.Count; i++) Add(parsed[i], i == 0 ? "time_first" : "time_other");
        Add(TimeAfterHeadline(document, tree, headline), "time_after_h1");
        Visible(tree, headline, hints, dates, monthFirst);
        Add(PageDateParser.Parse(scriptDate), "script");
        Add(urlDate, "url");
        // A time stated with its zone falls on another day in UTC ('2025-05-14T19:30-07:00' is the 15th there), the day many pages print.
        foreach (var d in dates.ToList())
            if (!d.Time.DateOnly && d.Time.Value.Offset != TimeSpan.Zero && System.DateOnly.FromDateTime(d.Time.Value.UtcDateTime) != d.Time.Date)
                dates.Add(new StatedDate(new PageTime(d.Time.Value.ToUniversalTime(), false), ModifiedSources.Contains(d.Source) ? "utc_modified" : "utc_published"));
        return dates;
    }

    /// <summary>Dates printed in small elements: in one whose class or id says date (nearest after the &lt;h1&gt;, and the last before it), and in one that is mostly a date.</summary>
    private static void Visible(PageTree tree, int headline, ContentHints hints, List<StatedDate> dates, bool monthFirst)
    {
        PageTime? before = null, after = null, dateOnly = null, updated = null, near = null, labelled = null;
        for (var i = 0; i < tree.Count && (after is null || dateOnly is null || updated is null || near is null || labelled is null); i++)
        {
            var afterHeadline = headline >= 0 && i > headline && i - headline <= NearHeadlineElements;
            // A block near the headline may print its date loose beside its children ('<legend>Title</legend> 20 December 2025 <div>').
            if (afterHeadline && tree.HasBlockChild[i] && near is null && PageDateParser.FindAll(OwnText(tree.Elements[i]), monthFirst).FirstOrDefault() is { } loose)
                near = loose.Time;
            if (tree.TextLength[i] is 0 or > MaxHintedChars) continue;
            var hinted = hints.DateHints.Matches(tree.ClassAndId[i]);
            var small = !tree.HasBlockChild[i] && tree.TextLength[i] <= MaxDateOnlyChars;
            var nearHeadline = afterHeadline && !tree.HasBlockChild[i];
            if (!hinted && !small && !nearHeadline) continue;
            // Most small elements hold no year: they are not collapsed nor parsed (collapsing joins no digits).
            var raw = tree.Elements[i].TextContent;
            if (!PageDateParser.MayHoldYear(raw)) continue;
            var text = BlockTextWriter.Collapse(raw);
            if (PageDateParser.FindAll(text, monthFirst).FirstOrDefault() is not { } found) continue;
            var label = LabelBefore(tree, i, text[..found.Index]);
            if (hints.ModifiedWords.Any(w => label.Contains(w, StringComparison.OrdinalIgnoreCase))) { updated ??= found.Time; continue; }
            if (hints.PublishedWords.Any(w => label.Contains(w, StringComparison.OrdinalIgnoreCase))) labelled ??= found.Time;
            // The first date printed shortly after the headline, in whatever element: a byline's 'Name | Writer | July 2, 2025'.
            if (nearHeadline) near ??= found.Time;
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
        if (near is not null) dates.Add(new StatedDate(near, "visible_near_h1"));
        if (labelled is not null) dates.Add(new StatedDate(labelled, "visible_published"));
        if (dateOnly is not null) dates.Add(new StatedDate(dateOnly, "visible_date_only"));
    }

    private const int MaxLabelChars = 40;

    /// <summary>The element's own text, its child elements' left out.</summary>
    private static string OwnText(IElement element) =>
        BlockTextWriter.Collapse(string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)));

    /// <summary>
    /// The words printed just before a date: in its own element, and when that holds little more
    /// than the date, in its parent's text before it ('&lt;span&gt;Updated&lt;/span&gt; &lt;span&gt;April 1, 2025&lt;/span&gt;').
    /// </summary>
    private static string LabelBefore(PageTree tree, int i, string ownLabel)
    {
        if (ownLabel.Trim().Length >= MaxLabelChars / 4) return ownLabel;
        var p = tree.Parent[i];
        if (p < 0 || tree.TextLength[p] > MaxHintedChars) return ownLabel;
        var parentText = BlockTextWriter.Collapse(tree.Elements[p].TextContent);
        var own = BlockTextWriter.Collapse(tree.Elements[i].TextContent);
        var at = parentText.IndexOf(own, StringComparison.Ordinal);
        if (at <= 0) return ownLabel;
        return parentText[Math.Max(0, at - MaxLabelChars)..at] + " " + ownLabel;
    }

    private static int Headline(PageTree tree)
    {
        for (var i = 0; i < tree.Count; i++)
            if (tree.Elements[i].LocalName == "h1") return i;
        return -1;
    }

    /// <summary>The first &lt;time datetime&gt; after the headline: a page that lists other articles' times above it still dates its own article beside its headline.</summary>
    private static PageTime? TimeAfterHeadline(IDocument document, PageTree tree, int headline)
    {
        if (headline < 0) return null;
        foreach (var t in document.QuerySelectorAll("time[datetime]"))
            if (tree.Index.TryGetValue(t, out var i) && i > headline && PageDateParser.Parse(t.GetAttribute("datetime")) is { } time) return time;
        return null;
    }

    /// <summary>Meta tags the lists do not name whose name still says what they state ('w-published-date', 'Updated Date').</summary>
    private static void OtherMeta(IReadOnlyDictionary<string, string> meta, ContentHints hints, List<StatedDate> dates, bool monthFirst)
    {
        var named = 0;
        foreach (var (key, value) in meta)
        {
            if (named >= MaxTimes) break;
            if (hints.PublishedMeta.Contains(key, StringComparer.OrdinalIgnoreCase) || hints.ModifiedMeta.Contains(key, StringComparer.OrdinalIgnoreCase)) continue;
            var modified = hints.ModifiedMetaWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (!modified && !hints.PublishedMetaWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase))) continue;
            if (PageDateParser.Parse(value, monthFirst) is not { } time) continue;
            dates.Add(new StatedDate(time, modified ? "meta_other_modified" : "meta_other_published"));
            named++;
        }
    }

    /// <summary>Whether the page's language writes numeric dates month first (html lang, else og:locale).</summary>
    private static bool MonthFirst(IDocument document, IReadOnlyDictionary<string, string> meta, ContentHints hints)
    {
        var lang = document.DocumentElement?.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang)) lang = meta.GetValueOrDefault("og:locale");
        return lang is not null && hints.MonthFirstLanguages.Contains(lang.Trim().Replace('_', '-'));
    }
}
