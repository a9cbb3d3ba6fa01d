using Kabar.Stories;
using Kabar.Stories.Engine;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// Kabar's own pair link with every page in view: each pair of stored articles scored by the
/// engine's <see cref="Similarity.Event"/> (the learnt <see cref="EventLink"/>) under the document
/// frequencies of the whole set, then <see cref="AverageLink"/> clustering. No arrival order, no
/// greedy join, nothing placed that cannot be undone: what a repair step over the stream could
/// reach at most with the same features. When it is not above the stream, the gap to a baseline
/// lies in the features, not in the placement.
/// </summary>
public static class AllPagesAtOnce
{
    /// <summary>The link probabilities the clustering is cut at.</summary>
    public static IReadOnlyList<double> Cuts { get; } = Enumerable.Range(1, 19).Select(i => Math.Round(i * 0.05, 2)).ToList();

    public static AverageLink Cluster(IReadOnlyList<(string Doc, ArticleFeatures Features)> stored, ClusteringSettings settings)
    {
        var frequencies = new DocumentFrequencies();
        foreach (var (_, f) in stored) frequencies.Learn(f);
        var similarity = new Similarity(settings, frequencies);
        var articles = stored.Select(s => { var c = new Centroid(); c.Add(s.Features, int.MaxValue); return c; }).ToList();
        var n = articles.Count;
        var matrix = new SimilarityMatrix(n);
        for (var i = 0; i < n; i++)
        {
            var row = matrix.Row(i);
            for (var j = 0; j < i; j++) row[j] = (float)similarity.Event(articles[i], articles[j]);
        }
        return new AverageLink(stored.Select(s => s.Doc).ToArray(), matrix, Cuts[0]);
    }
}
