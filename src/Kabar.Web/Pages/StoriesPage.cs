using System.Globalization;
using Kabar.Web.Html;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>The front page: stories, newest activity first, with filters by outlet and date.</summary>
public static class StoriesPage
{
    public static IResult Render(PageContext context)
    {
        var t = context.Text;
        var query = context.Request.Query;
        var outlet = NullIfEmpty(query["outlet"]);
        var from = ParseDay(query["from"]);
        var to = ParseDay(query["to"]);
        var stories = context.Reader.Stories(new StoryFilter(outlet, from, to));

        return Layout.Page(context, t["stories.title"], h =>
        {
            using (h.Tag("div", ("class", "page-head")))
            {
                h.Element("h1", t["stories.title"]);
                h.Element("p", t.Count("stories.count", stories.Count), ("class", "lede"));
            }
            Filters(h, context, outlet, from, to);
            if (stories.Count == 0)
            {
                Layout.Notice(h, t["stories.none"]);
                return;
            }
            using (h.Tag("ol", ("class", "story-list")))
            {
                foreach (var story in stories) Item(h, context, story);
            }
        });
    }

    private static void Item(HtmlWriter h, PageContext context, Kabar.Storage.StorySummary story)
    {
        var t = context.Text;
        using (h.Tag("li", ("class", "story-card")))
        {
            using (h.Tag("h2")) h.Link(PageContext.StoryHref(story.Id), story.Title);
            using (h.Tag("p", ("class", "meta")))
            {
                h.Element("span", (story.Outlets.Count > 0 ? t.Count("stories.outlets", story.Outlets.Count) : t["stories.outlet_unknown"]), ("class", "badge"), ("title", string.Join(", ", story.Outlets)));
                h.Element("span", t.Count("stories.articles", story.ArticleCount), ("class", "badge badge-quiet"));
                if (story.FirstPublished is { } first && story.LastPublished is { } last)
                    h.Element("span", first == last ? t.Dates.Day(first) : $"{t.Dates.Day(first)} – {t.Dates.Day(last)}", ("class", "span-dates"));
            }
            if (!string.IsNullOrWhiteSpace(story.Summary)) h.Element("p", story.Summary, ("class", "summary-line"));
            h.Element("p", string.Join(" · ", story.Outlets), ("class", "outlets"));
        }
    }

    private static void Filters(HtmlWriter h, PageContext context, string? outlet, DateOnly? from, DateOnly? to)
    {
        var t = context.Text;
        using (h.Tag("form", ("class", "filters"), ("method", "get"), ("action", "/")))
        {
            using (h.Tag("label"))
            {
                h.Element("span", t["filter.outlet"]);
                using (h.Tag("select", ("name", "outlet")))
                {
                    h.Element("option", t["filter.all_outlets"], ("value", ""));
                    foreach (var o in context.Reader.Outlets)
                        h.Element("option", o, ("value", o), ("selected", o == outlet ? "selected" : null));
                }
            }
            using (h.Tag("label"))
            {
                h.Element("span", t["filter.from"]);
                h.Void("input", ("type", "date"), ("name", "from"), ("value", from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            using (h.Tag("label"))
            {
                h.Element("span", t["filter.to"]);
                h.Void("input", ("type", "date"), ("name", "to"), ("value", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            h.Element("button", t["filter.apply"], ("type", "submit"));
            if (outlet is not null || from is not null || to is not null) h.Link("/", t["filter.clear"], ("class", "clear"));
        }
    }

    internal static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
