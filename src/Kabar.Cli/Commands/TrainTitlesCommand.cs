using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Extraction;
using Kabar.Extraction.Html;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train titles DIR [--half A|B|all]`: fits the headline chooser (title-model.tsv) on one
/// site half of a WCXB folder and reports the other half held out beside the hand rule.
/// </summary>
internal sealed class TrainTitlesCommand : ICliCommand
{
    public int Order => 30;
    public string? Parent => "train";

    public Command Create() => new SiteHalfTraining<TitlePage, TitleModel>(
        Name: "titles",
        Description: "Fit which headline candidate (h1, og:title, twitter:title, JSON-LD headline, <title>, with or without the site name) is the headline, on one site half of a WCXB folder; reports the other half held out and writes title-model.tsv.",
        Gold: "gold title",
        ResourcePath: TitleModel.ResourcePath,
        BaselineColumn: "hand rule",
        CeilingColumn: "any candidate right",
        Collect: (benchmark, tick) => TitleModelFit.Collect(benchmark, tick),
        HalfOf: p => p.Half,
        Fit: TitleModelFit.Fit,
        Accuracy: TitleModelFit.Accuracy,
        Baseline: TitleModelFit.RuleAccuracy,
        Ceiling: TitleModelFit.Ceiling,
        ToTsv: TitleModelFit.ToTsv,
        ShowMisses: ShowMisses).Create();

    private static void ShowMisses(TitleModel model, IReadOnlyList<TitlePage> pages, int n)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var p in pages.Where(p => !p.Right.Contains(model.Best(p.Candidates))).Take(n))
        {
            Console.Out.WriteLine($"{p.Id}  gold '{p.GoldTitle}'");
            foreach (var (candidate, i) in p.Candidates.Select((x, i) => (x, i)).OrderByDescending(x => model.Score(x.x.Features)))
                Console.Out.WriteLine(string.Create(c, $"  {(p.Right.Contains(i) ? "*" : " ")} {model.Score(candidate.Features),6:0.00}  '{candidate.Text}'  {CandidateFeatures.Show(candidate.Features)}"));
        }
    }
}
