namespace Kabar.Stories.Engine;

/// <summary>
/// How alike two groups of articles are (an article is a group of one). Stems by IDF-weighted
/// cosine, blended with entities when both sides have some (mostly entities for stories), plus a bonus for naming the same day,
/// times a decay for publish dates far apart. An event score (<see cref="Event"/>) also falls when
/// the leads say the happening took place on days or in places apart; a story score
/// (<see cref="Story"/>) does not, since a story gathers such events.
/// </summary>
internal sealed class Similarity(ClusteringSettings settings, DocumentFrequencies frequencies)
{
    public double Event(Centroid a, Centroid b) => Score(a, b, happening: true);

    public double Story(Centroid a, Centroid b) => Score(a, b, happening: false);

    private double Score(Centroid a, Centroid b, bool happening)
    {
        var terms = Cosine(a, b, a.Terms, b.Terms, frequencies.TermIdf, entities: false);
        var score = terms;
        var entityWeight = happening ? settings.EntityWeight : settings.StoryEntityWeight;
        if (a.Entities.Count > 0 && b.Entities.Count > 0)
            score = (1 - entityWeight) * terms + entityWeight * Cosine(a, b, a.Entities, b.Entities, frequencies.EntityIdf, entities: true);
        if (a.Dates.Count > 0 && b.Dates.Count > 0)
        {
            if (a.Dates.Overlaps(b.Dates)) score += happening ? settings.SharedDateBonus : settings.StorySharedDateBonus;
            // Look-alike events (another fire, another coach sacked) are told apart by when they happen.
            else if (Nearest(a.Dates, b.Dates) > settings.DateConflictDays) score *= settings.DateConflictFactor;
        }
        // One happening takes place on one day: groups whose articles say their happening took place
        // days apart are different events, however alike the words (a follow-up flood in the same
        // city, the same kind of arrest next month). Not for stories, which gather such events.
        if (happening && a.EventDays.Count > 0 && b.EventDays.Count > 0 && Nearest(a.MainEventDays(), b.MainEventDays()) > settings.EventDayWindow)
            score *= settings.EventDayConflictFactor;
        // Nor in two places: the same kind of happening elsewhere is another one.
        if (a.Places.Count > 0 && b.Places.Count > 0 && a.MainPlaces() is { Count: > 0 } placesA && b.MainPlaces() is { Count: > 0 } placesB
            && !placesA.Intersect(placesB, StringComparer.Ordinal).Any())
            score *= happening ? settings.PlaceConflictFactor : settings.StoryPlaceConflictFactor;
        return score * (happening
            ? SpanDecay(a, b, settings.EventWindowDays, settings.EventDecayDays)
            : NearestDecay(a, b, settings.StoryWindowDays, settings.StoryDecayDays));
    }

    /// <summary>Events decay by the gap between their publish spans.</summary>
    private static double SpanDecay(Centroid a, Centroid b, double windowDays, double decayDays)
    {
        if (a.FirstPublished is not { } a0 || a.LastPublished is not { } a1 || b.FirstPublished is not { } b0 || b.LastPublished is not { } b1) return 1;
        var gap = Math.Max(0, Math.Max(a0.DayNumber - b1.DayNumber, b0.DayNumber - a1.DayNumber));
        return gap <= windowDays ? 1 : Math.Exp(-(gap - windowDays) / decayDays);
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

    private static int Nearest(IEnumerable<DateOnly> a, IEnumerable<DateOnly> b)
    {
        var best = int.MaxValue;
        foreach (var x in a)
            foreach (var y in b)
                best = Math.Min(best, Math.Abs(x.DayNumber - y.DayNumber));
        return best;
    }

    private double Cosine(Centroid a, Centroid b, Dictionary<string, float> x, Dictionary<string, float> y, Func<string, double> idf, bool entities)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        double dot = 0;
        foreach (var (k, w) in small)
            if (large.TryGetValue(k, out var v)) { var i = idf(k); dot += w * i * v * i; }
        if (dot == 0) return 0;
        return dot / (Norm(a, entities) * Norm(b, entities));
    }

    private double Norm(Centroid c, bool entities)
    {
        // IDF drifts slowly; a norm is reused until its group changes or the corpus grows by a tenth.
        var articles = frequencies.Articles;
        if (c.NormStamp < 0 || c.TermNorm < 0 || articles > c.NormStamp * 11 / 10 + 1)
        {
            c.TermNorm = Math.Sqrt(c.Terms.Sum(kv => Square(kv.Value * frequencies.TermIdf(kv.Key))));
            c.EntityNorm = Math.Sqrt(c.Entities.Sum(kv => Square(kv.Value * frequencies.EntityIdf(kv.Key))));
            c.NormStamp = articles;
        }
        return Math.Max(1e-9, entities ? c.EntityNorm : c.TermNorm);
    }

    private static double Square(double v) => v * v;
}
