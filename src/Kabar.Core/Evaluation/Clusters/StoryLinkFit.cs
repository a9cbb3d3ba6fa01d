using Kabar.Stories;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// Fits the story link's two values (<see cref="ClusteringSettings.StoryEntityWeight"/> and
/// <see cref="ClusteringSettings.StoryThreshold"/>) on corpora with gold stories: every pair of a
/// grid is replayed over each corpus's stored features (the engine as the pipeline ran it, without
/// reading the pages again), and the pair with the best story BCubed F1, averaged with each corpus
/// weighted alike, wins. Events do not depend on either value, so they are not scored.
/// </summary>
public static class StoryLinkFit
{
    /// <summary>A corpus to fit on: its stored features in stored order and its gold stories.</summary>
    public sealed record Corpus(string Name, IReadOnlyList<(string Doc, ArticleFeatures Features)> Stored, IReadOnlyDictionary<string, string> GoldStories);

    /// <summary>One point of the grid and its story F1 on each corpus.</summary>
    public sealed record Point(double EntityWeight, double Threshold, IReadOnlyList<double> F1)
    {
        public double Mean => F1.Average();
    }

    public static IReadOnlyList<double> EntityWeights { get; } = Enumerable.Range(0, 11).Select(i => i / 10.0).ToList();
    public static IReadOnlyList<double> Thresholds { get; } = Enumerable.Range(3, 12).Select(i => i * 0.05).ToList();

    /// <summary>
    /// Every grid point, best first. Means are compared to two decimals, and among equals the lower
    /// entity weight comes first: a story score that keeps its words leans less on the tagger, and the
    /// generated corpus, whose unrelated stories differ only in their names, cannot tell the top of
    /// the grid apart (held-out seeds move by ±0.005 across it). Then the lower threshold.
    /// </summary>
    public static IReadOnlyList<Point> Fit(IReadOnlyList<Corpus> corpora, ClusteringSettings? settings = null)
    {
        settings ??= new ClusteringSettings();
        var points = new List<Point>();
        foreach (var weight in EntityWeights)
            foreach (var threshold in Thresholds)
            {
                var tried = settings with { StoryEntityWeight = weight, StoryThreshold = Math.Round(threshold, 3) };
                var f1 = corpora.Select(c => ClusterScores.Score(c.GoldStories, ClusterBenchmark.Replay(c.Stored, tried).Stories).BCubed.F1).ToList();
                points.Add(new Point(weight, Math.Round(threshold, 3), f1));
            }
        return points.OrderByDescending(p => Math.Round(p.Mean, 2)).ThenBy(p => p.EntityWeight).ThenBy(p => p.Threshold).ToList();
    }
}
