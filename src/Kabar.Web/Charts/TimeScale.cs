using System.Globalization;
using Kabar.Web.Localization;

namespace Kabar.Web.Charts;

/// <summary>Maps days to x positions on a chart, with ticks as dense as the span allows (days, weeks or months).</summary>
public sealed class TimeScale
{
    private readonly DateTime _start;
    private readonly double _days;
    private readonly double _left;
    private readonly double _width;

    public TimeScale(DateTime first, DateTime last, double left, double width)
    {
        // A little room either side, so the first and last marks are not on the chart's edge.
        var pad = Math.Max(1, (last - first).TotalDays * 0.04);
        _start = first.AddDays(-pad);
        _days = (last - first).TotalDays + 2 * pad;
        _left = left;
        _width = width;
    }

    public double X(DateTime time) => _left + (time - _start).TotalDays / _days * _width;

    /// <summary>Tick marks with their labels, written in the page's language.</summary>
    public IEnumerable<(double X, string Label)> Ticks(DateWriter dates)
    {
        var end = _start.AddDays(_days);
        if (_days <= 21)
        {
            for (var d = _start.Date.AddDays(1); d < end; d = d.AddDays(Math.Ceiling(_days / 10)))
                yield return (X(d), dates.ShortDay(DateOnly.FromDateTime(d)));
        }
        else if (_days <= 100)
        {
            var monday = _start.Date.AddDays(((int)DayOfWeek.Monday - (int)_start.DayOfWeek + 7) % 7);
            for (var d = monday; d < end; d = d.AddDays(7))
                yield return (X(d), dates.ShortDay(DateOnly.FromDateTime(d)));
        }
        else
        {
            var step = Math.Max(1, (int)Math.Ceiling(_days / 30 / 10));
            for (var d = new DateTime(_start.Year, _start.Month, 1).AddMonths(1); d < end; d = d.AddMonths(step))
                yield return (X(d), dates.Month(d.Month)[..3] + " " + d.Year.ToString(CultureInfo.InvariantCulture));
        }
    }
}
