using System.Text.RegularExpressions;
using Kabar.Language;
using AngleSharp.Dom;
using Kabar.Extraction.Metadata;
using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>What a page says about its article, apart from the text.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Url,
    string? Host,
    string? SiteName,
    PageTime? Published,
    PageTime? Modified,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Editors,
    string? Description,
    JsonLdArticle? JsonLd,
    string? OgType)
{
    /// <summary>The page states no publish time, only a modified one, which <see cref="Published"/> then is.</summary>
    public bool PublishedFromModified { get; init; }

    /// <summary>When <see cref="Published"/> is a printed update, the publish time the page states elsewhere.</summary>
    public PageTime? FirstPublished { get; init; }
}

/// <summary>
/// Reads metadata in order of trust: JSON-LD, then Open Graph and <c>article:*</c>/named meta tags,
/// then <c>itemprop</c> and <c>&lt;time datetime&gt;</c>, then the visible text (dates such as
/// 'Selasa, 28 Desember 2021 / 14:53 WIB' in elements whose class says date, bylines), then the URL.
/// The publish day is chosen among every day the page states by <see cref="PublishedModel"/>, the
/// headline by <see cref="TitleModel"/>. The meta names it trusts are data (content-hints.json).
/// </summary>
internal static class HtmlMetadataReader
{
    private const int MaxBylineChars = 120;
    private static readonly Regex UrlDate = new(@"/(?<y>(?:19|20)\d\d)[/\-]?(?<m>[01]\d)[/\-]?(?<d>[0-3]\d)(?:/|[^\d])", PatternCompilation.Option);

    public static PageMetadata Read(IDocument document, PageTree tree, RawDocument raw, ContentHints hints, string? scriptDate = null)
    {
        var meta = MetaTags(document);
        var jsonLd = JsonLdReader.Read(document, hints);
        var url = PageUrl(document, raw, meta, jsonLd);
        var host = HostOf(url);
        var siteName = FirstNonEmpty(hints.SiteNameMeta.Select(meta.GetValueOrDefault).Append(jsonLd?.Publisher).ToArray());

        var title = TitleChooser.Choose(TitleCandidatesOf(document, meta, jsonLd, url, hints));

        var dates = DatesOf(document, tree, meta, jsonLd, url, hints, scriptDate);
        var candidates = PublishedCandidates.Build(dates.Stated);
        var chosen = PublishedModel.Default.Choose(candidates);
        var firstPublished = PublishedModel.Default.ChooseFirstPublished(candidates, chosen);
        var published = chosen?.Time;
        return new PageMetadata(
            Title: title,
            Url: url,
            Host: host,
            SiteName: siteName,
            Published: published,
            Modified: dates.Modified,
            Authors: Authors(document, tree, meta, jsonLd, hints),
            Editors: Editors(tree, hints),
            Description: FirstNonEmpty(meta.GetValueOrDefault("og:description"), meta.GetValueOrDefault("description")),
            JsonLd: jsonLd,
            OgType: meta.GetValueOrDefault("og:type"))
        {
            PublishedFromModified = chosen is not null && PublishedCandidates.OnlyModified(chosen) && firstPublished is null,
            FirstPublished = firstPublished?.Time,
        };
    }

    /// <summary>What the page offers as its headline, and the site names a title may carry.</summary>
    internal static TitleChooser.Candidates TitleCandidatesOf(IDocument document, RawDocument raw, ContentHints hints)
    {
        var meta = MetaTags(document);
        var jsonLd = JsonLdReader.Read(document, hints);
        var url = PageUrl(document, raw, meta, jsonLd);
        return TitleCandidatesOf(document, meta, jsonLd, url, hints);
    }

    private static TitleChooser.Candidates TitleCandidatesOf(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd, string? url, ContentHints hints)
    {
        var host = HostOf(url);
        var siteNames = new List<string>();
        siteNames.AddRange(hints.SiteNameMeta.Select(meta.GetValueOrDefault).OfType<string>().Select(s => s.TrimStart('@')));
        if (jsonLd?.Publisher is { } publisher) siteNames.Add(publisher);
        if (host is not null)
        {
            siteNames.Add(host);
            siteNames.Add(host.Split('.')[0]);
            if (OutletDirectory.FindByHost(host) is { } outlet) siteNames.AddRange(outlet.Aliases.Append(outlet.Name));
        }
        var h1s = document.QuerySelectorAll("h1").Take(5).ToList();
        var headings = h1s.Select(h => h.TextContent).ToList();
        // A heading inside the page's header, navigation, footer or sidebar is the site's, not the article's.
        var inChrome = h1s.Select(h => h.Ancestors<IElement>().Any(a => a.LocalName is "header" or "nav" or "footer" or "aside")).ToList();
        var linksHome = h1s.Select(h => LinksHome(h, host)).ToList();
        return new TitleChooser.Candidates(headings, meta.GetValueOrDefault("og:title"),
            meta.GetValueOrDefault("twitter:title"), jsonLd?.Headline, document.QuerySelector("title")?.TextContent, siteNames,
            FirstNonEmpty(meta.GetValueOrDefault("og:description"), meta.GetValueOrDefault("description")), inChrome, linksHome,
            PrintedOutsideHeadings(document), url,
            h1s.Select(h => MarkedAsTitle(h, hints)).ToList());
    }

    /// <summary>
    /// An &lt;h1&gt; whose theme marks it as the post's title ('entry-title', 'wp-block-post-title', itemprop=headline):
    /// by its class, its wrapper's class (the wrapper holding only it), or its itemprop (content-hints.json).
    /// </summary>
    private static bool MarkedAsTitle(IElement heading, ContentHints hints) =>
        heading.GetAttribute("itemprop") is { } itemprop && hints.TitleItemprops.Contains(itemprop)
        || TitleClassed(heading, hints)
        || heading.ParentElement is { } parent && TitleClassed(parent, hints) && BlockTextWriter.Collapse(parent.TextContent) == BlockTextWriter.Collapse(heading.TextContent);

    private static bool TitleClassed(IElement element, ContentHints hints) =>
        hints.TitleHints.Matches((element.GetAttribute("class") ?? "").ToLowerInvariant());

    /// <summary>An &lt;h1&gt; inside or around a link to the site's front page is its logo.</summary>
    private static bool LinksHome(IElement heading, string? host)
    {
        var link = heading.Closest("a[href]") ?? heading.QuerySelector("a[href]");
        if (link is null || !string.Equals(BlockTextWriter.Collapse(link.TextContent), BlockTextWriter.Collapse(heading.TextContent), StringComparison.Ordinal)) return false;
        var href = link.GetAttribute("href")!.Trim();
        if (href is "/" or "./" or "#" or "index.html") return true;
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && (host is null || HostOf(href) == host);
    }

    private const int MaxPrintedChars = 200_000;

    /// <summary>The letters and digits of the page's visible text outside its &lt;h1&gt;s (<see cref="TitleChooser.Key"/>), up to a bound.</summary>
    private static string PrintedOutsideHeadings(IDocument document)
    {
        if (document.Body is not { } body) return "";
        var sb = new System.Text.StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(body);
        while (pending.Count > 0 && sb.Length < MaxPrintedChars)
        {
            var node = pending.Pop();
            if (node is IText text) { sb.Append(text.Data).Append(' '); continue; }
            if (node is IElement e && e.LocalName is "h1" or "script" or "style" or "noscript" or "template" or "svg") continue;
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        }
        return TitleChooser.Key(sb.ToString());
    }

    /// <summary>Every meta tag's name or property (lower-cased) with its first non-empty content.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var key in new[] { m.GetAttribute("property"), m.GetAttribute("name"), m.GetAttribute("itemprop"), m.GetAttribute("http-equiv") })
                if (!string.IsNullOrWhiteSpace(key)) tags.TryAdd(key.Trim(), content.Trim());
        }
        return tags;
    }

    /// <summary>The times a page states, the trust-order rule's choice of publish time, and the modified time.</summary>
    /// <param name="RulePublished">What the trust-order rule (<see cref="StatedDates.ByTrust"/>, then <see cref="PublishedChoice"/>) picks: the baseline the publish-date model replaced.</param>
    internal sealed record PageDates(IReadOnlyList<StatedDate> Stated, PageTime? RulePublished, PageTime? Modified);

    /// <summary>The times <paramref name="document"/> states, for fitting the publish-date model on a benchmark.</summary>
    internal static PageDates DatesOf(IDocument document, PageTree tree, RawDocument raw, ContentHints hints, string? scriptDate)
    {
        var meta = MetaTags(document);
        var jsonLd = JsonLdReader.Read(document, hints);
        return DatesOf(document, tree, meta, jsonLd, PageUrl(document, raw, meta, jsonLd), hints, scriptDate);
    }

    private static PageDates DatesOf(IDocument document, PageTree tree, Dictionary<string, string> meta,
        JsonLdArticle? jsonLd, string? url, ContentHints hints, string? scriptDate)
    {
        var stated = StatedDates.Of(document, tree, meta, jsonLd, hints, scriptDate, UrlDateOf(url));
        var modified = StatedDates.Modified(stated);
        return new PageDates(stated, PublishedChoice.Choose(StatedDates.ByTrust(stated), modified), modified);
    }

    /// <summary>The page's own address: the one it was fetched from, else what it names as its own.</summary>
    private static string? PageUrl(IDocument document, RawDocument raw, Dictionary<string, string> meta, JsonLdArticle? jsonLd) =>
        FirstNonEmpty(raw.Url, meta.GetValueOrDefault("og:url"), document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), jsonLd?.Url);

    private static PageTime? UrlDateOf(string? url)
    {
        if (url is null) return null;
        var m = UrlDate.Match(url);
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? PageTime.Day(new DateOnly(y, mo, d)) : null;
    }

    private static IReadOnlyList<string> Authors(IDocument document, PageTree tree, Dictionary<string, string> meta, JsonLdArticle? jsonLd, ContentHints hints)
    {
        if (jsonLd is { Authors.Count: > 0 }) return jsonLd.Authors.Select(TitleChooser.Clean).Where(a => a.Length > 0).ToList();
        foreach (var key in hints.AuthorMeta)
            if (meta.GetValueOrDefault(key) is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !a.StartsWith('@'))
                return SplitNames(a);
        foreach (var e in document.QuerySelectorAll("[rel=author], [itemprop=author]"))
        {
            var text = StripPrefix(BlockTextWriter.Collapse(e.TextContent), hints.BylinePrefixes);
            if (text.Length is > 0 and <= MaxBylineChars) return SplitNames(text);
        }
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.TextLength[i] is 0 or > MaxBylineChars || tree.HasBlockChild[i] || !hints.BylineHints.Matches(tree.ClassAndId[i])) continue;
            var text = StripPrefix(BlockTextWriter.Collapse(tree.Elements[i].TextContent), hints.BylinePrefixes);
            if (text.Length > 0 && PageDateParser.Parse(text) is null && char.IsUpper(text[0])) return SplitNames(text);
        }
        return [];
    }

    private static IReadOnlyList<string> Editors(PageTree tree, ContentHints hints)
    {
        var pattern = hints.EditorLine;
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.TextLength[i] is 0 or > MaxBylineChars || tree.HasBlockChild[i]) continue;
            // The line needs its colon ("Editor: Name"): most small elements have none, and the pattern is not asked.
            var text = tree.Elements[i].TextContent;
            if (!text.Contains(':')) continue;
            var m = pattern.Match(BlockTextWriter.Collapse(text));
            if (m.Success) return [m.Groups["name"].Value.Trim()];
        }
        return [];
    }

    private static string StripPrefix(string text, IReadOnlyList<string> prefixes)
    {
        foreach (var p in prefixes)
            if (text.StartsWith(p, StringComparison.OrdinalIgnoreCase) && (text.Length == p.Length || !char.IsLetter(text[p.Length])))
                return text[p.Length..].TrimStart(' ', ':', '-', '|').Trim();
        return text;
    }

    private static IReadOnlyList<string> SplitNames(string text) => Regex.Split(text, @"\s*(?:,|;|&|\band\b|\bdan\b)\s*")
        .Select(s => s.Trim()).Where(s => s.Length is > 1 and <= 60).Distinct().ToList();

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
