using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>Search results: matching articles with the passage around the match and their story.</summary>
public static class SearchPage
{
    public const int Limit = 50;

    public static IResult Render(PageContext context)
    {
        var t = context.Text;
        var query = context.Request.Query["q"].ToString().Trim();
        IReadOnlyList<Kabar.Search.SearchHit> hits = [];
        string? error = null;
        try { if (query.Length > 0) hits = context.Reader.Search(new Kabar.Search.SearchQuery(query, Limit: Limit)); }
        catch (Kabar.Search.SearchQueryException e) { error = e.Message; }
        return Layout.Page(context, query.Length == 0 ? t["search.title"] : t.Format("search.title_for", query), h =>
        {
            using (h.Tag("div", ("class", "page-head")))
            {
                h.Element("h1", t["search.title"]);
                if (query.Length > 0) h.Element("p", t.Format("search.count", hits.Count, query), ("class", "lede"));
            }
            if (query.Length == 0) { Layout.Notice(h, t["search.empty"]); return; }
            if (error is not null) { Layout.Notice(h, error, "error"); return; }
            if (hits.Count == 0) { Layout.Notice(h, t["search.none"]); return; }
            using (h.Tag("ol", ("class", "search-results")))
            {
                foreach (var hit in hits)
                {
                    using (h.Tag("li", ("class", "search-hit")))
                    {
                        using (h.Tag("p", ("class", "meta")))
                        {
                            h.Element("span", hit.Outlet ?? t["article.unknown_outlet"], ("class", "outlet-name"));
                            if (hit.Published is not null) h.Element("span", t.Dates.Short(hit.Published), ("class", "small"));
                        }
                        var id = Reading.StoreStoryReader.Id(hit.ArticleId);
                        using (h.Tag("h2")) h.Link(PageContext.ArticleHref(id), hit.Title);
                        using (h.Tag("p", ("class", "snippet")))
                            h.Link($"{PageContext.ArticleHref(id)}?start={hit.SnippetSpan.Start}&end={hit.SnippetSpan.End}#cited", hit.Snippet);
                        if (hit.Story is not null)
                            using (h.Tag("p", ("class", "small")))
                            {
                                h.Text(t["search.in_story"] + " ");
                                h.Link(PageContext.StoryHref(hit.Story.Id), hit.Story.Title);
                            }
                    }
                }
            }
        });
    }
}
