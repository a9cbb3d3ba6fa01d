using System.Text.RegularExpressions;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// The plain baseline every clustering figure stands beside: TF-IDF vectors of the extracted
/// title and body (log tf × idf over lower-cased words, no stemming, no stop list, so it favours
/// no language), cosine similarity, average-link agglomerative clustering. The merges are
/// computed once (average link never merges below an earlier merge's similarity), so cutting at
/// any threshold is cheap, and a threshold can be fitted on training folds.
/// </summary>
public sealed partial class TfIdfBaseline
{
    /// <summary>Above this many documents the O(n²) similarity matrix is not built.</summary>
    public const int MaxDocuments = 1500;

    private readonly string[] _docs;
    private readonly List<(int A, int B, double Similarity)> _merges = [];

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public TfIdfBaseline(IReadOnlyDictionary<string, string> texts, double lowestMerge = 0.02)
    {
        _docs = texts.Keys.Order(StringComparer.Ordinal).ToArray();
        var n = _docs.Length;
        var vectors = Vectors(_docs.Select(d => texts[d]).ToList());
        var sim = new double[n][];
        for (var i = 0; i < n; i++)
        {
            sim[i] = new double[n];
            for (var j = 0; j < i; j++) sim[i][j] = sim[j][i] = Dot(vectors[i], vectors[j]);
        }
        // Average link by Lance-Williams updates over live clusters, the best pair found by a scan.
        var size = Enumerable.Repeat(1, n).ToArray();
        var live = Enumerable.Range(0, n).ToList();
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

    private static List<Dictionary<string, double>> Vectors(IReadOnlyList<string> texts)
    {
        var tfs = texts.Select(t => Word().Matches(t.ToLowerInvariant()).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => (double)g.Count())).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tf in tfs) foreach (var w in tf.Keys) df[w] = df.GetValueOrDefault(w) + 1;
        return tfs.Select(tf =>
        {
            var v = tf.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * Math.Log((texts.Count + 1.0) / (df[kv.Key] + 1.0)), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            foreach (var k in v.Keys.ToList()) v[k] = norm == 0 ? 0 : v[k] / norm;
            return v;
        }).ToList();
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (k, w) in small) if (large.TryGetValue(k, out var v)) dot += w * v;
        return dot;
    }
}
