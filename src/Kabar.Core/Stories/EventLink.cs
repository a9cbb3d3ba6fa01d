using System.Globalization;
using Kabar.Resources;

namespace Kabar.Stories;

/// <summary>
/// The learnt event link: how likely an article (or an event) belongs to a candidate event rather
/// than opening one of its own. A conditional logit over named features of the pair
/// (<see cref="Features"/>), fitted by `kabar train clusters` on gold events and read from
/// Resources/Stories/event-link.tsv; an article's options are its candidate events and
/// <see cref="OpenEvent"/>, whose weight is the score a candidate must beat.
/// </summary>
public sealed class EventLink
{
    public const string ResourcePath = "Stories/event-link.tsv";

    /// <summary>The option of opening a new event: a constant, so its weight acts as the threshold of the logit.</summary>
    public const string OpenEvent = "new";

    /// <summary>The features of a pair, in the order the engine's similarity fills them.</summary>
    public static IReadOnlyList<string> Features { get; } =
    [
        "terms",               // IDF cosine of the stems
        "entities",            // IDF cosine of the canonical entities (0 when a side has none)
        "no_entities",         // a side has no entities, so the cosine above says nothing
        "shared_day",          // both name the same day somewhere
        "event_days_apart",    // the days their leads say the happening took place are more than two days apart
        "terms_days_near",     // the stem cosine again when those days are within two days, else 0
        "terms_days_apart",    // the stem cosine again when those days are apart, else 0
        "entities_days_apart", // the entity cosine again when those days are apart, else 0
        "places_shared",       // the places their leads and datelines name meet
        "places_apart",        // both name places and none meet
        "publish_gap",         // log(1 + days between their publish spans)
        "articles_known",      // log10(1 + articles the document frequencies have learnt), at most 3
    ];

    /// <summary>Every weight the file holds: <see cref="Features"/> and <see cref="OpenEvent"/>.</summary>
    public static IReadOnlyList<string> Weighted { get; } = [.. Features, OpenEvent];

    private static readonly Lazy<EventLink> Fitted = new(() => FromRows(KabarResources.Rows(ResourcePath, minColumns: 2)));

    /// <summary>The committed model.</summary>
    public static EventLink Default => Fitted.Value;

    private readonly double[] _weights;

    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>The weight of opening a new event.</summary>
    public double Open { get; }

    public EventLink(IReadOnlyDictionary<string, double> weights)
    {
        Weights = weights;
        _weights = Features.Select(f => weights.GetValueOrDefault(f)).ToArray();
        Open = weights.GetValueOrDefault(OpenEvent);
        JoinAt = weights.GetValueOrDefault(JoinThreshold, 0.5);
        MergeAt = weights.GetValueOrDefault(MergeThreshold, 0.9);
    }

    /// <summary>Rows of the file that hold the two thresholds rather than weights.</summary>
    public const string JoinThreshold = "join_at", MergeThreshold = "merge_at";

    /// <summary>The same weights with other thresholds.</summary>
    public EventLink WithThresholds(double joinAt, double mergeAt) => new(new Dictionary<string, double>(Weights, StringComparer.Ordinal)
    {
        [JoinThreshold] = joinAt,
        [MergeThreshold] = mergeAt,
    });

    /// <summary>The link a model file's rows give; a file that lacks a weight was written for other features, and is refused by name.</summary>
    public static EventLink FromRows(IEnumerable<string[]> rows, string file = ResourcePath)
    {
        var weights = rows.ToDictionary(r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        if (Weighted.FirstOrDefault(w => !weights.ContainsKey(w)) is { } missing)
            throw new InvalidDataException($"{file}: no weight for '{missing}'; rebuild it with `kabar train clusters`");
        return new(weights);
    }

    /// <summary>The probability an article needs to join its best candidate event (0.5 as fitted: likelier than opening one).</summary>
    public double JoinAt { get; }

    /// <summary>The probability two events need to become one when one has grown (chosen by replaying the training corpora).</summary>
    public double MergeAt { get; }

    /// <summary>The probability of joining rather than opening, given only this candidate: the logistic of the pair's score over <see cref="Open"/>.</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        var s = -Open;
        for (var i = 0; i < _weights.Length; i++) s += _weights[i] * features[i];
        return 1 / (1 + Math.Exp(-s));
    }
}
