using System.Text.RegularExpressions;
using Kabar.Language;

namespace Kabar.Evaluation.Extraction;

/// <summary>Precision and recall of one page, as the benchmark's own script computes them.</summary>
public readonly record struct PageScore(double Precision, double Recall, double F1, bool CountsForPrecision, bool CountsForRecall);

/// <summary>
/// Each benchmark's own metric, re-implemented faithfully from its evaluate.py.
/// Both tokenize with Python's <c>re.findall(r'\w+')</c>: runs of letters, digits (every Unicode
/// number) and underscores. .NET's <c>\w</c> differs (it takes combining marks and all connector
/// punctuation, not letter-like numbers), so the class is spelled out.
/// </summary>
public static class BenchmarkMetrics
{
    private static readonly Regex PythonWord = new(@"[\p{L}\p{Nd}\p{Nl}\p{No}_]+", PatternCompilation.Option | RegexOptions.CultureInvariant);

    public static List<string> Tokens(string? text) =>
        string.IsNullOrEmpty(text) ? [] : PythonWord.Matches(text).Select(m => m.Value).ToList();

    /// <summary>
    /// ScrapingHub: the multiset of token 4-grams ("shingles", case kept; a text of fewer than four
    /// tokens is one shingle) of gold and prediction; tp/fp/fn are normalised by their sum so long
    /// pages weigh no more; precision counts only pages with tp+fp &gt; 0, recall only pages with tp+fn &gt; 0.
    /// </summary>
    public static PageScore Shingles(string gold, string predicted, int n = 4)
    {
        var truth = ShingleCounts(gold, n);
        var pred = ShingleCounts(predicted, n);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in truth.Keys.Union(pred.Keys))
        {
            var t = truth.GetValueOrDefault(key);
            var p = pred.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        if (sum > 0) { tp /= sum; fp /= sum; fn /= sum; }
        var precision = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        var recall = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new PageScore(precision, recall, f1, tp + fp > 0, tp + fn > 0);
    }

    private static Dictionary<string, int> ShingleCounts(string text, int n)
    {
        var tokens = Tokens(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - n + 1); i++)
        {
            var shingle = tokens.GetRange(i, Math.Min(n, tokens.Count - i));
            if (shingle.Count == 0) continue;
            var key = string.Join('\u0001', shingle);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>
    /// WCXB: lower-cased word tokens, multiset overlap; an empty gold scores 1 against an empty
    /// prediction and 0 otherwise; an empty prediction scores 0.
    /// </summary>
    public static PageScore WordF1(string gold, string predicted)
    {
        var reference = Tokens(gold.ToLowerInvariant());
        var prediction = Tokens(predicted.ToLowerInvariant());
        if (reference.Count == 0) return prediction.Count == 0 ? new(1, 1, 1, true, true) : new(0, 0, 0, true, true);
        if (prediction.Count == 0) return new(0, 0, 0, true, true);
        var refCounts = reference.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var overlap = prediction.GroupBy(t => t, StringComparer.Ordinal).Sum(g => Math.Min(g.Count(), refCounts.GetValueOrDefault(g.Key)));
        var precision = (double)overlap / prediction.Count;
        var recall = (double)overlap / reference.Count;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new PageScore(precision, recall, f1, true, true);
    }
}
