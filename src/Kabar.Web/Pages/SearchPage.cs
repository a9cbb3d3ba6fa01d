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
        var hits = query.Length == 0 ? [] : context.Reader.Search(query, Limit);
        return Layout.Page(context, query.Length == 0 ? t["search.title"] : t.Format("search.title_for", query), h =>
        {
            using (h.Tag("div", ("class", "page-head")))
            {
                h.Element("h1", t["search.title"]);
                if (query.Length > 0) h.Element("p", t.Format("search.count", hits.Count, query), ("class", "lede"));
            }
            if (query.Length == 0) { Layout.Notice(h, t["search.empty"]); return; }
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
                        using (h.Tag("h2")) h.Link(PageContext.ArticleHref(hit.ArticleId), hit.Title);
                        h.Element("p", hit.Snippet, ("class", "snippet"));
                        if (hit.StoryId is not null)
                            using (h.Tag("p", ("class", "small")))
                            {
                                h.Text(t["search.in_story"] + " ");
                                h.Link(PageContext.StoryHref(hit.StoryId), hit.StoryTitle ?? hit.StoryId);
                            }
                    }
                }
            }
        });
    }
}
