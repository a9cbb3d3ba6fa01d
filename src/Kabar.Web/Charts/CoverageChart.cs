using Kabar.Briefs;
using Kabar.Model;
using Kabar.Web.Html;
using Kabar.Web.Localization;

namespace Kabar.Web.Charts;

/// <summary>
/// Coverage as an SVG chart: a row per outlet, a dot per article at its publish time (a link to
/// the article), the wire services the outlet credited at the row's end, and the first to report
/// marked.
/// </summary>
public static class CoverageChart
{
    private const double Width = 960, LabelWidth = 150, WireWidth = 190, RowHeight = 34, Top = 12;

    public static TrustedMarkup? Draw(IReadOnlyList<OutletCoverage> coverage, UiLanguage text, Func<string, string?> articleHref)
    {
        var times = coverage.SelectMany(c => c.Articles).Select(a => PageTime.ParseIso(a.Published)).OfType<PageTime>().ToList();
        if (coverage.Count == 0 || times.Count == 0) return null;

        var scale = new TimeScale(times.Min(t => t.Value.DateTime), times.Max(t => t.Value.DateTime), LabelWidth, Width - LabelWidth - WireWidth);
        var axisY = Top + coverage.Count * RowHeight + 6;
        var svg = new SvgWriter(Width, axisY + 30, text["coverage.chart"], "chart coverage-chart");
        for (var row = 0; row < coverage.Count; row++)
        {
            var outlet = coverage[row];
            var y = Top + row * RowHeight + RowHeight / 2;
            svg.Element("rect", null, ("x", 0.0), ("y", y - RowHeight / 2 + 2), ("width", Width), ("height", RowHeight - 4), ("class", row % 2 == 0 ? "row" : "row row-alt"), ("rx", 6));
            svg.Open("text", ("x", 10.0), ("y", y + 4), ("class", outlet.ReportedFirst ? "outlet first" : "outlet"));
            svg.Title(outlet.Outlet).Element("tspan", Shorten.To(outlet.Outlet, 18)).Close("text");
            svg.Element("line", null, ("x1", LabelWidth), ("x2", Width - WireWidth), ("y1", y), ("y2", y), ("class", "lane"));
            foreach (var article in outlet.Articles)
            {
                if (PageTime.ParseIso(article.Published) is not { } time) continue;
                var x = scale.X(time.Value.DateTime);
                var href = articleHref(article.Article);
                if (href is not null) svg.Open("a", ("href", href));
                svg.Title($"{outlet.Outlet} · {text.Dates.Short(time)}: {article.Title}");
                svg.Element("circle", null, ("cx", x), ("cy", y), ("r", 7.0), ("class", outlet.ReportedFirst ? "dot first" : "dot"));
                if (href is not null) svg.Close("a");
            }
            var wires = outlet.WireSources.Count > 0 ? text["coverage.via"] + " " + string.Join(", ", outlet.WireSources) : text["coverage.own"];
            svg.Element("text", Shorten.To(wires, 30), ("x", Width - WireWidth + 14), ("y", y + 4), ("class", outlet.WireSources.Count > 0 ? "wire" : "wire none"));
        }
        svg.Element("line", null, ("x1", LabelWidth), ("x2", Width - WireWidth), ("y1", axisY), ("y2", axisY), ("class", "axis"));
        foreach (var (x, label) in scale.Ticks(text.Dates))
        {
            if (x < LabelWidth || x > Width - WireWidth) continue;
            svg.Element("line", null, ("x1", x), ("x2", x), ("y1", Top), ("y2", axisY + 5), ("class", "grid"));
            svg.Element("text", label, ("x", x), ("y", axisY + 18), ("class", "tick-label"), ("text-anchor", "middle"));
        }
        return svg.Finish();
    }
}
