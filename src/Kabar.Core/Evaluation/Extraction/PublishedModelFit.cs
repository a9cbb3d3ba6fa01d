using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Kabar.Extraction.Html;
using Kabar.Readers;

namespace Kabar.Evaluation.Extraction;

/// <summary>One benchmark page's stated days, its gold publish date and its site half.</summary>
/// <param name="RuleChoice">What the trust-order cascade picks (ISO), the baseline.</param>
public sealed record DatePage(string Id, int Half, string GoldDate, IReadOnlyList<DateCandidate> Candidates, string? RuleChoice)
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
    public static IReadOnlyList<DatePage> Collect(ExtractionBenchmark benchmark, Action? onPageDone = null)
    {
        var hints = ContentHints.Default;
        var pages = new DatePage?[benchmark.Pages.Count];
        Parallel.For(0, benchmark.Pages.Count, i =>
        {
            var page = benchmark.Pages[i];
            if (!string.IsNullOrWhiteSpace(page.GoldDate) && PathReader.ReadPage(page.HtmlPath) is ReadOutcome.Read r)
            {
                var raw = r.Document with { Url = r.Document.Url ?? page.Url };
                var prepared = HtmlPreparer.Prepare(TextDecoder.Decode(raw), hints.ScriptDate);
                using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(prepared.Html);
                if (document.DocumentElement is { } root)
                {
                    var tree = PageTree.Build(root, hints, new ExtractionBudget(ExtractionBudget.Default));
                    var dates = HtmlMetadataReader.DatesOf(document, tree, raw, hints, prepared.ScriptDate);
                    pages[i] = new DatePage(page.Id, ExtractionEvaluator.SiteHalf(page.Url), page.GoldDate!,
                        PublishedCandidates.Build(dates.Stated), dates.RulePublished?.ToIso());
                }
            }
            onPageDone?.Invoke();
        });
        return pages.OfType<DatePage>().ToList();
    }

    public static PublishedModel Fit(IEnumerable<DatePage> pages) => new(ConditionalLogitFit.Fit(
        pages.Select(p => new ConditionalLogitFit.Page(p.Candidates.Select(c => c.Features).ToList(), p.Right.ToHashSet())), PublishedCandidates.FeatureNames));

    /// <summary>Share of pages whose chosen day is the gold date.</summary>
    public static double Accuracy(PublishedModel model, IReadOnlyCollection<DatePage> pages) =>
        pages.Count == 0 ? 0 : (double)pages.Count(p => model.ChooseIndex(p.Candidates) is var b && b >= 0 && p.Right.Contains(b)) / pages.Count;

    /// <summary>Share of pages whose cascade choice is the gold date: the baseline.</summary>
    public static double RuleAccuracy(IReadOnlyCollection<DatePage> pages) =>
        pages.Count == 0 ? 0 : (double)pages.Count(p => ExtractionEvaluator.SameDay(p.GoldDate, p.RuleChoice)) / pages.Count;

    /// <summary>Share of pages where some stated day is the gold date: what any chooser can reach.</summary>
    public static double Ceiling(IReadOnlyCollection<DatePage> pages) =>
        pages.Count == 0 ? 0 : (double)pages.Count(p => p.Right.Count > 0) / pages.Count;

    public static string ToTsv(PublishedModel model, string fittedOn)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# Which stated day is the page's publish day (PublishedModel): written by `kabar train dates`; do not edit by hand.\n");
        sb.Append("# Fitted on ").Append(fittedOn).Append(".\n");
        sb.Append("# A conditional logit: each day scores the sum of weight x feature value, the highest wins. Features: PublishedCandidates.\n");
        sb.Append("# feature\tweight\n");
        foreach (var name in PublishedCandidates.FeatureNames)
            sb.Append(name).Append('\t').Append(model.Weights.GetValueOrDefault(name).ToString("0.0000", c)).Append('\n');
        return sb.ToString();
    }
}
