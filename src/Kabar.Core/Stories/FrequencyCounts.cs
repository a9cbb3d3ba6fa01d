namespace Kabar.Stories;

/// <summary>
/// Document frequencies as plain counts: how many articles hold each stem (key <c>t:</c> + stem) and
/// each entity (<c>e:</c> + name), and how many articles were counted. A store keeps them, added to as
/// articles are clustered, so an engine that replays only the window (<see cref="StoryEngine.Seed"/>)
/// still learns the IDF of the whole archive. They follow the vocabulary, not the number of articles.
/// </summary>
public sealed class FrequencyCounts
{
    public const string TermPrefix = "t:", EntityPrefix = "e:";
    /// <summary>The key under which a store keeps <see cref="Articles"/> (no stem or entity key looks like it).</summary>
    public const string ArticlesKey = "articles";

    public Dictionary<string, long> Keys { get; } = new(StringComparer.Ordinal);

    public long Articles { get; set; }

    public bool IsEmpty => Articles == 0 && Keys.Count == 0;

    /// <summary>Counts one article (<paramref name="sign"/> -1 takes it out again), as the engine's document frequencies learn it.</summary>
    public void Add(ArticleFeatures f, int sign = 1)
    {
        Articles += sign;
        foreach (var t in f.Terms.Keys) Bump(TermPrefix + t, sign);
        foreach (var e in f.Entities) Bump(EntityPrefix + e, sign);
    }

    public void Add(string key, long count) => Bump(key, count);

    private void Bump(string key, long by)
    {
        var n = Keys.GetValueOrDefault(key) + by;
        if (n == 0) Keys.Remove(key);
        else Keys[key] = n;
    }
}
