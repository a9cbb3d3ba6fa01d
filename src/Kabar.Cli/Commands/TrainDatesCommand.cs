using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Extraction;
using Kabar.Extraction.Html;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train dates DIR [--half A|B|all]`: fits the publish-day chooser (published-model.tsv) on
/// one site half of a WCXB folder and reports the other half held out beside the trust-order cascade.
/// </summary>
internal sealed class TrainDatesCommand : ICliCommand
{
    public int Order => 31;
    public string? Parent => "train";

    public Command Create() => new SiteHalfTraining<DatePage, PublishedModel>(
        Name: "dates",
        Description: "Fit which day a page states (JSON-LD, meta tags, itemprop, <time>, dates printed near the headline, the URL) is its publish day, on one site half of a WCXB folder; reports the other half held out beside the trust-order cascade and writes published-model.tsv.",
        Gold: "gold publish date",
        ResourcePath: PublishedModel.ResourcePath,
        BaselineColumn: "cascade",
        CeilingColumn: "any stated day right",
        Collect: (benchmark, tick) => PublishedModelFit.Collect(benchmark, tick),
        HalfOf: p => p.Half,
        Fit: PublishedModelFit.Fit,
        Accuracy: PublishedModelFit.Accuracy,
        Baseline: PublishedModelFit.RuleAccuracy,
        Ceiling: PublishedModelFit.Ceiling,
        ToTsv: PublishedModelFit.ToTsv,
        ShowMisses: ShowMisses).Create();

    private static void ShowMisses(PublishedModel model, IReadOnlyList<DatePage> pages, int n)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var p in pages.Where(p => !p.Right.Contains(model.ChooseIndex(p.Candidates))).Take(n))
        {
            Console.Out.WriteLine($"{p.Id}  gold {p.GoldDate}");
            foreach (var (candidate, i) in p.Candidates.Select((x, i) => (x, i)).OrderByDescending(x => model.Score(x.x.Features)))
                Console.Out.WriteLine(string.Create(c, $"  {(p.Right.Contains(i) ? "*" : " ")} {model.Score(candidate.Features),6:0.00}  {candidate.Time.ToIso()}  {CandidateFeatures.Show(candidate.Features)}"));
        }
    }
}
