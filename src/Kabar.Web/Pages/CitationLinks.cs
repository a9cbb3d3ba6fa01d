using System.Globalization;
using Kabar.Briefs;
using Kabar.Web.Html;

namespace Kabar.Web.Pages;

/// <summary>
/// Writes citation markers: a link to the article at the cited span, labelled with the outlet,
/// whose hover text is the cited sentence (kabar.js shows it as a card; the title attribute is the
/// fallback without script). Everything comes from the brief itself (its articles and the
/// citations' excerpts), so a story page reads no article from the store.
/// </summary>
public sealed class CitationLinks(Brief brief)
{
    private readonly Dictionary<string, BriefArticle> _articles = brief.Articles
        .GroupBy(a => a.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public void Write(HtmlWriter h, PageContext context, Citation c, string? label = null) =>
        Write(h, context, c.Article, c.Start, c.End, c.Excerpt, label);

    /// <param name="cited">The hover text: the cited words in their sentence.</param>
    public void Write(HtmlWriter h, PageContext context, string source, int start, int end, string? cited, string? label = null)
    {
        var outlet = OutletOf(source);
        var text = label ?? Shorten.To(outlet, 24);
        if (Find(source)?.Id is not { } id)
        {
            h.Element("span", text, ("class", "cite cite-missing"), ("title", context.Text["cite.missing"]));
            return;
        }
        var href = $"{ArticleHref(id)}?start={start}&end={end}#cited";
        h.Link(href, text, ("class", "cite"), ("title", cited), ("data-outlet", outlet), ("data-title", Find(source)?.Title));
    }

    /// <summary>The outlet that published <paramref name="source"/>, or the file's name when unknown.</summary>
    public string OutletOf(string source) => Find(source)?.Outlet ?? Path.GetFileName(source);

    /// <summary>The link to the stored article, null when it is not stored.</summary>
    public string? Href(string source) => Find(source)?.Id is { } id ? ArticleHref(id) : null;

    public BriefArticle? Find(string source) => _articles.GetValueOrDefault(source);

    private static string ArticleHref(long id) => PageContext.ArticleHref(id.ToString(CultureInfo.InvariantCulture));
}
