using System.Globalization;
using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// A logistic regression over <see cref="BlockFeatures"/>: the chance that a paragraph rendered from
/// the chosen container is article text. Paragraphs below <see cref="Threshold"/> are cut as
/// boilerplate. Fitted by `kabar train blocks` (feature, weight; the threshold is the row
/// <c>threshold</c>). Not shipped: held out it did not beat the hand rules (docs/MODELS.md).
/// </summary>
public sealed class BlockModel
{
    public IReadOnlyDictionary<string, double> Weights { get; }
    public double Threshold { get; }

    public BlockModel(IReadOnlyDictionary<string, double> weights, double threshold)
    {
        Weights = weights;
        Threshold = threshold;
    }

    public static BlockModel FromRows(IEnumerable<string[]> rows)
    {
        var weights = rows.ToDictionary(r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var threshold = weights.Remove("threshold", out var t) ? t : 0.5;
        return new BlockModel(weights, threshold);
    }

    public double Probability(IReadOnlyDictionary<string, double> features)
    {
        var s = 0.0;
        foreach (var (name, value) in features)
            if (Weights.TryGetValue(name, out var w)) s += w * value;
        return 1 / (1 + Math.Exp(-s));
    }
}
