using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Extraction;
using Kabar.Extraction.Html;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train dates DIR [--half A|B|all]`: fits the publish-day chooser (published-model.tsv) on the
/// pages of a WCXB folder whose site falls in one half (the cut `eval extract --split` uses), and
/// reports it on the other half beside the hand-rule baseline, so the committed model's other half
/// is held out.
/// </summary>
internal sealed class TrainDatesCommand : ICliCommand
{
    public int Order => 31;
    public string? Parent => "train";

    public Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "A WCXB benchmark folder (html/ and ground-truth/ with gold publish dates)." };
        var half = new Option<string>("--half")
        {
            Description = "Fit on the pages of site half A, B (as `kabar eval extract --split` cuts them) or all.",
            DefaultValueFactory = _ => "A",
        };
        half.AcceptOnlyFromAmong("A", "B", "all");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write.",
            DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", PublishedModel.ResourcePath.Replace('/', Path.DirectorySeparatorChar)),
        };
        var misses = new Option<int>("--misses") { Description = "Also list N held-out pages the fitted model gets wrong, with every stated day's score.", DefaultValueFactory = _ => 0 };
        var command = new Command("dates", "Fit which day a page states (JSON-LD, meta tags, itemprop, <time>, dates printed near the headline, the URL) is its publish day, on one site half of a WCXB folder; reports the other half held out beside the trust-order cascade and writes published-model.tsv.")
        {
            folder, half, output, misses,
        };
        command.SetAction(parse =>
        {
            ExtractionBenchmark benchmark;
            try { benchmark = ExtractionBenchmark.Load(parse.GetValue(folder)!); }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"kabar train dates: {e.Message}");
                return ExitCodes.UsageError;
            }
            var pages = Terminal.WithProgress("reading", benchmark.Pages.Count, tick => PublishedModelFit.Collect(benchmark, tick));
            if (pages.Count == 0) { Console.Error.WriteLine($"kabar train dates: {benchmark.Folder}: no page with a gold publish date"); return ExitCodes.AllFailed; }
            var chosen = parse.GetValue(half)!;
            var halves = new[] { pages.Where(p => p.Half == 0).ToList(), pages.Where(p => p.Half == 1).ToList() };
            var c = CultureInfo.InvariantCulture;
            string Pct(double v) => (v * 100).ToString("0.0", c) + "%";
            Console.Out.WriteLine("fitted on  scored on  pages  model   cascade    any stated day right");
            foreach (var (fit, name) in new[] { (0, "A"), (1, "B") })
            {
                var model = PublishedModelFit.Fit(halves[fit]);
                foreach (var (score, scoreName) in new[] { (0, "A"), (1, "B") })
                    Console.Out.WriteLine($"half {name}     half {scoreName}{(fit == score ? " (in)" : " (out)"),-6} {halves[score].Count,5}  {Pct(PublishedModelFit.Accuracy(model, halves[score])),6}  {Pct(PublishedModelFit.RuleAccuracy(halves[score])),9}  {Pct(PublishedModelFit.Ceiling(halves[score]))}");
            }
            var fitted = chosen switch { "A" => halves[0], "B" => halves[1], _ => pages.ToList() };
            var final = PublishedModelFit.Fit(fitted);
            if (parse.GetValue(misses) is > 0 and var n && chosen != "all")
                ShowMisses(final, pages.Where(p => p.Half != (chosen == "A" ? 0 : 1)).ToList(), n);
            var path = parse.GetValue(output)!;
            var source = Path.GetFileName(Path.GetFullPath(benchmark.Folder));
            var description = chosen == "all" ? $"{source}, all {fitted.Count} pages with a gold publish date" : $"{source}, site half {chosen} (ExtractionEvaluator.SiteHalf), {fitted.Count} pages with a gold publish date; the other half is held out";
            File.WriteAllText(path, PublishedModelFit.ToTsv(final, description));
            Console.Error.WriteLine($"kabar train dates: fitted on {description}; wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void ShowMisses(PublishedModel model, IReadOnlyList<DatePage> pages, int n)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var p in pages.Where(p => !p.Right.Contains(model.ChooseIndex(p.Candidates))).Take(n))
        {
            Console.Out.WriteLine($"{p.Id}  gold {p.GoldDate}");
            foreach (var (candidate, i) in p.Candidates.Select((x, i) => (x, i)).OrderByDescending(x => model.Score(x.x.Features)))
                Console.Out.WriteLine(string.Create(c, $"  {(p.Right.Contains(i) ? "*" : " ")} {model.Score(candidate.Features),6:0.00}  {candidate.Time.ToIso()}  {string.Join(' ', candidate.Features.Where(f => f.Value != 0).Select(f => f.Value == 1 ? f.Key : $"{f.Key}={f.Value:0.##}"))}"));
        }
    }
}
