namespace Kabar.Stories.Engine;

/// <summary>
/// How alike two groups of articles are (an article is a group of one). An event score
/// (<see cref="Event"/>) is the learnt <see cref="EventLink"/> over the pair's named features
/// (<see cref="EventFeatures"/>): a probability of being one happening. A story score
/// (<see cref="Story"/>) blends the IDF-weighted cosine of stems with that of entities (mostly
/// entities: a thread is told by who is in it), times a decay for publish dates far apart.
/// </summary>
internal sealed class Similarity(ClusteringSettings settings, DocumentFrequencies frequencies)
{
    private static readonly int FeatureCount = EventLink.Features.Count;
    private const double KnownArticlesCap = 3;

    /// <summary>The probability that <paramref name="a"/> and <paramref name="b"/> report one happening.</summary>
    public double Event(Centroid a, Centroid b)
    {
        Span<double> x = stackalloc double[FeatureCount];
        EventFeatures(a, b, x);
        return settings.EventLink.Probability(x);
    }

    /// <summary>Fills <paramref name="x"/> with the pair's features, in the order of <see cref="EventLink.Features"/>.</summary>
    public void EventFeatures(Centroid a, Centroid b, Span<double> x)
    {
        var terms = x[0] = Cosine(a, b, a.Terms, b.Terms, entities: false);
        var entities = a.Entities.Count > 0 && b.Entities.Count > 0;
        var names = x[1] = entities ? Cosine(a, b, a.Entities, b.Entities, entities: true) : 0;
        x[2] = entities ? 0 : 1;
        x[3] = a.Dates.Count > 0 && b.Dates.Count > 0 && a.Dates.Overlaps(b.Dates) ? 1 : 0;
        // One happening takes place on one day: a follow-up flood in the same city a week later is another
        // event, however alike the words and the names, so days apart make both count less. Agreeing on the
        // day makes shared words count more, but is no evidence of its own (on one day a flood and a
        // football match happen too): it scales the cosine rather than adding to the score.
        var days = a.EventDays.Count > 0 && b.EventDays.Count > 0 ? Nearest(a.MainEventDays(), b.MainEventDays()) : (int?)null;
        var apart = days > settings.EventDayWindow;
        x[4] = apart ? 1 : 0;
        x[5] = days <= settings.EventDayWindow ? terms : 0;
        x[6] = apart ? terms : 0;
        x[7] = apart ? names : 0;
        // Nor in two places: the same kind of happening elsewhere is another one.
        var places = a.Places.Count > 0 && b.Places.Count > 0 && a.MainPlaces() is { Count: > 0 } placesA && b.MainPlaces() is { Count: > 0 } placesB
            ? Shares(placesA, placesB) : (bool?)null;
        x[8] = places == true ? 1 : 0;
        x[9] = places == false ? 1 : 0;
        x[10] = Math.Log(1 + PublishGap(a, b));
        // How much the document frequencies know: cosines under the IDF of five pages are not those under the
        // IDF of thousands. It stops at a thousand articles, where a pile's IDF has settled (and where the
        // training streams end), so an archive far larger than any it was fitted on is not extrapolated.
        x[11] = Math.Min(KnownArticlesCap, Math.Log10(1 + frequencies.Articles));
    }

    public double Story(Centroid a, Centroid b)
    {
        var terms = Cosine(a, b, a.Terms, b.Terms, entities: false);
        var score = terms;
        if (a.Entities.Count > 0 && b.Entities.Count > 0)
            score = (1 - settings.StoryEntityWeight) * terms + settings.StoryEntityWeight * Cosine(a, b, a.Entities, b.Entities, entities: true);
        return score * NearestDecay(a, b, settings.StoryWindowDays, settings.StoryDecayDays);
    }

    /// <summary>Days between the publish spans of two groups (0 when they overlap or a side has no date).</summary>
    private static int PublishGap(Centroid a, Centroid b)
    {
        if (a.FirstPublished is not { } a0 || a.LastPublished is not { } a1 || b.FirstPublished is not { } b0 || b.LastPublished is not { } b1) return 0;
        return Math.Max(0, Math.Max(a0.DayNumber - b1.DayNumber, b0.DayNumber - a1.DayNumber));
    }

    /// <summary>
    /// A story is near a new event when one of its articles was published near the event's: measured
    /// to its nearest article, not to the span from its first to its last, or a story that once
    /// chained two years would stay open to everything in between.
    /// </summary>
    private static double NearestDecay(Centroid a, Centroid b, double windowDays, double decayDays)
    {
        if (a.PublishedDays.Count == 0 || b.PublishedDays.Count == 0) return 1;
        var (small, large) = a.PublishedDays.Count <= b.PublishedDays.Count ? (a, b) : (b, a);
        var gap = int.MaxValue;
        foreach (var day in small.PublishedDays) gap = Math.Min(gap, large.DaysToNearestPublished(day) ?? 0);
        return gap <= windowDays ? 1 : Math.Exp(-(gap - windowDays) / decayDays);
    }

    /// <summary>Whether the two lists share a place (a loop: the lists hold a few places, and this runs for every candidate pair).</summary>
    private static bool Shares(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
                if (string.Equals(a[i], b[j], StringComparison.Ordinal)) return true;
        return false;
    }

    private static int Nearest(IReadOnlyList<DateOnly> a, IReadOnlyList<DateOnly> b)
    {
        var best = int.MaxValue;
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
                best = Math.Min(best, YearlessDays.Apart(a[i], b[j]));
        return best;
    }

    private double Cosine(Centroid a, Centroid b, Dictionary<int, float> x, Dictionary<int, float> y, bool entities)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        double dot = 0;
        foreach (var (k, w) in small)
            if (large.TryGetValue(k, out var v)) { var i = Idf(k, entities); dot += w * i * v * i; }
        if (dot == 0) return 0;
        return dot / (Norm(a, entities) * Norm(b, entities));
    }

    private double Norm(Centroid c, bool entities)
    {
        // IDF drifts slowly; a norm is reused until its group changes or the corpus grows by a tenth.
        var articles = frequencies.Articles;
        if (c.NormStamp < 0 || c.TermNorm < 0 || articles > c.NormStamp * 11 / 10 + 1)
        {
            c.TermNorm = Math.Sqrt(SumOfSquares(c.Terms, entities: false));
            c.EntityNorm = Math.Sqrt(SumOfSquares(c.Entities, entities: true));
            c.NormStamp = articles;
        }
        return Math.Max(1e-9, entities ? c.EntityNorm : c.TermNorm);
    }

    /// <summary>The squared IDF-weighted norm, summed in the dictionary's order (a loop, not LINQ: the JIT compiles it once, in the R2R image).</summary>
    private double SumOfSquares(Dictionary<int, float> weights, bool entities)
    {
        double sum = 0;
        foreach (var (k, w) in weights) sum += Square(w * Idf(k, entities));
        return sum;
    }

    private double Idf(int id, bool entities) => entities ? frequencies.EntityIdf(id) : frequencies.TermIdf(id);

    private static double Square(double v) => v * v;
}
