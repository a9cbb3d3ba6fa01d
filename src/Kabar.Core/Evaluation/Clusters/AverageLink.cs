namespace Kabar.Evaluation.Clusters;

/// <summary>
/// Average-link agglomerative clustering of a similarity matrix, exact, by the nearest-neighbour
/// chain: follow each cluster to its most similar one until two are each other's best, merge them
/// (Lance-Williams: the merged cluster's similarity to another is the size-weighted mean of its
/// parts'), go on from the chain left. O(n²) time and no memory beyond the matrix, so 10,000 pages
/// take seconds where scanning for the best pair before every merge (O(n³)) took hours. Average
/// link never merges below an earlier merge's similarity (it is reducible), so the chain finds the
/// same merges as that scan, only in another order; they are sorted, then cutting at any threshold
/// is cheap and a threshold can be chosen on training folds.
/// </summary>
public sealed class AverageLink
{
    private readonly string[] _docs;
    private readonly List<(int A, int B, double Similarity)> _merges = [];

    /// <param name="docs">The items, in the order of the matrix's rows.</param>
    /// <param name="similarity">The items' similarities; it is overwritten.</param>
    /// <param name="lowestMerge">Merges below this similarity are not kept.</param>
    public AverageLink(string[] docs, SimilarityMatrix similarity, double lowestMerge)
    {
        _docs = docs;
        var sim = similarity;
        var size = Enumerable.Repeat(1, docs.Length).ToArray();
        // The live clusters, each named by one of its items; a merged cluster keeps the first's name.
        var live = Enumerable.Range(0, docs.Length).ToList();
        var chain = new List<int>();
        while (live.Count > 1)
        {
            if (chain.Count == 0) chain.Add(live[0]);
            var top = chain[^1];
            // The cluster the chain came from wins ties, so the chain ends in a pair that are each other's best.
            var previous = chain.Count > 1 ? chain[^2] : -1;
            var (next, best) = previous >= 0 ? (previous, sim[top, previous]) : (-1, float.NegativeInfinity);
            foreach (var k in live)
                if (k != top && sim[top, k] > best) (next, best) = (k, sim[top, k]);
            if (next != previous)
            {
                chain.Add(next);
                continue;
            }
            chain.RemoveRange(chain.Count - 2, 2);
            var (a, b) = (Math.Min(top, next), Math.Max(top, next));
            if (best >= lowestMerge) _merges.Add((a, b, best));
            live.Remove(b);
            foreach (var k in live)
                if (k != a) sim[a, k] = (float)(((double)size[a] * sim[a, k] + (double)size[b] * sim[b, k]) / (size[a] + size[b]));
            size[a] += size[b];
        }
        _merges.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
    }

    /// <summary>Doc to cluster when merging stops below <paramref name="threshold"/>.</summary>
    public IReadOnlyDictionary<string, string> Cut(double threshold)
    {
        var parent = Enumerable.Range(0, _docs.Length).ToArray();
        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        foreach (var (a, b, s) in _merges)
        {
            if (s < threshold) break;
            parent[Find(b)] = Find(a);
        }
        return Enumerable.Range(0, _docs.Length).ToDictionary(i => _docs[i], i => "b" + Find(i), StringComparer.Ordinal);
    }
}
