using System.Runtime.InteropServices;

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
        Find(KeysOf(f).Query(settings.QueryTerms), PostingList.DayOf(f.Published), root, i => frozen(root(i)));

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
        foreach (var (key, _) in KeysOf(f).All)
        {
            if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = new PostingList();
            var before = list.Count;
            list.Add(PostingList.DayOf(f.Published), eventIndex);
            Entries += list.Count - before;
        }
    }

    private readonly Dictionary<int, double> _hits = [];

    private List<int> Find(IEnumerable<(string Key, double Weight)> keys, int day, Func<int, int> root, Func<int, bool> frozen)
    {
        var hits = _hits;
        hits.Clear();
        foreach (var (key, weight) in keys)
        {
            if (!_postings.TryGetValue(key, out var list)) continue;
            foreach (var posted in list.Nearest(day, settings.PostingCap, frozen))
            {
                var r = root(posted);
                CollectionsMarshal.GetValueRefOrAddDefault(hits, r, out _) += weight;
            }
        }
        var ranked = new (int Event, double Weight)[hits.Count];
        var n = 0;
        foreach (var (e, w) in hits) ranked[n++] = (e, w);
        Array.Sort(ranked, static (x, y) => y.Weight.CompareTo(x.Weight) is var c && c != 0 ? c : x.Event.CompareTo(y.Event));
        var best = new List<int>(Math.Min(n, settings.MaxCandidates));
        for (var i = 0; i < n && i < settings.MaxCandidates; i++) best.Add(ranked[i].Event);
        return best;
    }

    /// <summary>The stem and entity keys a look-up of <paramref name="f"/> uses, heaviest first (what a frozen event is found by in a store).</summary>
    public IReadOnlyList<string> StemAndEntityKeys(ArticleFeatures f) =>
        KeysOf(f).Query(settings.QueryTerms).Where(k => !k.Key.StartsWith("d:", StringComparison.Ordinal))
            .OrderByDescending(k => k.Weight).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key).ToList();

    /// <summary>
    /// An article's keys: its heaviest stems under the current IDF (as many as a post uses), then its
    /// entities and the days it names. The last article's are kept: the engine looks an article up and
    /// then posts it under one IDF, and only the first <see cref="ClusteringSettings.QueryTerms"/> stems
    /// differ between the two.
    /// </summary>
    private ArticleKeys KeysOf(ArticleFeatures f)
    {
        if (_last is { } last && ReferenceEquals(last.Of, f) && last.Articles == frequencies.Articles) return last;
        var weighted = new (string Term, double Weight)[f.Terms.Count];
        var n = 0;
        foreach (var (t, w) in f.Terms) weighted[n++] = (t, w * frequencies.TermIdf(t));
        // Heaviest first, ties by stem: the order of "t:" + stem, as no two stems are equal.
        Array.Sort(weighted, static (x, y) => y.Weight.CompareTo(x.Weight) is var c && c != 0 ? c : string.CompareOrdinal(x.Term, y.Term));
        var terms = Math.Min(n, settings.QueryTerms * 2);
        var keys = new List<(string Key, double Weight)>(terms + f.Entities.Count + f.Dates.Count);
        for (var i = 0; i < terms; i++) keys.Add(("t:" + weighted[i].Term, weighted[i].Weight));
        foreach (var e in f.Entities) keys.Add(("e:" + e, frequencies.EntityIdf(e)));
        foreach (var d in f.Dates) keys.Add(("d:" + d.ToString("yyyy-MM-dd"), 1.0));
        return _last = new ArticleKeys(f, frequencies.Articles, keys, terms);
    }

    private ArticleKeys? _last;

    private sealed record ArticleKeys(ArticleFeatures Of, long Articles, List<(string Key, double Weight)> All, int Terms)
    {
        /// <summary>The keys with only the first <paramref name="terms"/> stems, in the same order.</summary>
        public IEnumerable<(string Key, double Weight)> Query(int terms)
        {
            for (var i = 0; i < All.Count; i++)
                if (i < terms || i >= Terms) yield return All[i];
        }
    }
}
