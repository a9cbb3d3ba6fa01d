using Kabar.Model;
using Kabar.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>
/// One article: its metadata, the clean text with entities, quotes and times highlighted, the
/// cited span (<c>?start=&amp;end=</c>) marked and scrolled to, and on request what extraction cut.
/// </summary>
public static class ArticlePage
{
    public static IResult Render(PageContext context, string id)
    {
        var t = context.Text;
        var record = context.Reader.Article(id);
        if (record is null)
            return Layout.Page(context, t["notfound.title"], h =>
            {
                h.Element("h1", t["notfound.title"]);
                Layout.Notice(h, t["notfound.article"], "error");
            }, StatusCodes.Status404NotFound);

        var article = record.Annotated.Article;
        var cited = CitedSpan(context.Request, article.Body.Length);
        var showCut = context.Request.Query["cut"] == "1";
        return Layout.Page(context, article.Title, h =>
        {
            using (h.Tag("div", ("class", "article-layout")))
            {
                using (h.Tag("article", ("class", "reader")))
                {
                    Head(h, context, record);
                    using (h.Tag("div", ("class", "body highlights"), ("id", "body")))
                        AnnotatedBodyWriter.Write(h, record.Annotated, cited, t);
                    Cut(h, context, article, showCut);
                }
                Aside(h, context, record.Annotated);
            }
        });
    }

    private static void Head(HtmlWriter h, PageContext context, Reading.ArticleRecord record)
    {
        var t = context.Text;
        var a = record.Annotated.Article;
        using (h.Tag("header", ("class", "article-head")))
        {
            if (record.Story is not null)
                using (h.Tag("p", ("class", "kicker")))
                    h.Link(PageContext.StoryHref(record.Story.Id), "← " + record.Story.Title);
            h.Element("p", a.Outlet ?? t["article.unknown_outlet"], ("class", "outlet-name"));
            h.Element("h1", a.Title);
            if (a.TitleGenerated) h.Element("p", t["article.title_generated"], ("class", "small"));
            if (a.Subtitle is not null) h.Element("p", a.Subtitle, ("class", "lede"));
            using (h.Tag("dl", ("class", "facts")))
            {
                Fact(h, t["article.published"], a.Published is null ? null : t.Dates.Time(a.Published));
                Fact(h, t["article.modified"], a.Modified is null ? null : t.Dates.Time(a.Modified));
                Fact(h, t["article.dateline"], a.Dateline);
                Fact(h, t["article.authors"], a.Authors.Count > 0 ? string.Join(", ", a.Authors) : null);
                Fact(h, t["article.editors"], a.Editors.Count > 0 ? string.Join(", ", a.Editors) : null);
                Fact(h, t["article.wire"], a.WireSources.Count > 0 ? string.Join(", ", a.WireSources) : null);
                if (a.Url is not null && SafeUrl.IsSafe(a.Url) && !a.Url.StartsWith('/') && !a.Url.StartsWith('#'))
                {
                    h.Element("dt", t["article.url"]);
                    using (h.Tag("dd")) h.Link(a.Url, a.Url, ("rel", "noopener noreferrer nofollow"));
                }
            }
            Legend(h, context);
        }
    }

    private static void Fact(HtmlWriter h, string label, string? value)
    {
        if (value is null) return;
        h.Element("dt", label);
        h.Element("dd", value);
    }

    /// <summary>What the colours mean; kabar.js turns each into a switch for its layer.</summary>
    private static void Legend(HtmlWriter h, PageContext context)
    {
        var t = context.Text;
        using (h.Tag("ul", ("class", "legend"), ("aria-label", t["legend.label"])))
        {
            foreach (var (layer, cls) in new[] { ("legend.person", "ent-per"), ("legend.organisation", "ent-org"), ("legend.place", "ent-loc"), ("legend.quote", "hl-quote"), ("legend.time", "hl-time") })
            {
                using (h.Tag("li"))
                using (h.Tag("label"))
                {
                    h.Void("input", ("type", "checkbox"), ("checked", "checked"), ("data-layer", cls));
                    h.Element("span", t[layer], ("class", "swatch " + cls));
                }
            }
        }
    }

    private static void Cut(HtmlWriter h, PageContext context, Article article, bool open)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "cut"), ("class", "cut")))
        {
            using (h.Tag("details", ("open", open ? "open" : null)))
            {
                h.Element("summary", t.Format("article.cut", article.Cut.Count));
                if (article.Cut.Count == 0) { h.Element("p", t["article.cut_none"], ("class", "small")); return; }
                using (h.Tag("ol", ("class", "cut-list")))
                {
                    foreach (var piece in article.Cut)
                    {
                        using (h.Tag("li"))
                        {
                            h.Element("span", t.Or("cut." + piece.Reason, piece.Reason), ("class", "reason"), ("data-reason", piece.Reason));
                            h.Element("span", piece.Text, ("class", "cut-text"));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Who and what this article names, for a quick look.</summary>
    private static void Aside(HtmlWriter h, PageContext context, AnnotatedArticle a)
    {
        var t = context.Text;
        using (h.Tag("aside", ("class", "article-aside")))
        {
            foreach (var type in new[] { EntityTypes.Person, EntityTypes.Organisation, EntityTypes.Location })
            {
                var names = a.Entities.Where(e => e.Type == type).GroupBy(e => e.Canonical)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
                if (names.Count == 0) continue;
                h.Element("h2", t["entity." + type + ".plural"]);
                using (h.Tag("ul", ("class", "plain names")))
                {
                    foreach (var g in names)
                        using (h.Tag("li"))
                        {
                            h.Text(g.Key);
                            h.Element("span", "×" + g.Count(), ("class", "small"));
                        }
                }
            }
            if (a.Times.Count > 0)
            {
                h.Element("h2", t["article.times"]);
                using (h.Tag("ul", ("class", "plain names")))
                {
                    foreach (var time in a.Times.DistinctBy(x => (x.Text, x.Value)))
                        using (h.Tag("li"))
                        {
                            h.Element("q", time.Text);
                            h.Element("span", " → " + time.Value, ("class", "small"));
                        }
                }
            }
        }
    }

    /// <summary>The span named by <c>?start=&amp;end=</c>, when it fits the body.</summary>
    private static TextSpan? CitedSpan(HttpRequest request, int length)
    {
        if (!int.TryParse(request.Query["start"], out var start) || !int.TryParse(request.Query["end"], out var end)) return null;
        return start >= 0 && end > start && end <= length ? new TextSpan(start, end) : null;
    }
}
