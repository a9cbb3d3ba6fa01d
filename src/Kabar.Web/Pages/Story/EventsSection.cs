using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>The story's events and their articles.</summary>
internal sealed class EventsSection : IStorySection
{
    public string Id => "events";

    public bool Has(Brief brief) => brief.Events.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "events")))
        {
            h.Element("h2", t["section.events"]);
            using (h.Tag("ol", ("class", "event-list")))
            {
                foreach (var e in brief.Events)
                {
                    using (h.Tag("li"))
                    {
                        h.Element("h3", e.Title);
                        using (h.Tag("ul", ("class", "plain")))
                        {
                            foreach (var source in e.Articles)
                            {
                                using (h.Tag("li"))
                                {
                                    h.Element("span", cites.OutletOf(source), ("class", "outlet-name"));
                                    h.Text(" ");
                                    if (cites.Href(source) is { } href) h.Link(href, cites.Find(source)!.Title);
                                    else h.Text(cites.Find(source)?.Title ?? source);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
