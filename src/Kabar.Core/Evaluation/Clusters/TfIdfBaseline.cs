using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// The plain baseline every clustering figure stands beside: TF-IDF vectors of the extracted
/// title and body (log tf × idf over lower-cased words, no stemming, no stop list, so it favours
/// no language), cosine similarity, <see cref="AverageLink"/> clustering, cut at a threshold fitted on
/// all pages or on training folds.
/// </summary>
public sealed partial class TfIdfBaseline
{
    /// <summary>
    /// The most pages the exact baseline takes: its similarity matrix holds n(n-1)/2 floats, 1.8 GB at
    /// 30,000 pages (and past 65,000 more than one array can hold). Larger sets are scored without it.
    /// </summary>
    public const int MaxDocuments = 30_000;

    private readonly AverageLink _clustering;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public TfIdfBaseline(IReadOnlyDictionary<string, string> texts, double lowestMerge = 0.02)
    {
        if (texts.Count > MaxDocuments) throw new ArgumentException($"{texts.Count} pages: the exact baseline takes at most {MaxDocuments:N0}", nameof(texts));
        var docs = texts.Keys.Order(StringComparer.Ordinal).ToArray();
        _clustering = new AverageLink(docs, Cosines(Vectors(docs.Select(d => texts[d]).ToList())), lowestMerge);
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

    /// <summary>
    /// Every pair's cosine (the vectors have unit length), through the postings of each word: a page
    /// meets only the earlier pages that share a word with it, so pairs with nothing in common cost nothing.
    /// </summary>
    private static SimilarityMatrix Cosines(IReadOnlyList<Dictionary<string, double>> vectors)
    {
        var n = vectors.Count;
        var postings = new Dictionary<string, List<(int Doc, double Weight)>>(StringComparer.Ordinal);
        var matrix = new SimilarityMatrix(n);
        var row = new double[n];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(row, 0, i);
            foreach (var (word, weight) in vectors[i])
            {
                if (!postings.TryGetValue(word, out var earlier)) postings[word] = earlier = [];
                foreach (var (j, w) in CollectionsMarshal.AsSpan(earlier)) row[j] += weight * w;
                earlier.Add((i, weight));
            }
            var stored = matrix.Row(i);
            for (var j = 0; j < i; j++) stored[j] = (float)row[j];
        }
        return matrix;
    }
}
