using System.Globalization;
using System.Text;

namespace Kabar.Evaluation.Extraction;

/// <summary>
/// Fits a conditional logit (softmax over each page's candidates) that makes the right candidates
/// the likeliest: L2-penalised, plain gradient descent from zero for a fixed number of steps, so
/// the same pages give the same weights, rounded as written so that the model in memory is the
/// model in the file. Pages with no right candidate, or only one candidate, teach nothing.
/// </summary>
public static class ConditionalLogitFit
{
    /// <param name="Fold">0 to <see cref="PenaltyFolds"/> - 1: which of the site folds <see cref="FitChoosingPenalty"/> tunes the penalty on this page falls in.</param>
    /// <param name="Choosable">The candidates the model may choose when it is used (all when null): the fit sees every candidate, the penalty is tuned on what the model would choose.</param>
    public sealed record Page(IReadOnlyList<IReadOnlyDictionary<string, double>> Candidates, IReadOnlySet<int> Right, int Fold = 0, IReadOnlySet<int>? Choosable = null);

    /// <summary>The L2 penalties <see cref="FitChoosingPenalty"/> tries.</summary>
    public static readonly IReadOnlyList<double> Penalties = [0.001, 0.003, 0.01, 0.03, 0.1];

    /// <summary>How many site folds <see cref="FitChoosingPenalty"/> cuts the pages into.</summary>
    public const int PenaltyFolds = 4;

    /// <summary>
    /// Fits with the penalty that, fitted on all folds of <paramref name="pages"/> but one and scored
    /// on that one (each in turn), picks the most right candidates; the larger penalty on a tie (the simpler model). Only the
    /// pages given are looked at, so a half held out of them stays held out.
    /// </summary>
    public static (Dictionary<string, double> Weights, double Penalty) FitChoosingPenalty(IReadOnlyList<Page> pages, IReadOnlyList<string> names)
    {
        var folds = Enumerable.Range(0, PenaltyFolds).Select(f => pages.Where(p => p.Fold == f).ToList()).ToArray();
        var best = Penalties[0];
        var bestRight = -1;
        foreach (var penalty in Penalties)
        {
            var right = 0;
            for (var f = 0; f < PenaltyFolds; f++)
            {
                var w = Fit(pages.Where(p => p.Fold != f), names, l2: penalty);
                right += folds[f].Count(p => p.Right.Contains(Best(w, p)));
            }
            if (right >= bestRight) { best = penalty; bestRight = right; }
        }
        return (Fit(pages, names, l2: best), best);
    }

    private static int Best(Dictionary<string, double> weights, Page page)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < page.Candidates.Count; i++)
        {
            if (page.Choosable is { } choosable && !choosable.Contains(i)) continue;
            var s = 0.0;
            foreach (var (name, value) in page.Candidates[i])
                if (weights.TryGetValue(name, out var w)) s += w * value;
            if (s > bestScore) { best = i; bestScore = s; }
        }
        return best;
    }

    public static Dictionary<string, double> Fit(IEnumerable<Page> pages, IReadOnlyList<string> names, int iterations = 6000, double learningRate = 1.0, double l2 = 0.002)
    {
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var training = pages.Where(p => p.Right.Count > 0 && p.Candidates.Count > 1)
            .Select(p => (X: p.Candidates.Select(c => Dense(c, index, names.Count)).ToArray(), p.Right))
            .ToList();
        var w = new double[names.Count];
        var gradient = new double[names.Count];
        for (var it = 0; it < iterations && training.Count > 0; it++)
        {
            Array.Clear(gradient);
            foreach (var (x, right) in training)
            {
                var scores = x.Select(v => Dot(w, v)).ToArray();
                var max = scores.Max();
                var p = scores.Select(s => Math.Exp(s - max)).ToArray();
                var z = p.Sum();
                var zRight = right.Sum(j => p[j]);
                for (var j = 0; j < x.Length; j++)
                {
                    var coefficient = p[j] / z - (right.Contains(j) ? p[j] / zRight : 0);
                    for (var k = 0; k < w.Length; k++) gradient[k] += coefficient * x[j][k];
                }
            }
            for (var k = 0; k < w.Length; k++) w[k] -= learningRate * (gradient[k] / training.Count + l2 * w[k]);
        }
        return names.Select((n, k) => (n, k)).ToDictionary(x => x.n, x => Math.Round(w[x.k], 4), StringComparer.Ordinal);
    }

    /// <summary>The model file: what it chooses and which command wrote it, what it was fitted on, how it scores, then one weight a feature.</summary>
    public static string ToTsv(string what, string fittedOn, string scoring, IReadOnlyList<string> names, IReadOnlyDictionary<string, double> weights)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# ").Append(what).Append("; do not edit by hand.\n");
        sb.Append("# Fitted on ").Append(fittedOn).Append(".\n");
        sb.Append("# A conditional logit: ").Append(scoring).Append(".\n");
        sb.Append("# feature\tweight\n");
        foreach (var name in names)
            sb.Append(name).Append('\t').Append(weights.GetValueOrDefault(name).ToString("0.0000", c)).Append('\n');
        return sb.ToString();
    }

    private static double[] Dense(IReadOnlyDictionary<string, double> features, Dictionary<string, int> index, int n)
    {
        var v = new double[n];
        foreach (var (name, value) in features)
            if (index.TryGetValue(name, out var k)) v[k] = value;
        return v;
    }

    private static double Dot(double[] w, double[] x)
    {
        var s = 0.0;
        for (var k = 0; k < w.Length; k++) s += w[k] * x[k];
        return s;
    }
}
