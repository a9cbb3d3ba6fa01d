using System.Globalization;
using Kabar.Briefs;
using Kabar.Web.Html;
using Kabar.Web.Localization;

namespace Kabar.Web.Charts;

/// <summary>
/// The timeline as an SVG strip: one dot per dated entry on a time axis, its size growing with the
/// number of articles that state it, each a link to the entry in the list below. Labels are
/// stacked in lanes so they never overlap.
/// </summary>
public static class TimelineChart
{
    private const double Width = 960, Left = 24, Right = 24, LaneHeight = 22, CharWidth = 7.8, LabelGap = 10;
    private const int MaxLanes = 4;

    public static TrustedMarkup? Draw(IReadOnlyList<TimelineEntry> entries, UiLanguage text, Func<int, string> anchor)
    {
        // One mark per date however many entries state it; the mark links to the first of them.
        var dated = entries.Select((e, i) => (Entry: e, Index: i, Day: Start(e.Date)))
            .Where(d => d.Day is not null)
            .GroupBy(d => d.Entry.Date)
            .Select(g => (First: g.First(), Day: g.First().Day!.Value, Entries: g.Select(x => x.Entry).ToList()))
            .OrderBy(d => d.Day).ToList();
        if (dated.Count == 0) return null;

        var scale = new TimeScale(dated[0].Day, dated[^1].Day, Left, Width - Left - Right);
        var lanes = new List<double>();
        var placed = dated.Select(d =>
        {
            var x = scale.X(d.Day);
            var label = text.Dates.Compact(d.First.Entry.Date, d.First.Entry.Precision);
            // A generous width per character (12px semibold with a white halo) and a gap, so that
            // estimated boxes that do not touch are rendered boxes that do not touch either.
            var width = label.Length * CharWidth + 8 + LabelGap;
            // Labels read rightwards from their dot, or leftwards near the right edge.
            var leftward = x + width > Width;
            var from = leftward ? x - width : x;
            var lane = lanes.FindIndex(end => end < from);
            if (lane < 0 && lanes.Count < MaxLanes) { lanes.Add(0); lane = lanes.Count - 1; }
            if (lane >= 0) lanes[lane] = from + width;
            return (d.First.Index, d.Entries, X: x, Label: label, Lane: lane, Leftward: leftward);
        }).ToList();

        var axisY = 16 + Math.Max(1, lanes.Count) * LaneHeight + 10;
        var height = axisY + 30;
        var svg = new SvgWriter(Width, height, text["timeline.chart"], "chart timeline-chart");
        svg.Element("line", null, ("x1", Left), ("x2", Width - Right), ("y1", axisY), ("y2", axisY), ("class", "axis"));
        foreach (var (x, label) in scale.Ticks(text.Dates))
        {
            svg.Element("line", null, ("x1", x), ("x2", x), ("y1", axisY), ("y2", axisY + 5), ("class", "tick"));
            svg.Element("text", label, ("x", x), ("y", axisY + 18), ("class", "tick-label"), ("text-anchor", "middle"));
        }
        foreach (var p in placed)
        {
            var sources = p.Entries.SelectMany(e => e.Citations).Select(c => c.Article).Distinct().Count();
            svg.Open("a", ("href", "#" + anchor(p.Index)), ("class", "timeline-mark"));
            svg.Title(string.Join("\n", p.Entries.Select(e => $"{text.Dates.Precise(e.Date, e.Precision)}: {e.What}")) + $" ({text.Format("timeline.sources", sources)})");
            if (p.Lane >= 0)
            {
                // Lane 0 sits just above the axis, later lanes higher up.
                var labelY = axisY - 10 - p.Lane * LaneHeight;
                svg.Element("line", null, ("x1", p.X), ("x2", p.X), ("y1", labelY + 3), ("y2", axisY), ("class", "stem"));
                svg.Element("text", p.Label, ("x", p.Leftward ? p.X - 4 : p.X + 4), ("y", labelY), ("class", "mark-label"), ("text-anchor", p.Leftward ? "end" : "start"));
            }
            svg.Element("circle", null, ("cx", p.X), ("cy", axisY), ("r", 4.0 + Math.Min(sources, 4) * 1.5), ("class", "dot"));
            svg.Close("a");
        }
        return svg.Finish();
    }

    /// <summary>The first day a TIMEX-style date covers: 2022-01-10, 2022-01 (the 1st), 2021-W52 (its Monday), 2022.</summary>
    public static DateTime? Start(string date)
    {
        if (DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateTime.TryParseExact(date, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month;
        var parts = date.Split("-W");
        if (parts.Length == 2 && int.TryParse(parts[0], out var y) && int.TryParse(parts[1], out var w) && w is >= 1 and <= 53)
            return ISOWeek.ToDateTime(y, w, DayOfWeek.Monday);
        if (date.Length == 4 && int.TryParse(date, out var year) && year is > 1000 and < 10000) return new DateTime(year, 1, 1);
        return null;
    }
}
