using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>One way's answer to "what is the article text": its paragraphs, what it cut, and which way it was.</summary>
/// <param name="LinkDensity">The share of the chosen elements' text that is link text.</param>
/// <param name="Sources">Per paragraph, the block element it came from (<see cref="BlockTextWriter.Rendered.Sources"/>); null when not from the DOM.</param>
internal sealed record ExtractionCandidate(IReadOnlyList<string> Paragraphs, IReadOnlyList<CutText> Cut, string Method, double LinkDensity = 0, IReadOnlyList<int>? Sources = null)
{
    public static readonly ExtractionCandidate Empty = new([], [], "none");
    public int Length { get; } = Paragraphs.Sum(p => p.Length);
}

/// <summary>
/// The ordered ways of finding the article text, in the spirit of Trafilatura's sequence. Each
/// stage returns the same shape, and a later one replaces the result only when it does measurably
/// better:
/// 1. scored: <see cref="ContentScorer"/> with boilerplate class/id hints excluded;
/// 2. relaxed: the same scoring trusting no class/id hint, when (1) found less than <see cref="MinExtractedChars"/>,
///    or when (1) is suspect (short or link-heavy) and the relaxed answer is five times longer and light in links;
/// 3. json-ld: the page's own JSON-LD articleBody, when it is much longer than what the DOM gave;
/// 4. paragraphs: every paragraph outside cut regions, when all else found too little.
/// </summary>
internal static class ExtractionCascade
{
    /// <summary>Less text than this and the next stage gets a try.</summary>
    public const int MinExtractedChars = 250;
    /// <summary>JSON-LD's articleBody wins when the DOM gave less than this share of its length.</summary>
    private const double JsonLdOverrideRatio = 0.6;
    private const int MinJsonLdBodyChars = 200;

    /// <summary>The cascade's answer, then, with a <paramref name="blocks"/> model, its paragraphs the model calls boilerplate cut.</summary>
    public static ExtractionCandidate Run(PageTree tree, PageMetadata metadata, ContentHints hints, ExtractionBudget budget, BlockModel? blocks)
    {
        var result = Run(tree, metadata, hints, budget);
        return blocks is null || result.Sources is null ? result : Prune(tree, result, blocks);
    }

    /// <summary>Cuts the paragraphs <paramref name="model"/> scores below its threshold within its scope, never all of them.</summary>
    private static ExtractionCandidate Prune(PageTree tree, ExtractionCandidate result, BlockModel model)
    {
        var features = BlockFeatures.Of(tree, result.Paragraphs, result.Sources!);
        var keep = new List<string>();
        var sources = new List<int>();
        var cut = result.Cut.ToList();
        for (var k = 0; k < features.Count; k++)
        {
            if (!model.Cuts(features[k], k, features.Count, result.Paragraphs[k])) { keep.Add(result.Paragraphs[k]); sources.Add(result.Sources![k]); }
            else cut.Add(new CutText(result.Paragraphs[k], CutReasons.Boilerplate));
        }
        return keep.Count == 0 ? result : result with { Paragraphs = keep, Cut = cut, Sources = sources };
    }

    public static ExtractionCandidate Run(PageTree tree, PageMetadata metadata, ContentHints hints, ExtractionBudget budget)
    {
        bool Strict(int i) => tree.NegativeHint[i] is not null && !tree.PositiveHint[i] && !hints.KeepTags.Contains(tree.Elements[i].LocalName);
        bool None(int i) => false;

        var result = Scored(tree, Strict, hints, budget, "scored");
        if (result.Length < MinExtractedChars)
            result = Better(result, Scored(tree, None, hints, budget, "relaxed"));
        else if (Suspect(result) && Scored(tree, None, hints, budget, "relaxed") is var relaxed
            && relaxed.Length > result.Length * RelaxedGain && relaxed.LinkDensity <= MaxRelaxedLinkDensity)
            result = relaxed;
        if (metadata.JsonLd?.ArticleBody is { Length: >= MinJsonLdBodyChars } body && result.Length < body.Length * JsonLdOverrideRatio)
            result = FromJsonLd(body, result);
        if (result.Length < MinExtractedChars)
            result = Better(result, Paragraphs(tree, hints, budget));
        return result;
    }

    /// <summary>
    /// An answer that is barely the minimum, or whose text is largely link text, is more likely a
    /// dek, a share bar or a list of related links kept while the article sits in a block a class
    /// name wrongly marks as boilerplate ('related', 'promo' on the article's own wrapper).
    /// </summary>
    private static bool Suspect(ExtractionCandidate c) => c.Length < SuspectChars || c.LinkDensity >= SuspectLinkDensity;

    private const int SuspectChars = 2 * MinExtractedChars;
    private const double SuspectLinkDensity = 0.2;
    /// <summary>How many times longer the relaxed answer must be, at most this link-heavy, to replace a suspect one.</summary>
    private const double RelaxedGain = 5;
    private const double MaxRelaxedLinkDensity = 0.25;

    private static ExtractionCandidate Better(ExtractionCandidate current, ExtractionCandidate fallback) =>
        fallback.Length > current.Length ? fallback : current;

    private static ExtractionCandidate Scored(PageTree tree, Func<int, bool> excluded, ContentHints hints, ExtractionBudget budget, string method)
    {
        var chosen = ContentScorer.Choose(tree, excluded, budget);
        if (chosen.Count == 0) return ExtractionCandidate.Empty;
        var rendered = BlockTextWriter.Render(tree, chosen, hints, excluded, budget);
        return new ExtractionCandidate(rendered.Paragraphs, rendered.Cut, method, LinkDensity(tree, chosen), rendered.Sources);
    }

    private static ExtractionCandidate FromJsonLd(string body, ExtractionCandidate current)
    {
        var paragraphs = TitleChooser.Clean(body.Replace("\r", "")) is var flat && body.Contains('\n')
            ? body.Split('\n').Select(TitleChooser.Clean).Where(p => p.Length > 0).ToList()
            : [flat];
        return new ExtractionCandidate(paragraphs, current.Cut, "json-ld");
    }

    /// <summary>The baseline: every paragraph-like block of the page outside cut tags, links-only blocks left out.</summary>
    private static ExtractionCandidate Paragraphs(PageTree tree, ContentHints hints, ExtractionBudget budget)
    {
        var roots = new List<int>();
        var taken = new HashSet<int>();
        for (var i = 0; i < tree.Count; i++)
        {
            budget.Check();
            if (tree.Elements[i].LocalName is not ("p" or "pre" or "blockquote") || tree.TextLength[i] == 0 || tree.LinkDensity(i) > 0.5) continue;
            if (tree.Ancestors(i).Any(a => tree.CutTag[a] is not null || taken.Contains(a))) continue;
            roots.Add(i);
            taken.Add(i);
        }
        if (roots.Count == 0) return ExtractionCandidate.Empty;
        var rendered = BlockTextWriter.Render(tree, roots, hints, _ => false, budget);
        return new ExtractionCandidate(rendered.Paragraphs, rendered.Cut, "paragraphs", LinkDensity(tree, roots), rendered.Sources);
    }

    private static double LinkDensity(PageTree tree, IReadOnlyList<int> roots)
    {
        var text = roots.Sum(r => tree.TextLength[r]);
        return text == 0 ? 0 : (double)roots.Sum(r => tree.LinkLength[r]) / text;
    }
}
