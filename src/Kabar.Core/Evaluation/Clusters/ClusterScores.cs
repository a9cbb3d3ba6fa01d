namespace Kabar.Evaluation.Clusters;

/// <summary>Precision, recall and F1 of one way of scoring a clustering against gold clusters.</summary>
public sealed record PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>BCubed (per item, averaged) and pairwise (per pair of items) scores of a clustering.</summary>
public sealed record ClusterScores(PrecisionRecall BCubed, PrecisionRecall Pairwise, int Items, int GoldClusters, int SystemClusters)
{
    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/> (item to cluster label); items missing from the system count as singletons.</summary>
    public static ClusterScores Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> system)
    {
        var items = gold.Keys.ToList();
        string Sys(string item) => system.TryGetValue(item, out var c) ? c : "\u0001" + item;
        var goldSize = items.GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.Count());
        var sysSize = items.GroupBy(Sys).ToDictionary(g => g.Key, g => g.Count());
        var both = items.GroupBy(i => (gold[i], Sys(i))).ToDictionary(g => g.Key, g => g.Count());

        double p = 0, r = 0;
        foreach (var i in items)
        {
            var shared = both[(gold[i], Sys(i))];
            p += (double)shared / sysSize[Sys(i)];
            r += (double)shared / goldSize[gold[i]];
        }
        static double Pairs(int n) => n * (n - 1) / 2.0;
        var truePairs = both.Values.Sum(Pairs);
        var sysPairs = sysSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        return new ClusterScores(
            new PrecisionRecall(p / items.Count, r / items.Count),
            new PrecisionRecall(sysPairs == 0 ? 1 : truePairs / sysPairs, goldPairs == 0 ? 1 : truePairs / goldPairs),
            items.Count, goldSize.Count, sysSize.Count);
    }
}
