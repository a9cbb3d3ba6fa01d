using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kabar.Evaluation.Clusters;
using Kabar.Serialization;
using Kabar.Stories;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar eval clusters DIR`: the pages go through `kabar brief`'s own pipeline; the events (and
/// stories) it stored are scored against the folder's gold, beside a TF-IDF average-link baseline,
/// in-sample and, with --folds, held out by topic.
/// </summary>
internal sealed class EvalClustersCommand : ICliCommand
{
    public int Order => 30;
    public string? Parent => "eval";

    public Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder with pages/DOC.* and clusters.json ({cluster: [DOC...]}); stories.json ({story: [DOC...]}) too for story scores." };
        var json = CommonOptions.Json();
        var threshold = new Option<double?>("--threshold") { Description = "The link probability an article needs to join an event, instead of the event link's own (join_at, 0.5)." };
        var shuffle = new Option<int?>("--shuffle") { Description = "Feed the page files in an order shuffled with this seed (an ingest of files listed in no order)." };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate by topic: fit Kabar's event link (weights and merge threshold, as `kabar train clusters`) and choose the baseline's threshold on K-1 folds, score the fold left out." };
        var chunk = new Option<int?>("--chunk-size") { Description = $"Pages per ingest chunk (default {Kabar.Ingestion.IngestPipeline.DefaultChunkSize}, as every command)." };
        var publishOrder = new Option<bool>("--publish-order") { Description = "Score the stored articles placed again in publish order (a crawl that arrives in time order) instead of the order read." };
        var setting = CommonOptions.Settings();
        var allAtOnce = new Option<bool>("--all-at-once") { Description = "Also cluster the pages by average link over Kabar's own pair link with all pages in view (no arrival order, no greedy join): what a repair of the stream could reach at most with the same features." };
        var trainWith = new Option<string[]>("--train-with") { Description = "With --folds: a folder with gold events (pages/ and clusters.json) added whole to every fold's fit, as `kabar train clusters` fits the shipped link on more than one corpus (e.g. the generated corpus); the baseline is then also shown with one threshold chosen over the folds and these corpora together. Repeatable.", AllowMultipleArgumentsPerToken = false };
        var assignments = new Option<bool>("--assignments") { Description = "Also print each page's gold cluster and found event (tab-separated), to see what went wrong." };
        var command = new Command("clusters", "Run the pages through the same pipeline as `kabar brief` and score its events (and stories) against gold clusters (BCubed, pairwise), beside a TF-IDF average-link baseline.")
        {
            dir, json, threshold, shuffle, folds, chunk, publishOrder, setting, allAtOnce, assignments, trainWith,
        };
        command.SetAction(parse =>
        {
            var folder = ClusterBenchmark.Load(parse.GetValue(dir)!, out var error);
            if (folder is null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.AllFailed;
            }
            if (parse.GetValue(folds) is < 2) { Console.Error.WriteLine("kabar eval clusters: --folds needs at least 2"); return ExitCodes.UsageError; }
            var settings = new ClusteringSettings();
            if (parse.GetValue(threshold) is { } t) settings = settings with { EventThreshold = t };
            if (CommonOptions.Clustering(settings, parse.GetValue(setting), "eval clusters") is not { } chosen) return ExitCodes.UsageError;
            settings = chosen;
            // Unshuffled, the input is the pages folder itself: exactly what `kabar brief DIR/pages` reads.
            var pages = folder.Pages.ToArray();
            string[] input = [folder.PagesFolder];
            if (parse.GetValue(shuffle) is { } seed) { new Random(seed).Shuffle(pages); input = pages; }
            var run = Terminal.WithProgress("reading", pages.Length,
                tick => ClusterBenchmark.Ingest(input, settings, parse.GetValue(chunk) ?? Kabar.Ingestion.IngestPipeline.DefaultChunkSize, tick));
            if (parse.GetValue(publishOrder))
            {
                var stored = ArrivalOrder.OfUnorderedSet(run.Stored.Select(s => s.Features with { Source = s.Doc })).Select(f => (f.Source, f)).ToList();
                var (events, stories) = ClusterBenchmark.Replay(stored, settings);
                run = run with { Stored = stored, Events = events, Stories = stories };
            }

            if (parse.GetValue(assignments))
                foreach (var doc in folder.Gold.Keys.Order(StringComparer.Ordinal))
                    Console.Out.WriteLine($"{doc}\t{folder.Gold[doc]}\t{run.Events.GetValueOrDefault(doc, "-")}");

            var report = new Report
            {
                Pages = pages.Length,
                Read = run.Stored.Count,
                Events = ClusterScores.Score(folder.Gold, run.Events),
                Stories = folder.GoldStories is { } gs ? ClusterScores.Score(gs, run.Stories) : null,
            };
            List<(double Candidate, IReadOnlyDictionary<string, string> System)>? cuts = null;
            if (run.Bodies.Count > TfIdfBaseline.MaxDocuments)
                Console.Error.WriteLine($"kabar eval clusters: the TF-IDF baseline is left out: {run.Bodies.Count:N0} pages, more than the {TfIdfBaseline.MaxDocuments:N0} its exact similarity matrix holds");
            else
            {
                var baseline = new TfIdfBaseline(run.Bodies);
                cuts = Enumerable.Range(2, 27).Select(i => i * 0.025).Select(x => (Candidate: Math.Round(x, 3), System: baseline.Cut(x))).ToList();
                var best = cuts.MaxBy(c => ClusterScores.Score(folder.Gold, c.System).BCubed.F1);
                report.Baseline = ClusterScores.Score(folder.Gold, best.System);
                report.BaselineThreshold = best.Candidate;
            }
            if (cuts is not null && folder.GoldStories is { } goldStories)
            {
                // The same baseline cut where it best matches the stories: a looser cut gathers threads.
                var storyCut = cuts.MaxBy(c => ClusterScores.Score(goldStories, c.System).BCubed.F1);
                report.BaselineStories = ClusterScores.Score(goldStories, storyCut.System);
                report.BaselineStoriesThreshold = storyCut.Candidate;
            }
            List<(double Candidate, IReadOnlyDictionary<string, string> System)>? wholeCuts = null;
            if (parse.GetValue(allAtOnce))
            {
                var whole = AllPagesAtOnce.Cluster(run.Stored, settings);
                wholeCuts = AllPagesAtOnce.Cuts.Select(x => (Candidate: x, System: whole.Cut(x))).ToList();
                var bestWhole = wholeCuts.MaxBy(c => ClusterScores.Score(folder.Gold, c.System).BCubed.F1);
                report.AllAtOnce = ClusterScores.Score(folder.Gold, bestWhole.System);
                report.AllAtOnceCut = bestWhole.Candidate;
            }
            if (parse.GetValue(folds) is { } k)
            {
                var topicFolds = new TopicFolds(folder.Gold, folder.GoldStories, k);
                // The shipped link is fitted on more than this folder (`kabar train clusters ecbplus-dev gen3`): so is each fold's.
                if (GoldFolders.Read(parse.GetValue(trainWith) ?? [], needStories: false) is not { } more) return ExitCodes.AllFailed;
                var extra = more.Select(r => new EventLinkFit.Corpus(r.Dir, r.Run.Stored, r.Folder.Gold, r.Folder.GoldStories)).ToList();
                // Kabar's event link is fitted again on the other folds (weights and thresholds), as `kabar train clusters` fits it.
                var kabar = topicFolds.Refit(folder.Gold, train =>
                {
                    var corpus = new EventLinkFit.Corpus(folder.PagesFolder, run.Stored.Where(s => train.Contains(s.Doc)).ToList(),
                        folder.Gold.Where(g => train.Contains(g.Key)).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal), folder.GoldStories);
                    var link = EventLinkFit.Fit([corpus, .. extra], settings).Link;
                    return (link.MergeAt, ClusterBenchmark.Replay(run.Stored, settings with { EventLink = link }).Events);
                });
                var plain = cuts is null ? null : topicFolds.HeldOut(folder.Gold, cuts);
                // The baseline under the shipped link's constraint: one threshold for this folder's other folds and
                // every --train-with corpus together, as the shipped merge threshold is one value for all of them.
                var elsewhere = cuts is null ? [] : more.Select(r => BaselineF1s(r.Dir, r.Folder.Gold, r.Run.Bodies, cuts.Select(c => c.Candidate).ToList())).OfType<IReadOnlyList<double>>().ToList();
                var shipped = cuts is null || elsewhere.Count == 0 ? null : topicFolds.HeldOut(folder.Gold, cuts, elsewhere);
                if (wholeCuts is not null)
                {
                    var held = topicFolds.HeldOut(folder.Gold, wholeCuts);
                    report.AllAtOnceHeldOut = held.Average(h => h.HeldOut.BCubed.F1);
                }
                report.Folds = Enumerable.Range(0, k).Select(f => new FoldRow(f + 1, topicFolds.Docs(f).Count,
                    TopicFolds.Restricted(folder.Gold, run.Events, topicFolds.Docs(f)).BCubed.F1,
                    kabar[f].Fitted, kabar[f].HeldOut.BCubed.F1, kabar[f].HeldOut.BCubed.Precision, kabar[f].HeldOut.BCubed.Recall, plain?[f].Chosen ?? double.NaN, plain?[f].HeldOut.BCubed.F1 ?? double.NaN,
                    shipped?[f].Chosen, shipped?[f].HeldOut.BCubed.F1)).ToList();
            }

            if (parse.GetValue(json)) Console.Out.WriteLine(JsonSerializer.Serialize(report, KabarJson.Options));
            else report.Write(Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The baseline's BCubed F1 on a corpus at each threshold, for the one threshold chosen over every corpus; null (said on stderr) for a corpus too large for it.</summary>
    private static IReadOnlyList<double>? BaselineF1s(string dir, IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> bodies, IReadOnlyList<double> thresholds)
    {
        if (bodies.Count > TfIdfBaseline.MaxDocuments)
        {
            Console.Error.WriteLine($"kabar eval clusters: {dir} is left out of the one-threshold baseline: {bodies.Count:N0} pages, more than the {TfIdfBaseline.MaxDocuments:N0} its exact similarity matrix holds");
            return null;
        }
        var baseline = new TfIdfBaseline(bodies);
        return thresholds.Select(t => ClusterScores.Score(gold, baseline.Cut(t)).BCubed.F1).ToList();
    }

    /// <summary>One fold's figures; the shipped baseline's only with --train-with.</summary>
    private sealed record FoldRow(int Fold, int Docs, double KabarDefault, double KabarThreshold, double KabarHeldOut, double KabarHeldOutPrecision, double KabarHeldOutRecall, double BaselineThreshold, double BaselineHeldOut,
        double? ShippedBaselineThreshold, double? ShippedBaselineHeldOut);

    private sealed class Report
    {
        public int Pages { get; init; }
        public int Read { get; init; }
        public required ClusterScores Events { get; init; }
        public ClusterScores? Stories { get; init; }
        public ClusterScores? Baseline { get; set; }
        public double? BaselineThreshold { get; set; }
        public ClusterScores? BaselineStories { get; set; }
        public double? BaselineStoriesThreshold { get; set; }
        public List<FoldRow>? Folds { get; set; }
        public ClusterScores? AllAtOnce { get; set; }
        public double? AllAtOnceCut { get; set; }
        public double? AllAtOnceHeldOut { get; set; }

        public void Write(TextWriter o)
        {
            var c = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(c, $"{Pages} pages, {Read} read; {Events.GoldClusters} gold events, {Events.SystemClusters} found"));
            o.WriteLine(Line("kabar events (as `kabar brief`)", Events));
            if (Stories is { } s) o.WriteLine(Line("kabar stories", s));
            if (Baseline is { } b) o.WriteLine(Line(string.Create(c, $"tf-idf average link, threshold {BaselineThreshold:0.000} fitted on all pages"), b));
            if (BaselineStories is { } bs)
                o.WriteLine(Line(string.Create(c, $"tf-idf average link as stories, threshold {BaselineStoriesThreshold:0.000} fitted on all pages"), bs)
                    + (Stories is { } ks && ks.BCubed.F1 < bs.BCubed.F1 ? "  (kabar stories below the baseline)" : ""));
            if (AllAtOnce is { } w) o.WriteLine(Line(string.Create(c, $"kabar's link, average link over all pages at once, cut {AllAtOnceCut:0.00} fitted on all pages"), w));
            if (Folds is not { } folds) return;
            o.WriteLine("held out by topic (Kabar's event link fitted and the baseline's threshold chosen on the other folds; BCubed F1):");
            o.WriteLine("fold  docs  kabar-default  kabar-merge-at  kabar-held-out (P, R)  baseline-threshold  baseline-held-out");
            foreach (var f in folds)
                o.WriteLine(string.Create(c, $"{f.Fold,4}  {f.Docs,4}  {f.KabarDefault,13:0.000}  {f.KabarThreshold,14:0.00}  {f.KabarHeldOut,14:0.000} ({f.KabarHeldOutPrecision:0.000}, {f.KabarHeldOutRecall:0.000})  {f.BaselineThreshold,18:0.000}  {f.BaselineHeldOut,17:0.000}{(f.KabarHeldOut < f.BaselineHeldOut ? "  (kabar below the baseline)" : "")}"));
            o.WriteLine(string.Create(c, $"mean  {folds.Sum(f => f.Docs),4}  {folds.Average(f => f.KabarDefault),13:0.000}  {"",14}  {folds.Average(f => f.KabarHeldOut),14:0.000} ({folds.Average(f => f.KabarHeldOutPrecision):0.000}, {folds.Average(f => f.KabarHeldOutRecall):0.000})  {"",18}  {folds.Average(f => f.BaselineHeldOut),17:0.000}"));
            if (folds.All(f => f.ShippedBaselineHeldOut is not null))
            {
                o.WriteLine("the baseline with one threshold for these folds and the --train-with corpora together (as Kabar's shipped link is one fit for all):");
                o.WriteLine("fold  baseline-threshold  baseline-held-out");
                foreach (var f in folds)
                    o.WriteLine(string.Create(c, $"{f.Fold,4}  {f.ShippedBaselineThreshold,18:0.000}  {f.ShippedBaselineHeldOut,17:0.000}{(f.KabarHeldOut < f.ShippedBaselineHeldOut ? "  (kabar below this baseline)" : "")}"));
                o.WriteLine(string.Create(c, $"mean  {"",18}  {folds.Average(f => f.ShippedBaselineHeldOut!.Value),17:0.000}"));
            }
            if (AllAtOnceHeldOut is { } h) o.WriteLine(string.Create(c, $"kabar's link all at once, cut chosen on the other folds: held out {h:0.000} (the committed link; only the cut is chosen per fold)"));
        }

        private static string Line(string what, ClusterScores s) => string.Create(CultureInfo.InvariantCulture,
            $"{what}: BCubed P {s.BCubed.Precision:0.000} R {s.BCubed.Recall:0.000} F1 {s.BCubed.F1:0.000}; pairwise P {s.Pairwise.Precision:0.000} R {s.Pairwise.Recall:0.000} F1 {s.Pairwise.F1:0.000}");
    }
}
