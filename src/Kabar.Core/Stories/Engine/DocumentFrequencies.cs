namespace Kabar.Stories.Engine;

/// <summary>
/// How many articles hold each stem and each entity, learnt as articles arrive, and the IDF that
/// follows from it. The candidate index and the similarity read the same counts, so an article
/// is found and scored under one IDF. Counts are kept by <see cref="TermIds"/> id in arrays: the
/// similarity asks for an IDF per shared stem of every candidate pair.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly Counts _terms = new(), _entities = new();

    /// <summary>Articles learnt so far.</summary>
    public long Articles { get; private set; }

    public void Learn(ArticleFeatures f)
    {
        Articles++;
        foreach (var t in f.Terms.Keys) _terms.Increment(TermIds.Of(t), 1);
        foreach (var e in f.Entities) _entities.Increment(TermIds.Of(e), 1);
    }

    /// <summary>Starts from counts of articles this engine will not see (<see cref="StoryEngine.Seed"/>).</summary>
    public void Seed(FrequencyCounts counts)
    {
        if (Articles > 0) throw new InvalidOperationException("document frequencies are seeded before the first article");
        Articles = counts.Articles;
        foreach (var (key, n) in counts.Keys)
        {
            if (n <= 0) continue;
            if (key.StartsWith(FrequencyCounts.TermPrefix, StringComparison.Ordinal)) _terms.Set(TermIds.Of(key[FrequencyCounts.TermPrefix.Length..]), (int)n);
            else if (key.StartsWith(FrequencyCounts.EntityPrefix, StringComparison.Ordinal)) _entities.Set(TermIds.Of(key[FrequencyCounts.EntityPrefix.Length..]), (int)n);
        }
    }

    public double TermIdf(string term) => TermIdf(TermIds.Find(term));
    public double EntityIdf(string entity) => EntityIdf(TermIds.Find(entity));

    /// <summary>The IDF of a stem by id (-1: never seen), the same value as by name.</summary>
    public double TermIdf(int id) => _terms.Idf(id, Articles);
    public double EntityIdf(int id) => _entities.Idf(id, Articles);

    /// <summary>
    /// Document frequencies by id, and each one's IDF kept for as long as the article count it was
    /// computed under: one article is scored against many candidates, all under one count.
    /// </summary>
    private sealed class Counts
    {
        private int[] _df = [];
        private double[] _idf = [];
        private long[] _idfAt = [];

        public void Increment(int id, int by)
        {
            Reserve(id);
            _df[id] += by;
            _idfAt[id] = 0;
        }

        public void Set(int id, int df)
        {
            Reserve(id);
            _df[id] = df;
            _idfAt[id] = 0;
        }

        public double Idf(int id, long articles)
        {
            if ((uint)id >= (uint)_df.Length) return Formula(0, articles);
            // Stamped with the count plus one, so the zeroed array means 'not computed'.
            if (_idfAt[id] == articles + 1) return _idf[id];
            _idfAt[id] = articles + 1;
            return _idf[id] = Formula(_df[id], articles);
        }

        private static double Formula(int df, long articles) => Math.Log((articles + 1.0) / (df + 1.0)) + 1.0;

        private void Reserve(int id)
        {
            if (id < _df.Length) return;
            var size = Math.Max(Math.Max(1024, id + 1), _df.Length * 2);
            Array.Resize(ref _df, size);
            Array.Resize(ref _idf, size);
            Array.Resize(ref _idfAt, size);
        }
    }
}
