namespace Kabar.Stories;

/// <summary>
/// The summed features of a group of articles (an event or a story): stem and entity weights,
/// the days they name and the span of their publish dates. Compared with cosine under the
/// engine's current IDF.
/// </summary>
internal sealed class Centroid
{
    public Dictionary<string, float> Terms { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, float> Entities { get; } = new(StringComparer.Ordinal);
    public HashSet<DateOnly> Dates { get; } = [];
    public DateOnly? FirstPublished { get; private set; }
    public DateOnly? LastPublished { get; private set; }
    public int Articles { get; private set; }

    // Norms under the IDF of the moment they were computed; refreshed when the group or the IDF moved.
    internal double TermNorm = -1, EntityNorm = -1;
    internal long NormStamp = -1;

    public void Add(ArticleFeatures f, int maxTerms)
    {
        foreach (var (t, w) in f.Terms) Terms[t] = Terms.GetValueOrDefault(t) + w;
        foreach (var e in f.Entities) Entities[e] = Entities.GetValueOrDefault(e) + 1;
        Dates.UnionWith(f.Dates);
        Widen(f.Published, f.Published);
        Articles++;
        Prune(maxTerms);
    }

    public void Absorb(Centroid other, int maxTerms)
    {
        foreach (var (t, w) in other.Terms) Terms[t] = Terms.GetValueOrDefault(t) + w;
        foreach (var (e, w) in other.Entities) Entities[e] = Entities.GetValueOrDefault(e) + w;
        Dates.UnionWith(other.Dates);
        Widen(other.FirstPublished, other.LastPublished);
        Articles += other.Articles;
        Prune(maxTerms);
    }

    /// <summary>A copy without one of its articles' stems and entities (dates and publish span are kept).</summary>
    public Centroid Without(ArticleFeatures f)
    {
        var copy = new Centroid();
        foreach (var (t, w) in Terms)
        {
            var left = w - f.Terms.GetValueOrDefault(t);
            if (left > 1e-6) copy.Terms[t] = left;
        }
        foreach (var (e, w) in Entities)
        {
            var left = w - (f.Entities.Contains(e) ? 1 : 0);
            if (left > 1e-6) copy.Entities[e] = left;
        }
        copy.Dates.UnionWith(Dates);
        copy.Widen(FirstPublished, LastPublished);
        copy.Articles = Articles - 1;
        return copy;
    }

    private void Widen(DateOnly? first, DateOnly? last)
    {
        if (first is { } a && (FirstPublished is null || a < FirstPublished)) FirstPublished = a;
        if (last is { } b && (LastPublished is null || b > LastPublished)) LastPublished = b;
        TermNorm = -1;
    }

    /// <summary>Drops the lightest stems (ties by name, so the result does not depend on order) once the centroid grows too big.</summary>
    private void Prune(int maxTerms)
    {
        TermNorm = -1;
        if (Terms.Count <= maxTerms * 3 / 2) return;
        foreach (var t in Terms.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(Terms.Count - maxTerms).Select(kv => kv.Key).ToList())
            Terms.Remove(t);
    }
}
