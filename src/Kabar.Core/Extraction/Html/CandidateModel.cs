using System.Globalization;
using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// A conditional logit over a page's candidates (headlines, publish days): each candidate scores the
/// weighted sum of its named features, the highest wins, the first on a tie. The weights are fitted
/// by a `kabar train` command and read from a TSV under Resources (feature, weight).
/// </summary>
public class CandidateModel
{
    public IReadOnlyDictionary<string, double> Weights { get; }

    public CandidateModel(IReadOnlyDictionary<string, double> weights) => Weights = weights;

    protected static Dictionary<string, double> WeightsFrom(IEnumerable<string[]> rows) => rows.ToDictionary(
        r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>What a committed model was fitted on (its file's 'Fitted on' line), so an evaluation can say which half is held out.</summary>
    protected static string ProvenanceOf(string resourcePath) => KabarResources.Text(resourcePath).Split('\n')
        .Select(l => l.Trim().TrimStart('#', ' ').TrimEnd('.')).FirstOrDefault(l => l.StartsWith("Fitted on", StringComparison.Ordinal)) ?? "unknown";

    public double Score(IReadOnlyDictionary<string, double> features)
    {
        var s = 0.0;
        foreach (var (name, value) in features)
            if (Weights.TryGetValue(name, out var w)) s += w * value;
        return s;
    }

    /// <summary>The index of the best of <paramref name="candidates"/>' feature sets, -1 when there is none.</summary>
    public int Best(IEnumerable<IReadOnlyDictionary<string, double>> candidates)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var i = 0;
        foreach (var features in candidates)
        {
            var s = Score(features);
            if (s > bestScore) { best = i; bestScore = s; }
            i++;
        }
        return best;
    }
}
