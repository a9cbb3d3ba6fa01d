using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>When each outlet reported, as a chart and a table.</summary>
internal sealed class CoverageSection : IStorySection
{
    public string Id => "coverage";

    public bool Has(Brief brief) => brief.Coverage.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "coverage")))
        {
            h.Element("h2", t["section.coverage"]);
            if (CoverageChart.Draw(brief.Coverage, t, cites.Href) is { } chart)
                using (h.Tag("figure", ("class", "chart-frame"))) h.Trusted(chart);
            using (h.Tag("div", ("class", "table-wrap")))
            using (h.Tag("table", ("class", "coverage-table")))
            {
                using (h.Tag("thead"))
                using (h.Tag("tr"))
                {
                    h.Element("th", t["coverage.outlet"], ("scope", "col"));
                    h.Element("th", t["coverage.articles"], ("scope", "col"));
                    h.Element("th", t["coverage.wire"], ("scope", "col"));
                }
                using (h.Tag("tbody"))
                {
                    foreach (var outlet in brief.Coverage)
                    {
                        using (h.Tag("tr", ("class", "coverage-row")))
                        {
                            using (h.Tag("th", ("scope", "row")))
                            {
                                h.Text(outlet.Outlet);
                                if (outlet.ReportedFirst) h.Element("span", t["coverage.first"], ("class", "badge badge-first"));
                            }
                            using (h.Tag("td"))
                            using (h.Tag("ul", ("class", "plain")))
                            {
                                foreach (var a in outlet.Articles)
                                {
                                    using (h.Tag("li"))
                                    {
                                        if (cites.Href(a.Article) is { } href) h.Link(href, a.Title);
                                        else h.Text(a.Title);
                                        if (Kabar.Model.PageTime.ParseIso(a.Published) is { } time)
                                            h.Element("time", t.Dates.Short(time), ("datetime", a.Published), ("class", "small"));
                                    }
                                }
                            }
                            h.Element("td", outlet.WireSources.Count > 0 ? string.Join(", ", outlet.WireSources) : "—");
                        }
                    }
                }
            }
        }
    }
}
