using System.Globalization;
using System.Text;
using Kabar.Extraction.Html;

namespace Kabar.Evaluation.Extraction;

/// <summary>One benchmark page's rendered paragraphs (before any block model), their features, and which the gold holds.</summary>
public sealed record BlockPage(string Id, string Site, int Half, int Fold, BenchmarkKind Kind, string GoldBody,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<Dictionary<string, double>> Features, IReadOnlyList<bool> InGold);

/// <summary>
/// Fits <see cref="BlockModel"/>: renders each page's chosen container exactly as the extractor
/// does (<see cref="ExtractionCascade"/>, no block model), labels each paragraph by whether the
/// gold text holds most of its word trigrams (or, under three words, the words in a row), and fits
/// a logistic regression weighted so each page's words weigh one page, as the per-page metrics do.
/// The cut threshold, and the scope (every paragraph or only where the cascade is least sure,
/// <see cref="BlockScope"/>), are chosen by four site folds within the pages fitted on, by the
/// benchmark's own page score of what is kept.
/// </summary>
public static class BlockModelFit
{
    public const int Folds = 4;
    /// <summary>A class/id token becomes a feature when it occurs on this many sites of the pages fitted on.</summary>
    public const int MinTokenSites = 5;
    public static readonly IReadOnlyList<double> Thresholds = [0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
    public static readonly IReadOnlyList<BlockScope> Scopes = Enum.GetValues<BlockScope>();

    public static IReadOnlyList<BlockPage> Collect(ExtractionBenchmark benchmark, Action? onPageDone = null) =>
        BenchmarkHtml.Collect(benchmark, p => p.GoldBody.Length > 0, p =>
        {
            if (p.Document.DocumentElement is not { } root) return null;
            var budget = new ExtractionBudget(ExtractionBudget.Default);
            var tree = PageTree.Build(root, p.Hints, budget);
            var metadata = HtmlMetadataReader.Read(p.Document, tree, p.Raw, p.Hints, p.ScriptDate);
            var result = ExtractionCascade.Run(tree, metadata, p.Hints, budget);
            if (result.Sources is null || result.Paragraphs.Count == 0) return null;
            var gold = Gold.Of(p.Benchmark.GoldBody);
            return new BlockPage(p.Benchmark.Id, Site(p.Benchmark.Url), ExtractionEvaluator.SiteHalf(p.Benchmark.Url),
                ExtractionEvaluator.SiteFoldWithinHalf(p.Benchmark.Url, Folds), benchmark.Kind, p.Benchmark.GoldBody,
                result.Paragraphs, BlockFeatures.Of(tree, result.Paragraphs, result.Sources), result.Paragraphs.Select(gold.Holds).ToList());
        }, onPageDone);

    private static string Site(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host.ToLowerInvariant() : "";

    /// <summary>What a fit chose: per scope, the model with that scope's best threshold by site folds and its mean fold score; then the best of them.</summary>
    /// <param name="Baseline">The mean fold score of the hand rules alone (no paragraph cut).</param>
    public sealed record Result(BlockModel Chosen, IReadOnlyDictionary<BlockScope, (BlockModel Model, double FoldScore)> ByScope, double Baseline);

    /// <summary>Fits on <paramref name="pages"/>: weights on all of them, each scope's threshold (and the scope) by site folds among them.</summary>
    public static Result Fit(IReadOnlyList<BlockPage> pages)
    {
        var names = Names(pages);
        var totals = new double[Scopes.Count, Thresholds.Count];
        var baseline = 0.0;
        for (var f = 0; f < Folds; f++)
        {
            var weights = FitWeights(pages.Where(p => p.Fold != f).ToList(), names);
            var held = pages.Where(p => p.Fold == f).ToList();
            baseline += held.Sum(p => PageF1(p, null));
            for (var s = 0; s < Scopes.Count; s++)
                for (var t = 0; t < Thresholds.Count; t++)
                    totals[s, t] += held.Sum(p => PageF1(p, new BlockModel(weights, Thresholds[t], Scopes[s])));
        }
        var final = FitWeights(pages, names);
        var byScope = new Dictionary<BlockScope, (BlockModel, double)>();
        for (var s = 0; s < Scopes.Count; s++)
        {
            var best = 0;
            for (var t = 1; t < Thresholds.Count; t++) if (totals[s, t] > totals[s, best]) best = t;
            byScope[Scopes[s]] = (new BlockModel(final, Thresholds[best], Scopes[s]), totals[s, best] / Math.Max(1, pages.Count));
        }
        var chosen = byScope.Values.MaxBy(v => v.Item2).Item1;
        return new Result(chosen, byScope, baseline / Math.Max(1, pages.Count));
    }

    /// <summary>The fixed features, then the class/id tokens seen on at least <see cref="MinTokenSites"/> sites, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<BlockPage> pages)
    {
        var sites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var p in pages)
            foreach (var f in p.Features)
                foreach (var name in f.Keys)
                    if (name.StartsWith("cls:", StringComparison.Ordinal))
                        (sites.TryGetValue(name, out var s) ? s : sites[name] = new HashSet<string>(StringComparer.Ordinal)).Add(p.Site);
        return [.. BlockFeatures.FixedNames, .. sites.Where(kv => kv.Value.Count >= MinTokenSites).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>Weighted L2 logistic regression, plain gradient descent from zero for a fixed number of steps: the same pages give the same weights, rounded as written.</summary>
    private static Dictionary<string, double> FitWeights(IReadOnlyList<BlockPage> pages, IReadOnlyList<string> names, int iterations = 1500, double learningRate = 2.0, double l2 = 0.0005)
    {
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var rows = new List<(int[] K, double[] V, double Y, double W)>();
        foreach (var p in pages)
        {
            var words = p.Paragraphs.Sum(Words);
            if (words == 0) continue;
            for (var b = 0; b < p.Paragraphs.Count; b++)
            {
                var present = p.Features[b].Where(kv => index.ContainsKey(kv.Key)).OrderBy(kv => index[kv.Key]).ToList();
                rows.Add((present.Select(kv => index[kv.Key]).ToArray(), present.Select(kv => kv.Value).ToArray(), p.InGold[b] ? 1 : 0, (double)Words(p.Paragraphs[b]) / words));
            }
        }
        var totalWeight = rows.Sum(r => r.W);
        var w = new double[names.Count];
        var gradient = new double[names.Count];
        for (var it = 0; it < iterations && rows.Count > 0; it++)
        {
            Array.Clear(gradient);
            foreach (var (k, v, y, weight) in rows)
            {
                var s = 0.0;
                for (var j = 0; j < k.Length; j++) s += w[k[j]] * v[j];
                var error = weight * (1 / (1 + Math.Exp(-s)) - y);
                for (var j = 0; j < k.Length; j++) gradient[k[j]] += error * v[j];
            }
            for (var j = 0; j < w.Length; j++) w[j] -= learningRate * (gradient[j] / totalWeight + l2 * w[j]);
        }
        return names.Select((n, j) => (n, j)).ToDictionary(x => x.n, x => Math.Round(w[x.j], 4), StringComparer.Ordinal);
    }

    /// <summary>The benchmark's page score of the paragraphs <paramref name="model"/> keeps (all when it would keep none).</summary>
    public static double PageF1(BlockPage p, BlockModel? model)
    {
        var kept = model is null ? p.Paragraphs : p.Paragraphs.Where((text, b) => !model.Cuts(p.Features[b], b, p.Paragraphs.Count, text)).ToList();
        if (kept.Count == 0) kept = p.Paragraphs;
        var text = string.Join("\n\n", kept);
        return (p.Kind == BenchmarkKind.ScrapingHub ? BenchmarkMetrics.Shingles(p.GoldBody, text) : BenchmarkMetrics.WordF1(p.GoldBody, text)).F1;
    }

    private static int Words(string text) => BenchmarkMetrics.Tokens(text).Count;

    public static string ToTsv(BlockModel model, string fittedOn)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# Whether a paragraph of the chosen container is article text (BlockModel): written by `kabar train blocks`; do not edit by hand.\n");
        sb.Append("# Fitted on ").Append(fittedOn).Append(".\n");
        sb.Append("# A logistic regression over BlockFeatures, each page's words weighing one page; a paragraph within the scope scoring under the threshold is cut (scope and threshold chosen by four site folds within the pages fitted on).\n");
        sb.Append("# feature\tweight\n");
        sb.Append("scope\t").Append(model.Scope.ToString().ToLowerInvariant()).Append('\n');
        sb.Append("threshold\t").Append(model.Threshold.ToString("0.00", c)).Append('\n');
        foreach (var (name, weight) in model.Weights)
            sb.Append(name).Append('\t').Append(weight.ToString("0.0000", c)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The gold text's lower-cased words, as a sequence and as trigrams, to ask whether it holds a paragraph.</summary>
    private sealed class Gold
    {
        private readonly HashSet<string> _trigrams = new(StringComparer.Ordinal);
        private readonly string _joined;

        private Gold(List<string> words)
        {
            for (var i = 0; i + 2 < words.Count; i++) _trigrams.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
            _joined = " " + string.Join(' ', words) + " ";
        }

        public static Gold Of(string text) => new(BenchmarkMetrics.Tokens(text.ToLowerInvariant()));

        public bool Holds(string paragraph)
        {
            var words = BenchmarkMetrics.Tokens(paragraph.ToLowerInvariant());
            if (words.Count == 0) return false;
            if (words.Count < 3) return _joined.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal);
            var held = 0;
            for (var i = 0; i + 2 < words.Count; i++) if (_trigrams.Contains(words[i] + " " + words[i + 1] + " " + words[i + 2])) held++;
            return held * 2 >= words.Count - 2;
        }
    }
}
