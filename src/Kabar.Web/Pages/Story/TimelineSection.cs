using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>The timeline chart and the dated list, the story's own days before the background.</summary>
internal sealed class TimelineSection : IStorySection
{
    public string Id => "timeline";

    public bool Has(Brief brief) => brief.Timeline.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "timeline")))
        {
            h.Element("h2", t["section.timeline"]);
            if (TimelineChart.Draw(brief.Timeline, t, i => "timeline-" + i) is { } chart)
                using (h.Tag("figure", ("class", "chart-frame"))) h.Trusted(chart);
            var order = brief.Timeline.Select((entry, index) => (entry, index))
                .OrderBy(e => TimelineChart.Start(e.entry.Date) ?? DateTime.MaxValue).ToList();
            using (h.Tag("ol", ("class", "timeline-list")))
            {
                foreach (var (entry, index) in order)
                {
                    using (h.Tag("li", ("id", "timeline-" + index), ("class", entry.Background ? "background" : "own")))
                    {
                        h.Element("time", t.Dates.Precise(entry.Date, entry.Precision), ("datetime", entry.Date), ("class", "when"));
                        using (h.Tag("div", ("class", "what")))
                        {
                            h.Element("p", entry.What);
                            using (h.Tag("p", ("class", "sources")))
                            {
                                foreach (var c in entry.Citations)
                                {
                                    using (h.Tag("span", ("class", "source")))
                                    {
                                        cites.Write(h, context, c.Article, c.Start, c.End, c.Excerpt);
                                        if (!string.IsNullOrWhiteSpace(c.Phrase)) h.Element("q", c.Phrase, ("class", "phrase"));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
