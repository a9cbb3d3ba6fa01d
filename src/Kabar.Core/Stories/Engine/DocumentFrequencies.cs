namespace Kabar.Stories.Engine;

/// <summary>
/// How many articles hold each stem and each entity, learnt as articles arrive, and the IDF that
/// follows from it. The candidate index and the similarity read the same counts, so an article
/// is found and scored under one IDF.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entities = new(StringComparer.Ordinal);

    /// <summary>Articles learnt so far.</summary>
    public long Articles { get; private set; }

    public void Learn(ArticleFeatures f)
    {
        Articles++;
        foreach (var t in f.Terms.Keys) _terms[t] = _terms.GetValueOrDefault(t) + 1;
        foreach (var e in f.Entities) _entities[e] = _entities.GetValueOrDefault(e) + 1;
    }

    /// <summary>Starts from counts of articles this engine will not see (<see cref="StoryEngine.Seed"/>).</summary>
    public void Seed(FrequencyCounts counts)
    {
        if (Articles > 0) throw new InvalidOperationException("document frequencies are seeded before the first article");
        Articles = counts.Articles;
        foreach (var (key, n) in counts.Keys)
        {
            if (n <= 0) continue;
            if (key.StartsWith(FrequencyCounts.TermPrefix, StringComparison.Ordinal)) _terms[key[FrequencyCounts.TermPrefix.Length..]] = (int)n;
            else if (key.StartsWith(FrequencyCounts.EntityPrefix, StringComparison.Ordinal)) _entities[key[FrequencyCounts.EntityPrefix.Length..]] = (int)n;
        }
    }

    public double TermIdf(string term) => Idf(_terms.GetValueOrDefault(term));
    public double EntityIdf(string entity) => Idf(_entities.GetValueOrDefault(entity));

    private double Idf(int df) => Math.Log((Articles + 1.0) / (df + 1.0)) + 1.0;
}
