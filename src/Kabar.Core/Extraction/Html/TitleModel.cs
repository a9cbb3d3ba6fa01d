using System.Globalization;
using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// Which of a page's headline candidates is its headline: a conditional logit over the candidates
/// (each scores the weighted sum of its named features; the highest wins, the first on a tie).
/// The weights are fitted by `kabar train titles` and read from Resources/Extraction/title-model.tsv.
/// </summary>
public sealed class TitleModel
{
    public const string ResourcePath = "Extraction/title-model.tsv";

    private static readonly Lazy<TitleModel> Committed = new(() => FromRows(KabarResources.Rows(ResourcePath, minColumns: 2)));

    /// <summary>The model the extractor uses.</summary>
    public static TitleModel Default => Committed.Value;

    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>What the committed model was fitted on (its file's 'Fitted on' line), so an evaluation can say which half is held out.</summary>
    public static string CommittedProvenance => KabarResources.Text(ResourcePath).Split('\n')
        .Select(l => l.Trim().TrimStart('#', ' ').TrimEnd('.')).FirstOrDefault(l => l.StartsWith("Fitted on", StringComparison.Ordinal)) ?? "unknown";

    public TitleModel(IReadOnlyDictionary<string, double> weights) => Weights = weights;

    public static TitleModel FromRows(IEnumerable<string[]> rows) => new(rows.ToDictionary(
        r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal));

    public double Score(IReadOnlyDictionary<string, double> features)
    {
        var s = 0.0;
        foreach (var (name, value) in features)
            if (Weights.TryGetValue(name, out var w)) s += w * value;
        return s;
    }

    /// <summary>The index of the best candidate, -1 when there is none.</summary>
    public int Best(IReadOnlyList<TitleCandidate> candidates)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < candidates.Count; i++)
        {
            var s = Score(candidates[i].Features);
            if (s > bestScore) { best = i; bestScore = s; }
        }
        return best;
    }
}
