using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kabar.Evaluation.Clusters;
using Kabar.Serialization;
using Kabar.Stories;

namespace Kabar.Cli.Commands;

/// <summary>`kabar eval clusters DIR`: event BCubed and pairwise scores against a folder's clusters.json.</summary>
internal sealed class EvalClustersCommand : ICliCommand
{
    public int Order => 30;
    public string? Parent => "eval";

    public Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder with pages/DOC.txt and clusters.json ({cluster: [DOC...]})." };
        var json = CommonOptions.Json();
        var threshold = new Option<double?>("--threshold") { Description = "Event threshold to use instead of the default." };
        var shuffle = new Option<int?>("--shuffle")
        {
            Description = "Feed the pages in an order shuffled with this seed, in chunks of 128 as an ingest of unordered files would, instead of as one batch.",
        };
        var sweep = new Option<bool>("--sweep") { Description = "Also score a range of event thresholds around the default (for tuning)." };
        var assignments = new Option<bool>("--assignments") { Description = "Also print each page's gold cluster and found event (tab-separated), to see what went wrong." };
        var command = new Command("clusters", "Cluster a benchmark's pages into events and score them against its gold clusters (BCubed and pairwise).")
        {
            dir, json, threshold, sweep, assignments, shuffle,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var loaded = ClusterBenchmark.Load(folder, out var error);
            if (loaded is null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.AllFailed;
            }
            var (pages, gold) = loaded.Value;
            var annotated = Terminal.WithProgress("annotating", pages.Count,
                tick => Kabar.Annotation.BatchAnnotator.Annotate(pages, onArticleDone: tick));
            var features = annotated.Select(StoryEngine.Features).ToList();
            var settings = new ClusteringSettings();
            if (parse.GetValue(threshold) is { } t) settings = settings with { EventThreshold = t };

            if (parse.GetValue(assignments))
            {
                var found = ClusterBenchmark.Cluster(features, settings);
                foreach (var doc in gold.Keys.Order(StringComparer.Ordinal))
                    Console.Out.WriteLine($"{doc}\t{gold[doc]}\t{found.GetValueOrDefault(doc, "-")}");
            }
            var runs = new List<(double Threshold, ClusterScores Scores)>();
            var thresholds = parse.GetValue(sweep)
                ? Enumerable.Range(-6, 13).Select(i => Math.Round(settings.EventThreshold + i * 0.025, 3)).Where(x => x > 0)
                : [settings.EventThreshold];
            var seed = parse.GetValue(shuffle);
            foreach (var th in thresholds)
            {
                var chosen = settings with { EventThreshold = th };
                runs.Add((th, ClusterScores.Score(gold, seed is { } s ? ClusterBenchmark.ClusterShuffled(features, chosen, s) : ClusterBenchmark.Cluster(features, chosen))));
            }

            if (parse.GetValue(json))
            {
                var rows = runs.Select(r => new
                {
                    threshold = r.Threshold, items = r.Scores.Items, gold_clusters = r.Scores.GoldClusters, system_clusters = r.Scores.SystemClusters,
                    bcubed = new { precision = r.Scores.BCubed.Precision, recall = r.Scores.BCubed.Recall, f1 = r.Scores.BCubed.F1 },
                    pairwise = new { precision = r.Scores.Pairwise.Precision, recall = r.Scores.Pairwise.Recall, f1 = r.Scores.Pairwise.F1 },
                });
                Console.Out.WriteLine(JsonSerializer.Serialize(rows.Count() == 1 ? rows.First() : (object)rows.ToList(), KabarJson.Options));
            }
            else
            {
                foreach (var (th, s) in runs)
                    Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
                        "threshold {0:0.000}: {1} pages, {2} gold events, {3} found; BCubed P {4:0.000} R {5:0.000} F1 {6:0.000}; pairwise P {7:0.000} R {8:0.000} F1 {9:0.000}",
                        th, s.Items, s.GoldClusters, s.SystemClusters, s.BCubed.Precision, s.BCubed.Recall, s.BCubed.F1, s.Pairwise.Precision, s.Pairwise.Recall, s.Pairwise.F1));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
