namespace Kabar.Evaluation.Clusters;

/// <summary>
/// Average-link agglomerative clustering of a similarity matrix, by Lance-Williams updates over
/// the live clusters (the best pair found by a scan: O(n³), for benchmark folders, not archives).
/// The merges are computed once; average link never merges below an earlier merge's similarity,
/// so cutting at any threshold is cheap and a threshold can be chosen on training folds.
/// </summary>
public sealed class AverageLink
{
    private readonly string[] _docs;
    private readonly List<(int A, int B, double Similarity)> _merges = [];

    /// <param name="docs">The items, in the order of the matrix's rows.</param>
    /// <param name="similarity">A symmetric matrix; it is overwritten.</param>
    /// <param name="lowestMerge">Merging stops below this similarity.</param>
    public AverageLink(string[] docs, double[][] similarity, double lowestMerge)
    {
        _docs = docs;
        var sim = similarity;
        var size = Enumerable.Repeat(1, docs.Length).ToArray();
        var live = Enumerable.Range(0, docs.Length).ToList();
        while (live.Count > 1)
        {
            var (bi, bj, best) = (-1, -1, double.MinValue);
            for (var x = 0; x < live.Count; x++)
                for (var y = x + 1; y < live.Count; y++)
                    if (sim[live[x]][live[y]] > best) (bi, bj, best) = (live[x], live[y], sim[live[x]][live[y]]);
            if (best < lowestMerge) break;
            _merges.Add((bi, bj, best));
            foreach (var k in live)
                if (k != bi && k != bj)
                    sim[bi][k] = sim[k][bi] = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
            size[bi] += size[bj];
            live.Remove(bj);
        }
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
