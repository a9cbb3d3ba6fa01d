using Kabar.Evaluation.Clusters;
using Xunit;

namespace Kabar.Tests.Stories;

public class TopicFoldsTests
{
    // Two ECB+-style topics, one event each: doc names carry the topic before '_'.
    private static readonly Dictionary<string, string> Gold = new(StringComparer.Ordinal)
    {
        ["1_1ecb"] = "1", ["1_2ecb"] = "1", ["2_1ecb"] = "2", ["2_2ecb"] = "2",
    };

    // Candidate 0 keeps each topic's pair together (right here); candidate 1 splits every doc.
    private static readonly List<(double Candidate, IReadOnlyDictionary<string, string> System)> Candidates =
    [
        (0.1, new Dictionary<string, string>(Gold, StringComparer.Ordinal)),
        (0.9, Gold.Keys.ToDictionary(d => d, d => d, StringComparer.Ordinal)),
    ];

    [Fact]
    public void Each_fold_chooses_on_the_other_folds_alone()
    {
        var folds = new TopicFolds(Gold, null, 2);
        Assert.All(folds.HeldOut(Gold, Candidates), f => Assert.Equal(0.1, f.Chosen));
    }

    [Fact]
    public void One_value_for_several_corpora_is_chosen_on_their_mean()
    {
        // Another corpus where the second candidate is far better outweighs the other fold's preference:
        // the fold's own best (0.1, F1 1 against 0.67) loses on the mean (1 + 0 < 0.67 + 1).
        var folds = new TopicFolds(Gold, null, 2);
        var held = folds.HeldOut(Gold, Candidates, [[0.0, 1.0]]);
        Assert.All(held, f => Assert.Equal(0.9, f.Chosen));
        Assert.All(held, f => Assert.True(f.HeldOut.BCubed.F1 < 1));
    }
}
