using System.Text.RegularExpressions;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// The plain baseline every clustering figure stands beside: TF-IDF vectors of the extracted
/// title and body (log tf × idf over lower-cased words, no stemming, no stop list, so it favours
/// no language), cosine similarity, <see cref="AverageLink"/> clustering, cut at a threshold fitted on training folds.
/// </summary>
public sealed partial class TfIdfBaseline
{
    /// <summary>Above this many documents the O(n²) similarity matrix is not built.</summary>
    public const int MaxDocuments = 1500;

    private readonly AverageLink _clustering;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public TfIdfBaseline(IReadOnlyDictionary<string, string> texts, double lowestMerge = 0.02)
    {
        var docs = texts.Keys.Order(StringComparer.Ordinal).ToArray();
        var n = docs.Length;
        var vectors = Vectors(docs.Select(d => texts[d]).ToList());
        var sim = new double[n][];
        for (var i = 0; i < n; i++)
        {
            sim[i] = new double[n];
            for (var j = 0; j < i; j++) sim[i][j] = sim[j][i] = Dot(vectors[i], vectors[j]);
        }
        _clustering = new AverageLink(docs, sim, lowestMerge);
    }

    /// <summary>Doc to cluster when merging stops below <paramref name="threshold"/>.</summary>
    public IReadOnlyDictionary<string, string> Cut(double threshold) => _clustering.Cut(threshold);

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
