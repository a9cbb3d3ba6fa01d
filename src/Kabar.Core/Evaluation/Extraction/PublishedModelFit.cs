using Kabar.Extraction.Html;

namespace Kabar.Evaluation.Extraction;

/// <summary>One benchmark page's stated days, its gold publish date and its site half.</summary>
/// <param name="RuleChoice">What the trust-order cascade picks (ISO), the baseline.</param>
public sealed record DatePage(string Id, int Half, string GoldDate, IReadOnlyList<DateCandidate> Candidates, string? RuleChoice, int Fold = 0)
{
    /// <summary>The candidates whose day is the gold date (the benchmark's comparison).</summary>
    public IReadOnlyList<int> Right { get; } = Candidates.Select((c, i) => (c, i))
        .Where(x => ExtractionEvaluator.SameDay(GoldDate, x.c.Time.ToIso())).Select(x => x.i).ToList();
}

/// <summary>
/// Fits <see cref="PublishedModel"/>: reads the days each page states exactly as the extractor does
/// (<see cref="HtmlMetadataReader"/>, <see cref="StatedDates"/>), and fits a conditional logit
/// (<see cref="ConditionalLogitFit"/>) that makes the gold day's candidate the likeliest.
/// </summary>
public static class PublishedModelFit
{
    public static IReadOnlyList<DatePage> Collect(ExtractionBenchmark benchmark, Action? onPageDone = null) =>
        BenchmarkHtml.Collect(benchmark, p => !string.IsNullOrWhiteSpace(p.GoldDate), p =>
        {
            if (p.Document.DocumentElement is not { } root) return null;
            var tree = PageTree.Build(root, p.Hints, new ExtractionBudget(ExtractionBudget.Default));
            var dates = HtmlMetadataReader.DatesOf(p.Document, tree, p.Raw, p.Hints, p.ScriptDate);
            return new DatePage(p.Benchmark.Id, ExtractionEvaluator.SiteHalf(p.Benchmark.Url), p.Benchmark.GoldDate!,
                PublishedCandidates.Build(dates.Stated), dates.RulePublished?.ToIso(), ExtractionEvaluator.SiteFoldWithinHalf(p.Benchmark.Url, ConditionalLogitFit.PenaltyFolds));
        }, onPageDone);

    /// <summary>
    /// Fits on <paramref name="pages"/>, the penalty chosen by four site folds among them
    /// (<see cref="ConditionalLogitFit.FitChoosingPenalty"/>). The fit sees every stated day, the
    /// updates the model may not choose too: fitted only over <see cref="PublishedModel.Eligible"/>
    /// days it scored worse held out (WCXB dev halves B / A: 85.0% / 86.9% against 86.7% / 88.2%).
    /// </summary>
    public static PublishedModel Fit(IEnumerable<DatePage> pages) => new(ConditionalLogitFit.FitChoosingPenalty(
        pages.Select(p => new ConditionalLogitFit.Page(p.Candidates.Select(c => c.Features).ToList(), p.Right.ToHashSet(), p.Fold,
            PublishedModel.Eligible(p.Candidates).ToHashSet())).ToList(),
        PublishedCandidates.FeatureNames).Weights);

    /// <summary>Share of pages whose chosen day is the gold date.</summary>
    public static double Accuracy(PublishedModel model, IReadOnlyCollection<DatePage> pages) =>
        pages.Count == 0 ? 0 : (double)pages.Count(p => model.ChooseIndex(p.Candidates) is var b && b >= 0 && p.Right.Contains(b)) / pages.Count;

    /// <summary>Share of pages whose cascade choice is the gold date: the baseline.</summary>
    public static double RuleAccuracy(IReadOnlyCollection<DatePage> pages) =>
        pages.Count == 0 ? 0 : (double)pages.Count(p => ExtractionEvaluator.SameDay(p.GoldDate, p.RuleChoice)) / pages.Count;

    /// <summary>Share of pages where some stated day is the gold date: what any chooser can reach.</summary>
    public static double Ceiling(IReadOnlyCollection<DatePage> pages) =>
        pages.Count == 0 ? 0 : (double)pages.Count(p => p.Right.Count > 0) / pages.Count;

    public static string ToTsv(PublishedModel model, string fittedOn) => ConditionalLogitFit.ToTsv(
        "Which stated day is the page's publish day (PublishedModel): written by `kabar train dates`", fittedOn, "each day scores the sum of weight x feature value, the highest wins; the L2 penalty chosen by four site folds within the pages fitted on (ConditionalLogitFit.FitChoosingPenalty). Features: PublishedCandidates", PublishedCandidates.FeatureNames, model.Weights);
}
