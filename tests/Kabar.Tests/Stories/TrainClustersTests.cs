using System.Globalization;
using Kabar.Evaluation.Clusters;
using Kabar.Stories;
using Kabar.Tests.Support;

namespace Kabar.Tests.Stories;

/// <summary>The event link is fitted by `kabar train clusters`, and what it wrote is what the engine uses.</summary>
public class TrainClustersTests
{
    private static Dictionary<string, double> Values(string file) => File.ReadAllLines(file)
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
        .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    [Fact]
    public void The_engine_uses_the_committed_event_link()
    {
        var file = Values(Path.Combine(Repo.Root, "src", "Kabar.Core", "Resources", "Stories", "event-link.tsv"));
        var settings = new ClusteringSettings();
        foreach (var name in EventLink.Weighted) Assert.Equal(file[name], settings.EventLink.Weights[name]);
        Assert.Equal(file[EventLink.JoinThreshold], settings.EventThreshold);
        Assert.Equal(file[EventLink.MergeThreshold], settings.MergeThreshold);
    }

    [Fact]
    public void A_model_file_without_a_weight_is_refused_with_its_name()
    {
        var rows = EventLink.Weighted.Where(w => w != "terms").Select(w => new[] { w, "1" });
        var e = Assert.Throws<InvalidDataException>(() => EventLink.FromRows(rows, "old-link.tsv"));
        Assert.Contains("old-link.tsv", e.Message);
        Assert.Contains("terms", e.Message);
    }

    [Fact]
    public void Shared_words_raise_the_link_and_days_apart_lower_it()
    {
        var link = EventLink.Default;
        double[] Pair(double terms, double daysApart) =>
            EventLink.Features.Select(f => f switch { "terms" => terms, "event_days_apart" => daysApart, "articles_known" => 2.0, _ => 0.0 }).ToArray();
        Assert.True(link.Probability(Pair(0.8, 0)) > link.Probability(Pair(0.2, 0)));
        Assert.True(link.Probability(Pair(0.8, 1)) < link.Probability(Pair(0.8, 0)));
    }

    [Fact]
    public void Training_on_gold_events_writes_every_weight_and_the_same_file_twice()
    {
        var dir = Directory.CreateTempSubdirectory("kabar-train-clusters-").FullName;
        try
        {
            GeneratedCorpus.Write(Path.Combine(dir, "gen"), 150, seed: 13);
            string Train(string name)
            {
                var output = Path.Combine(dir, name);
                var r = KabarProcess.Run("train", "clusters", Path.Combine(dir, "gen"), Path.Combine(Repo.Root, "bench", "clusters", "samples"), "-o", output);
                Assert.Equal(0, r.ExitCode);
                Assert.Contains("replayed event BCubed F1", r.Stdout);
                return File.ReadAllText(output);
            }
            var first = Train("a.tsv");
            Assert.Equal(first, Train("b.tsv"));
            var values = Values(Path.Combine(dir, "a.tsv"));
            foreach (var name in EventLink.Weighted) Assert.True(values.ContainsKey(name), name);
            Assert.True(values["terms"] > 0, "shared words must count for the same event");
            Assert.Contains(values[EventLink.MergeThreshold], EventLinkFit.MergeThresholds);
            Assert.Contains("Fitted on gen (150 articles), samples (5 articles)", first);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
