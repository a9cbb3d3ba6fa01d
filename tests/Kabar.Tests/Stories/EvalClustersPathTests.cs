using System.Text.Json;
using System.Text.Json.Nodes;
using Kabar.Evaluation.Clusters;
using Kabar.Tests.Support;

namespace Kabar.Tests.Stories;

/// <summary>
/// `kabar eval clusters` scores what `kabar brief` makes: the same pipeline, the same chunks, the
/// same events. A benchmark folder is made of the sample pages (two events of one story).
/// </summary>
public class EvalClustersPathTests
{
    private static Storage.TempFolder SampleBenchmark()
    {
        var folder = new Storage.TempFolder("kabar-eval-clusters-");
        var dir = folder.Path;
        var pages = Directory.CreateDirectory(Path.Combine(dir, "pages")).FullName;
        foreach (var f in Directory.GetFiles(Repo.Samples, "*.txt")) File.Copy(f, Path.Combine(pages, Path.GetFileName(f)));
        var docs = Directory.GetFiles(pages).Select(ClusterBenchmark.Doc).Order(StringComparer.Ordinal).ToList();
        // As the samples' gold says: 000 to 003 report the talks set for 10 January; 004 the answer in February.
        var clusters = new Dictionary<string, List<string>> { ["talks"] = docs.Take(4).ToList(), ["answer"] = docs.Skip(4).ToList() };
        File.WriteAllText(Path.Combine(dir, "clusters.json"), JsonSerializer.Serialize(clusters));
        File.WriteAllText(Path.Combine(dir, "stories.json"), JsonSerializer.Serialize(new Dictionary<string, List<string>> { ["affair"] = docs }));
        return folder;
    }

    [Fact]
    public void The_events_scored_are_the_events_the_brief_shows()
    {
        using var bench = SampleBenchmark();
        var dir = bench.Path;
        var brief = KabarProcess.Run("brief", Path.Combine(dir, "pages"), "--json");
        Assert.Equal(0, brief.ExitCode);
        var briefEvents = JsonNode.Parse(brief.Stdout)!["stories"]!.AsArray()
            .SelectMany(s => s!["events"]!.AsArray())
            .Select(e => e!["articles"]!.AsArray().Select(a => ClusterBenchmark.Doc((string)a!)).Order(StringComparer.Ordinal).ToList())
            .OrderBy(e => e[0], StringComparer.Ordinal).ToList();

        var folder = ClusterBenchmark.Load(dir, out var error);
        Assert.Null(error);
        var run = ClusterBenchmark.Ingest([folder!.PagesFolder]);
        var evalEvents = run.Events.GroupBy(kv => kv.Value).Select(g => g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList())
            .OrderBy(e => e[0], StringComparer.Ordinal).ToList();
        Assert.Equal(briefEvents, evalEvents);
        Assert.Equal(2, evalEvents.Count);

        // The replay used for threshold sweeps and folds places the stored articles as the pipeline did.
        var replayed = ClusterBenchmark.Replay(run.Stored, new Kabar.Stories.ClusteringSettings()).Events;
        Assert.Equal(evalEvents, replayed.GroupBy(kv => kv.Value).Select(g => g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList())
            .OrderBy(e => e[0], StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void The_command_prints_events_stories_and_the_baseline_beside_them()
    {
        using var bench = SampleBenchmark();
        var r = KabarProcess.Run("eval", "clusters", bench.Path, "--folds", "2");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("kabar events (as `kabar brief`): BCubed P 1.000 R 1.000 F1 1.000", r.Stdout);
        Assert.Contains("kabar stories: BCubed P 1.000 R 1.000 F1 1.000", r.Stdout);
        Assert.Contains("tf-idf average link", r.Stdout);
        Assert.Contains("held out by topic", r.Stdout);

        // Each fold's fit can take more corpora whole, as the shipped link is fitted on more than one.
        using var other = SampleBenchmark();
        var with = KabarProcess.Run("eval", "clusters", bench.Path, "--folds", "2", "--train-with", other.Path);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("held out by topic", with.Stdout);
        // ... and the baseline is then shown under the same constraint: one threshold for all of them.
        Assert.Contains("the baseline with one threshold for these folds and the --train-with corpora together", with.Stdout);
        Assert.DoesNotContain("the baseline with one threshold", r.Stdout);
        var missing = KabarProcess.Run("eval", "clusters", bench.Path, "--folds", "2", "--train-with", Path.Combine(other.Path, "nowhere"));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("nowhere", missing.Stderr);
    }

    [Fact]
    public void All_pages_at_once_clusters_the_same_pairs_by_average_link_and_keeps_the_two_events_apart()
    {
        using var bench = SampleBenchmark();
        var folder = ClusterBenchmark.Load(bench.Path, out _)!;
        var run = ClusterBenchmark.Ingest([folder.PagesFolder]);
        var whole = AllPagesAtOnce.Cluster(run.Stored, new Kabar.Stories.ClusteringSettings());
        // At the join probability the stream uses, the talks and the answer stay two events.
        Assert.Equal(1.0, ClusterScores.Score(folder.Gold, whole.Cut(0.5)).BCubed.F1);
        // Cut below every pair's link, everything is one cluster; above every link, each page stands alone.
        Assert.Single(whole.Cut(AllPagesAtOnce.Cuts[0]).Values.Distinct());
        Assert.Equal(run.Stored.Count, whole.Cut(1.01).Values.Distinct().Count());

        var r = KabarProcess.Run("eval", "clusters", folder.PagesFolder[..^"/pages".Length], "--all-at-once");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("kabar's link, average link over all pages at once", r.Stdout);
    }
}
