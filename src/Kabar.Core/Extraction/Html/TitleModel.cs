using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// Which of a page's headline candidates is its headline (<see cref="CandidateModel"/> over
/// <see cref="TitleCandidates"/>' features). Fitted by `kabar train titles`, read from
/// Resources/Extraction/title-model.tsv.
/// </summary>
public sealed class TitleModel(IReadOnlyDictionary<string, double> weights) : CandidateModel(weights)
{
    public const string ResourcePath = "Extraction/title-model.tsv";

    private static readonly Lazy<TitleModel> Committed = new(() => FromRows(KabarResources.Rows(ResourcePath, minColumns: 2)));

    /// <summary>The model the extractor uses.</summary>
    public static TitleModel Default => Committed.Value;

    public static string CommittedProvenance => ProvenanceOf(ResourcePath);

    public static TitleModel FromRows(IEnumerable<string[]> rows) => new(WeightsFrom(rows));

    /// <summary>The index of the best candidate, -1 when there is none.</summary>
    public int Best(IReadOnlyList<TitleCandidate> candidates) => Best(candidates.Select(c => c.Features));
}
