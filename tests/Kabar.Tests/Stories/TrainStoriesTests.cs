using System.Globalization;
using Kabar.Evaluation.Clusters;
using Kabar.Stories;
using Kabar.Tests.Support;

namespace Kabar.Tests.Stories;

/// <summary>The story link is fitted by `kabar train stories`, and what it wrote is what the engine uses.</summary>
public class TrainStoriesTests
{
    private static Dictionary<string, double> Values(string file) => File.ReadAllLines(file)
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
        .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    [Fact]
    public void The_engine_uses_the_committed_story_link()
    {
        var file = Values(Path.Combine(Repo.Root, "src", "Kabar.Core", "Resources", "Stories", "story-link.tsv"));
        var settings = new ClusteringSettings();
        Assert.Equal(file["entity_weight"], settings.StoryEntityWeight);
        Assert.Equal(file["threshold"], settings.StoryThreshold);
    }

    [Fact]
    public void Training_on_gold_stories_writes_a_fitted_link_from_the_grid()
    {
        var dir = Directory.CreateTempSubdirectory("kabar-train-stories-").FullName;
        try
        {
            GeneratedCorpus.Write(Path.Combine(dir, "gen"), 150, seed: 13);
            var output = Path.Combine(dir, "story-link.tsv");
            var r = KabarProcess.Run("train", "stories", Path.Combine(dir, "gen"), Path.Combine(Repo.Root, "bench", "clusters", "samples"), "-o", output);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("mean story F1", r.Stdout);
            var values = Values(output);
            Assert.Contains(values["entity_weight"], StoryLinkFit.EntityWeights);
            Assert.Contains(values["threshold"], StoryLinkFit.Thresholds.Select(t => Math.Round(t, 3)));
            Assert.Contains("Fitted on gen (150 articles), samples (5 articles)", File.ReadAllText(output));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_folder_without_gold_stories_is_refused_with_its_name()
    {
        var dir = Directory.CreateTempSubdirectory("kabar-train-nostories-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "pages"));
            File.Copy(Directory.GetFiles(Repo.Samples)[0], Path.Combine(dir, "pages", "a.txt"));
            File.WriteAllText(Path.Combine(dir, "clusters.json"), """{"x": ["a"]}""");
            var r = KabarProcess.Run("train", "stories", dir, "-o", Path.Combine(dir, "out.tsv"));
            Assert.NotEqual(0, r.ExitCode);
            Assert.Contains(dir, r.Stderr);
            Assert.Contains("stories.json", r.Stderr);
            Assert.False(File.Exists(Path.Combine(dir, "out.tsv")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
