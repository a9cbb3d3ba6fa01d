namespace Kabar.Stories.Engine;

/// <summary>
/// Finds the events an article or a group may belong to, without scanning all events: an inverted
/// index from keys (an article's heaviest stems under the current IDF, its entities, the days it
/// names) to the events posted under them. Each <see cref="PostingList"/> is read from the entries
/// published nearest the article's day and capped (<see cref="ClusteringSettings.PostingCap"/>), so
/// a look-up costs the same however large the archive grows and whatever order the pages came in.
/// Entries of frozen events are passed over when read and swept away in bulk (<see cref="Sweep"/>).
/// </summary>
internal sealed class CandidateIndex(ClusteringSettings settings, DocumentFrequencies frequencies)
{
    private readonly Dictionary<string, PostingList> _postings = new(StringComparer.Ordinal);

    /// <summary>Entries held, those of frozen events not yet swept away included.</summary>
    public long Entries { get; private set; }

    public int Keys => _postings.Count;

    /// <summary>
    /// Root events (through <paramref name="root"/>, which follows merges) found by the article's keys, best
    /// first, none of them frozen (<paramref name="frozen"/>, by root).
    /// </summary>
    public IEnumerable<int> Find(ArticleFeatures f, Func<int, int> root, Func<int, bool> frozen) =>
        Find(KeysOf(f, settings.QueryTerms), PostingList.DayOf(f.Published), root, i => frozen(root(i)));

    /// <summary>
    /// Removes the entries of frozen events (<paramref name="frozen"/>, by posted index) and the keys left
    /// empty. It reads every entry, so the engine calls it once the frozen entries may be a good share of them.
    /// </summary>
    public void Sweep(Func<int, bool> frozen)
    {
        Entries = 0;
        foreach (var (key, list) in _postings)
        {
            var left = list.Sweep(frozen);
            if (left == 0) _postings.Remove(key);
            Entries += left;
        }
        _postings.TrimExcess();
    }

    /// <summary>Posts an article under its keys (twice as many stems as a look-up uses, so a near article still meets it).</summary>
    public void Post(ArticleFeatures f, int eventIndex)
    {
        foreach (var (key, _) in KeysOf(f, settings.QueryTerms * 2))
        {
            if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = new PostingList();
            var before = list.Count;
            list.Add(PostingList.DayOf(f.Published), eventIndex);
            Entries += list.Count - before;
        }
    }

    private IEnumerable<int> Find(IEnumerable<(string Key, double Weight)> keys, int day, Func<int, int> root, Func<int, bool> frozen)
    {
        var hits = new Dictionary<int, double>();
        foreach (var (key, weight) in keys)
        {
            if (!_postings.TryGetValue(key, out var list)) continue;
            foreach (var posted in list.Nearest(day, settings.PostingCap, frozen))
            {
                var r = root(posted);
                hits[r] = hits.GetValueOrDefault(r) + weight;
            }
        }
        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(settings.MaxCandidates).Select(h => h.Key);
    }

    /// <summary>The stem and entity keys a look-up of <paramref name="f"/> uses, heaviest first (what a frozen event is found by in a store).</summary>
    public IReadOnlyList<string> StemAndEntityKeys(ArticleFeatures f) =>
        KeysOf(f, settings.QueryTerms).Where(k => !k.Key.StartsWith("d:", StringComparison.Ordinal))
            .OrderByDescending(k => k.Weight).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key).ToList();

    private IEnumerable<(string Key, double Weight)> KeysOf(ArticleFeatures f, int terms) =>
        f.Terms.Select(kv => (Key: "t:" + kv.Key, Weight: kv.Value * frequencies.TermIdf(kv.Key)))
            .OrderByDescending(k => k.Weight).ThenBy(k => k.Key, StringComparer.Ordinal).Take(terms)
            .Concat(f.Entities.Select(e => (Key: "e:" + e, Weight: frequencies.EntityIdf(e))))
            .Concat(f.Dates.Select(d => (Key: "d:" + d.ToString("yyyy-MM-dd"), Weight: 1.0)));
}
