using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Extraction;
using Kabar.Extraction.Html;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train titles DIR [--half A|B|all]`: fits the headline chooser (title-model.tsv) on the
/// pages of a WCXB folder whose site falls in one half (the cut `eval extract --split` uses), and
/// reports it on the other half beside the hand-rule baseline, so the committed model's other half
/// is held out.
/// </summary>
internal sealed class TrainTitlesCommand : ICliCommand
{
    public int Order => 30;
    public string? Parent => "train";

    public Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "A WCXB benchmark folder (html/ and ground-truth/ with gold titles)." };
        var half = new Option<string>("--half")
        {
            Description = "Fit on the pages of site half A, B (as `kabar eval extract --split` cuts them) or all.",
            DefaultValueFactory = _ => "A",
        };
        half.AcceptOnlyFromAmong("A", "B", "all");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write.",
            DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", TitleModel.ResourcePath.Replace('/', Path.DirectorySeparatorChar)),
        };
        var misses = new Option<int>("--misses") { Description = "Also list N held-out pages the fitted model gets wrong, with every candidate's score.", DefaultValueFactory = _ => 0 };
        var command = new Command("titles", "Fit which headline candidate (h1, og:title, twitter:title, JSON-LD headline, <title>, with or without the site name) is the headline, on one site half of a WCXB folder; reports the other half held out and writes title-model.tsv.")
        {
            folder, half, output, misses,
        };
        command.SetAction(parse =>
        {
            ExtractionBenchmark benchmark;
            try { benchmark = ExtractionBenchmark.Load(parse.GetValue(folder)!); }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"kabar train titles: {e.Message}");
                return ExitCodes.UsageError;
            }
            var pages = Terminal.WithProgress("reading", benchmark.Pages.Count, tick => TitleModelFit.Collect(benchmark, tick));
            if (pages.Count == 0) { Console.Error.WriteLine($"kabar train titles: {benchmark.Folder}: no page with a gold title"); return ExitCodes.AllFailed; }
            var chosen = parse.GetValue(half)!;
            var halves = new[] { pages.Where(p => p.Half == 0).ToList(), pages.Where(p => p.Half == 1).ToList() };
            var c = CultureInfo.InvariantCulture;
            string Pct(double v) => (v * 100).ToString("0.0", c) + "%";
            Console.Out.WriteLine("fitted on  scored on  pages  model   hand rule  any candidate right");
            foreach (var (fit, name) in new[] { (0, "A"), (1, "B") })
            {
                var model = TitleModelFit.Fit(halves[fit]);
                foreach (var (score, scoreName) in new[] { (0, "A"), (1, "B") })
                    Console.Out.WriteLine($"half {name}     half {scoreName}{(fit == score ? " (in)" : " (out)"),-6} {halves[score].Count,5}  {Pct(TitleModelFit.Accuracy(model, halves[score])),6}  {Pct(TitleModelFit.RuleAccuracy(halves[score])),9}  {Pct(TitleModelFit.Ceiling(halves[score]))}");
            }
            var fitted = chosen switch { "A" => halves[0], "B" => halves[1], _ => pages.ToList() };
            var final = TitleModelFit.Fit(fitted);
            if (parse.GetValue(misses) is > 0 and var n && chosen != "all")
                ShowMisses(final, pages.Where(p => p.Half != (chosen == "A" ? 0 : 1)).ToList(), n);
            var path = parse.GetValue(output)!;
            var source = Path.GetFileName(Path.GetFullPath(benchmark.Folder));
            var description = chosen == "all" ? $"{source}, all {fitted.Count} pages with a gold title" : $"{source}, site half {chosen} (ExtractionEvaluator.SiteHalf), {fitted.Count} pages with a gold title; the other half is held out";
            File.WriteAllText(path, TitleModelFit.ToTsv(final, description));
            Console.Error.WriteLine($"kabar train titles: fitted on {description}; wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void ShowMisses(TitleModel model, IReadOnlyList<TitlePage> pages, int n)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var p in pages.Where(p => !p.Right.Contains(model.Best(p.Candidates))).Take(n))
        {
            Console.Out.WriteLine($"{p.Id}  gold '{p.GoldTitle}'");
            foreach (var (candidate, i) in p.Candidates.Select((x, i) => (x, i)).OrderByDescending(x => model.Score(x.x.Features)))
                Console.Out.WriteLine(string.Create(c, $"  {(p.Right.Contains(i) ? "*" : " ")} {model.Score(candidate.Features),6:0.00}  '{candidate.Text}'  {string.Join(' ', candidate.Features.Where(f => f.Value != 0).Select(f => f.Value == 1 ? f.Key : $"{f.Key}={f.Value:0.##}"))}"));
        }
    }
}
