using Kabar.Evaluation.Clusters;

namespace Kabar.Tests.Stories;

public class ClusterScoresTests
{
    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y" };
        var s = ClusterScores.Score(gold, new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" });
        Assert.Equal(1.0, s.BCubed.F1, 6);
        Assert.Equal(1.0, s.Pairwise.F1, 6);
    }

    [Fact]
    public void Lumping_everything_keeps_recall_and_loses_precision_as_bcubed_defines_it()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y" };
        var s = ClusterScores.Score(gold, gold.Keys.ToDictionary(k => k, _ => "all"));
        Assert.Equal(0.5, s.BCubed.Precision, 6);
        Assert.Equal(1.0, s.BCubed.Recall, 6);
        Assert.Equal(2.0 / 6, s.Pairwise.Precision, 6);
    }

    [Fact]
    public void Items_the_system_left_out_count_as_singletons()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x" };
        var s = ClusterScores.Score(gold, new Dictionary<string, string> { ["a"] = "1" });
        Assert.Equal(1.0, s.BCubed.Precision, 6);
        Assert.Equal(0.5, s.BCubed.Recall, 6);
    }
}
