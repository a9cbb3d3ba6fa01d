using Kabar.Web.Html;

namespace Kabar.Web.Pages;

/// <summary>
/// Writes citation markers: a link to the article at the cited span, labelled with the outlet,
/// whose hover text is the cited sentence (kabar.js shows it as a card; the title attribute is the
/// fallback without script).
/// </summary>
public sealed class CitationLinks(PageContext context)
{
    private readonly Dictionary<string, Reading.ArticleRecord?> _articles = [];

    public void Write(HtmlWriter h, string source, int start, int end, string? label = null)
    {
        var article = Find(source);
        var outlet = OutletOf(source);
        var cited = article is not null && start >= 0 && end <= article.Annotated.Body.Length && start <= end
            ? article.Annotated.Body[start..end]
            : null;
        var href = context.CitationHref(source, start, end);
        var text = label ?? Shorten.To(outlet, 24);
        if (href is null)
        {
            h.Element("span", text, ("class", "cite cite-missing"), ("title", context.Text["cite.missing"]));
            return;
        }
        h.Link(href, text, ("class", "cite"), ("title", cited), ("data-outlet", outlet), ("data-title", article?.Annotated.Article.Title));
    }

    /// <summary>The outlet that published <paramref name="source"/>, or the file's name when unknown.</summary>
    public string OutletOf(string source) => Find(source)?.Annotated.Article.Outlet ?? Path.GetFileName(source);

    public Reading.ArticleRecord? Find(string source)
    {
        if (!_articles.TryGetValue(source, out var record))
        {
            var id = context.Reader.ArticleIdOf(source);
            record = id is null ? null : context.Reader.Article(id);
            _articles[source] = record;
        }
        return record;
    }
}
