using System.Globalization;
using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// A logistic regression over <see cref="BlockFeatures"/>: the chance that a paragraph rendered from
/// the chosen container is article text. Paragraphs below <see cref="Threshold"/> are cut as
/// boilerplate. Fitted by `kabar train blocks` (feature, weight; rows <c>threshold</c> and
/// <c>scope</c>). Not on the default path: fitted on one site half of WCXB dev + ScrapingHub dev and
/// scored on the other, it moved F1 by at most 0.001 either way, not a win on both halves
/// (docs/MODELS.md, "Tried: a learnt block classifier").
/// </summary>
public sealed class BlockModel
{
    public IReadOnlyDictionary<string, double> Weights { get; }
    public double Threshold { get; }
    /// <summary>Which paragraphs the model may cut (row <c>scope</c>); the others stay as the hand rules left them.</summary>
    public BlockScope Scope { get; }

    public BlockModel(IReadOnlyDictionary<string, double> weights, double threshold, BlockScope scope = BlockScope.All)
    {
        Weights = weights;
        Threshold = threshold;
        Scope = scope;
    }

    public static BlockModel FromRows(IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        var scope = list.FirstOrDefault(r => r[0] == "scope") is { } s ? Enum.Parse<BlockScope>(s[1], ignoreCase: true) : BlockScope.All;
        var weights = list.Where(r => r[0] != "scope").ToDictionary(r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var threshold = weights.Remove("threshold", out var t) ? t : 0.5;
        return new BlockModel(weights, threshold, scope);
    }

    /// <summary>Whether paragraph <paramref name="k"/> of <paramref name="count"/> is cut: in scope and scored under the threshold.</summary>
    public bool Cuts(IReadOnlyDictionary<string, double> features, int k, int count, string paragraph) =>
        Scope.Covers(k, count, paragraph) && Probability(features) < Threshold;

    public double Probability(IReadOnlyDictionary<string, double> features)
    {
        var s = 0.0;
        foreach (var (name, value) in features)
            if (Weights.TryGetValue(name, out var w)) s += w * value;
        return 1 / (1 + Math.Exp(-s));
    }
}
