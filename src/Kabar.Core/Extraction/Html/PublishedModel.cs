using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// Which of the days a page states is the day its article was published (<see cref="CandidateModel"/>
/// over <see cref="PublishedCandidates"/>' features). Fitted by `kabar train dates`, read from
/// Resources/Extraction/published-model.tsv.
/// </summary>
public sealed class PublishedModel(IReadOnlyDictionary<string, double> weights) : CandidateModel(weights)
{
    public const string ResourcePath = "Extraction/published-model.tsv";

    private static readonly Lazy<PublishedModel> Committed = new(() => FromRows(KabarResources.Rows(ResourcePath, minColumns: 2)));

    /// <summary>The model the extractor uses.</summary>
    public static PublishedModel Default => Committed.Value;

    public static string CommittedProvenance => ProvenanceOf(ResourcePath);

    public static PublishedModel FromRows(IEnumerable<string[]> rows) => new(WeightsFrom(rows));

    /// <summary>
    /// The best of <paramref name="candidates"/>, null when the page states no day. A day that only
    /// 'modified' sources state is chosen only when the page states no other: a page that says when
    /// it was published is taken at its word, and an update never becomes the publish time beside it.
    /// </summary>
    public DateCandidate? Choose(IReadOnlyList<DateCandidate> candidates)
    {
        var open = candidates.Where(c => !PublishedCandidates.OnlyModified(c)).ToList();
        if (open.Count == 0) open = candidates.ToList();
        return Best(open.Select(c => c.Features)) is var i and >= 0 ? open[i] : null;
    }

    /// <summary>The index among <paramref name="candidates"/> of <see cref="Choose"/>'s day, -1 when none.</summary>
    public int ChooseIndex(IReadOnlyList<DateCandidate> candidates) => Choose(candidates) is { } c ? IndexOf(candidates, c) : -1;

    private static int IndexOf(IReadOnlyList<DateCandidate> candidates, DateCandidate c)
    {
        for (var i = 0; i < candidates.Count; i++)
            if (ReferenceEquals(candidates[i], c)) return i;
        return -1;
    }
}
