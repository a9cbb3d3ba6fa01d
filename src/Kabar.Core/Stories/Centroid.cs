using System.Runtime.InteropServices;
using Kabar.Stories.Engine;

namespace Kabar.Stories;

/// <summary>
/// The summed features of a group of articles (an event or a story): stem and entity weights,
/// the days they name and the span of their publish dates. Compared with cosine under the
/// engine's current IDF.
/// </summary>
internal sealed class Centroid
{
    /// <summary>What a released group (absorbed or frozen) points to instead of its own centroid: never added to.</summary>
    public static readonly Centroid Released = new();

    /// <summary>Stem weights and entity counts by <see cref="TermIds"/> id: the similarity reads them for every candidate pair.</summary>
    public Dictionary<int, float> Terms { get; } = [];
    public Dictionary<int, float> Entities { get; } = [];
    public HashSet<DateOnly> Dates { get; } = [];
    /// <summary>The days its articles say their happening took place (<see cref="ArticleFeatures.EventDays"/>), with how many articles say each.</summary>
    public Dictionary<DateOnly, int> EventDays { get; } = [];
    /// <summary>The places its articles say their happening took place (<see cref="ArticleFeatures.Places"/>), with how many articles say each.</summary>
    public Dictionary<string, int> Places { get; } = new(StringComparer.Ordinal);
    /// <summary>Every day one of its articles was published on: a story's span has gaps, and a thread that went quiet for a year is not open all that year.</summary>
    public SortedSet<DateOnly> PublishedDays { get; } = [];
    public DateOnly? FirstPublished { get; private set; }
    public DateOnly? LastPublished { get; private set; }
    public int Articles { get; private set; }

    // Norms under the IDF of the moment they were computed; refreshed when the group or the IDF moved.
    internal double TermNorm = -1, EntityNorm = -1;
    internal long NormStamp = -1;

    public void Add(ArticleFeatures f, int maxTerms)
    {
        foreach (var (t, w) in f.Terms) AddTo(Terms, TermIds.Of(t), w);
        foreach (var e in f.Entities) AddTo(Entities, TermIds.Of(e), 1);
        Dates.UnionWith(f.Dates);
        foreach (var d in f.EventDays ?? []) EventDays[d] = EventDays.GetValueOrDefault(d) + 1;
        foreach (var p in f.Places ?? []) Places[p] = Places.GetValueOrDefault(p) + 1;
        Widen(f.Published, f.Published);
        if (f.Published is { } day) PublishedDays.Add(day);
        Articles++;
        Prune(maxTerms);
    }

    public void Absorb(Centroid other, int maxTerms)
    {
        foreach (var (t, w) in other.Terms) AddTo(Terms, t, w);
        foreach (var (e, w) in other.Entities) AddTo(Entities, e, w);
        Dates.UnionWith(other.Dates);
        foreach (var (d, n) in other.EventDays) EventDays[d] = EventDays.GetValueOrDefault(d) + n;
        foreach (var (p, n) in other.Places) Places[p] = Places.GetValueOrDefault(p) + n;
        Widen(other.FirstPublished, other.LastPublished);
        PublishedDays.UnionWith(other.PublishedDays);
        Articles += other.Articles;
        Prune(maxTerms);
    }

    private static void AddTo(Dictionary<int, float> weights, int id, float w)
    {
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, id, out _);
        sum += w;
    }

    /// <summary>
    /// The days most of its articles agree the happening took place: one article that gives no day of
    /// its own (its publish day stands in) or a wrong one must not widen the event to its neighbours.
    /// </summary>
    public IReadOnlyList<DateOnly> MainEventDays() => _mainEventDays ??= Main(EventDays);

    /// <summary>
    /// The places most of its articles name in their lead; none when fewer than half its articles
    /// name the leading one (one report naming the borough is no reason to split the city's event).
    /// </summary>
    public IReadOnlyList<string> MainPlaces()
    {
        if (_mainPlaces is { } known) return known;
        var most = 0;
        foreach (var n in Places.Values) most = Math.Max(most, n);
        return _mainPlaces = most * 2 >= Articles ? Main(Places) : [];
    }

    // What MainEventDays and MainPlaces found, until the group changes: an article is compared with
    // every candidate, and a candidate with every article that finds it.
    private List<DateOnly>? _mainEventDays;
    private List<string>? _mainPlaces;

    private static List<T> Main<T>(Dictionary<T, int> counts) where T : notnull
    {
        var most = 0;
        foreach (var n in counts.Values) most = Math.Max(most, n);
        // A loop, not LINQ: the event link asks for both sides' main days and places for every candidate pair.
        var main = new List<T>();
        foreach (var (key, n) in counts)
            if (n * 2 >= most) main.Add(key);
        return main;
    }

    /// <summary>Days from <paramref name="day"/> to the nearest day one of its articles was published on, or null when none has a date.</summary>
    public int? DaysToNearestPublished(DateOnly day)
    {
        if (PublishedDays.Count == 0) return null;
        var before = PublishedDays.GetViewBetween(DateOnly.MinValue, day);
        var after = PublishedDays.GetViewBetween(day, DateOnly.MaxValue);
        var best = int.MaxValue;
        if (before.Count > 0) best = day.DayNumber - before.Max.DayNumber;
        if (after.Count > 0) best = Math.Min(best, after.Min.DayNumber - day.DayNumber);
        return best;
    }

    private void Widen(DateOnly? first, DateOnly? last)
    {
        _mainEventDays = null;
        _mainPlaces = null;
        if (first is { } a && (FirstPublished is null || a < FirstPublished)) FirstPublished = a;
        if (last is { } b && (LastPublished is null || b > LastPublished)) LastPublished = b;
        TermNorm = -1;
    }

    /// <summary>Drops the lightest stems (ties by name, so the result does not depend on order) once the centroid grows too big.</summary>
    private void Prune(int maxTerms)
    {
        TermNorm = -1;
        if (Terms.Count <= maxTerms * 3 / 2) return;
        foreach (var t in Terms.OrderBy(kv => kv.Value).ThenBy(kv => TermIds.Name(kv.Key), StringComparer.Ordinal).Take(Terms.Count - maxTerms).Select(kv => kv.Key).ToList())
            Terms.Remove(t);
    }
}
