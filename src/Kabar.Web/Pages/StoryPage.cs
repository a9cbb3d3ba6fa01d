using Kabar.Briefs;
using Kabar.Web.Html;
using Kabar.Web.Pages.Story;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>
/// One story's brief: its head, a menu of the sections it has, then each section
/// (<see cref="StorySections"/>: one type per file). Sections the brief leaves empty are left out.
/// </summary>
public static class StoryPage
{
    public static IResult Render(PageContext context, string id)
    {
        var t = context.Text;
        var brief = context.Reader.Brief(id);
        if (brief is null)
            return Layout.Page(context, t["notfound.title"], h =>
            {
                h.Element("h1", t["notfound.title"]);
                Layout.Notice(h, t["notfound.story"], "error");
            }, StatusCodes.Status404NotFound);

        var cites = new CitationLinks(brief);
        var listing = context.Reader.Story(brief.Id);
        var present = StorySections.All.Where(s => s.Has(brief)).ToList();
        return Layout.Page(context, brief.Title, h =>
        {
            using (h.Tag("article", ("class", "story")))
            {
                Head(h, context, brief, listing);
                using (h.Tag("nav", ("class", "contents"), ("aria-label", t["story.contents"])))
                    foreach (var section in present) h.Link("#" + section.Id, t["section." + section.Id]);
                foreach (var section in present) section.Write(h, context, brief, cites);
            }
        });
    }

    private static void Head(HtmlWriter h, PageContext context, Brief brief, Kabar.Storage.StorySummary? listing)
    {
        var t = context.Text;
        using (h.Tag("header", ("class", "story-head")))
        {
            h.Element("p", t["story.kicker"], ("class", "kicker"));
            h.Element("h1", brief.Title);
            if (listing is null) return;
            using (h.Tag("p", ("class", "meta")))
            {
                h.Element("span", (listing.Outlets.Count > 0 ? t.Count("stories.outlets", listing.Outlets.Count) : t["stories.outlet_unknown"]), ("class", "badge"), ("data-outlets", listing.Outlets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                h.Element("span", t.Count("stories.articles", listing.ArticleCount), ("class", "badge badge-quiet"));
                if (listing.FirstPublished is { } first && listing.LastPublished is { } last)
                    h.Element("span", first == last ? t.Dates.Day(first) : $"{t.Dates.Day(first)} – {t.Dates.Day(last)}", ("class", "span-dates"));
            }
            h.Element("p", string.Join(" · ", listing.Outlets), ("class", "outlets"));
        }
    }
}
