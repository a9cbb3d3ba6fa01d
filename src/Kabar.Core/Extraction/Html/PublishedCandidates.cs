using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>One day a page states for its article, with the named facts the publish-date model weighs.</summary>
public sealed record DateCandidate(PageTime Time, IReadOnlyDictionary<string, double> Features);

/// <summary>
/// The days a page states (<see cref="StatedDates"/>), one candidate per day: which sources gave
/// it, how many agree, whether only 'modified' sources did, where it stands among the page's other
/// days (earliest, latest, how far before the latest), whether it matches the URL's date. The time
/// kept for a day is the most precise one stated for it, in the order of <see cref="StatedDates.Sources"/>.
/// </summary>
internal static class PublishedCandidates
{
    public static readonly IReadOnlyList<string> FeatureNames = StatedDates.Sources.Select(s => "from_" + s)
        .Concat(["published_sources", "modified_sources", "only_modified_sources", "latest_stated_modified", "no_modified_source", "earliest", "latest", "only_day", "has_clock",
            "after_a_modified_day", "same_as_url", "before_url", "log_days_before_latest", "many_days",
            "printed", "only_day_printed", "other_day_printed", "printed_and_modified", "same_instant_as_another_day", "utc_reading",
            "structured_only", "structured_only_and_update_printed_elsewhere", "update_printed_and_structured_only_elsewhere"])
        .ToList();

    private const double SourceScale = 5;

    public static IReadOnlyList<DateCandidate> Build(IReadOnlyList<StatedDate> stated)
    {
        var days = stated.GroupBy(s => s.Time.Date).ToList();
        if (days.Count == 0) return [];
        var earliest = days.Min(d => d.Key);
        var latest = days.Max(d => d.Key);
        var modifiedDays = stated.Where(s => StatedDates.ModifiedSources.Contains(s.Source)).Select(s => s.Time.Date).ToList();
        var url = stated.FirstOrDefault(s => s.Source == "url")?.Time.Date;
        // What a reader sees as the article's date: a day printed on the page without an 'Updated' label.
        var updatePrinted = stated.Where(s => s.Source == "visible_updated").Select(s => s.Time.Date).ToHashSet();
        var printedDays = stated.Where(s => PrintedSources.Contains(s.Source)).Select(s => s.Time.Date).ToHashSet();
        var result = new List<DateCandidate>(days.Count);
        foreach (var day in days)
        {
            var sources = day.Select(s => s.Source).Distinct().ToList();
            var f = new Dictionary<string, double>(StringComparer.Ordinal);
            void Set(string name, bool on) { if (on) f[name] = 1; }
            foreach (var s in sources) f["from_" + s] = 1;
            // Agreement counts apart: two tags stating the last edit agree on the edit, not on the publication.
            f["published_sources"] = sources.Count(s => !StatedDates.ModifiedSources.Contains(s)) / SourceScale;
            f["modified_sources"] = sources.Count(StatedDates.ModifiedSources.Contains) / SourceScale;
            Set("latest_stated_modified", days.Count > 1 && day.Key == latest && sources.Any(StatedDates.ModifiedSources.Contains));
            Set("only_modified_sources", sources.All(StatedDates.ModifiedSources.Contains));
            Set("no_modified_source", !sources.Any(StatedDates.ModifiedSources.Contains));
            Set("earliest", days.Count > 1 && day.Key == earliest);
            Set("latest", days.Count > 1 && day.Key == latest);
            Set("only_day", days.Count == 1);
            Set("has_clock", day.Any(s => !s.Time.DateOnly));
            Set("after_a_modified_day", modifiedDays.Any(m => m < day.Key));
            Set("same_as_url", url == day.Key);
            Set("before_url", url is { } u && day.Key < u);
            f["log_days_before_latest"] = Math.Log(1 + (latest.DayNumber - day.Key.DayNumber)) / 5;
            Set("many_days", days.Count > 3);
            var printed = printedDays.Contains(day.Key);
            Set("printed", printed);
            Set("only_day_printed", printed && printedDays.Count == 1);
            Set("other_day_printed", !printed && printedDays.Count > 0);
            Set("printed_and_modified", printed && sources.Any(StatedDates.ModifiedSources.Contains));
            // One instant stated in two zones falls on two days ('2025-07-04T20:04-04:00', '2025-07-05T00:04Z').
            var instants = day.Where(s => !s.Time.DateOnly).Select(s => s.Time.Value.UtcDateTime).ToHashSet();
            Set("same_instant_as_another_day", stated.Any(o => !o.Time.DateOnly && o.Time.Date != day.Key && instants.Contains(o.Time.Value.UtcDateTime)));
            // A day stated only in JSON-LD or a script's state, which a reader never sees, against an 'Updated' day the page prints.
            var structuredOnly = sources.All(StructuredSources.Contains);
            Set("structured_only", structuredOnly);
            Set("structured_only_and_update_printed_elsewhere", structuredOnly && updatePrinted.Any(d => d != day.Key));
            Set("update_printed_and_structured_only_elsewhere", updatePrinted.Contains(day.Key)
                && days.Where(d => d.Key != day.Key).Any(d => d.All(s => StructuredSources.Contains(s.Source)) && d.Any(s => !StatedDates.ModifiedSources.Contains(s.Source))));
            Set("utc_reading", day.Any(s => !s.Time.DateOnly && s.Time.Value.Offset == TimeSpan.Zero));
            var time = day.OrderBy(s => Rank(s.Source)).ThenBy(s => s.Time.DateOnly).First().Time;
            var precise = day.Where(s => !s.Time.DateOnly).OrderBy(s => Rank(s.Source)).FirstOrDefault()?.Time;
            result.Add(new DateCandidate(precise ?? time, f));
        }
        return result;
    }

    private static readonly HashSet<string> PrintedSources = new(StringComparer.Ordinal)
    {
        "visible_hinted_after_h1", "visible_hinted_before_h1", "visible_near_h1", "visible_date_only", "visible_published",
    };

    private static readonly HashSet<string> StructuredSources = new(StringComparer.Ordinal) { "jsonld_published", "jsonld_modified", "script" };

    public static bool OnlyModified(DateCandidate c) => c.Features.ContainsKey("only_modified_sources");

    /// <summary>An update the page prints ('Updated …') while the days it states as published are in JSON-LD or a script only.</summary>
    public static bool PrintedUpdateBesideHiddenPublish(DateCandidate c, IReadOnlyList<DateCandidate> all) =>
        c.Features.ContainsKey("update_printed_and_structured_only_elsewhere")
        && all.All(o => o == c || OnlyModified(o) || o.Features.ContainsKey("structured_only"));

    private static int Rank(string source)
    {
        for (var i = 0; i < StatedDates.Sources.Count; i++)
            if (StatedDates.Sources[i] == source) return i;
        return int.MaxValue;
    }
}
