using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Extraction;

namespace Kabar.Cli.Commands;

/// <summary>
/// What `kabar train titles` and `kabar train dates` share: read a WCXB folder's pages, fit a model
/// on the pages whose site falls in one half (the cut `eval extract --split` uses), print every
/// half scored by the model fitted on each half beside the baseline and the ceiling, and write the
/// model fitted on the chosen half, so the committed model's other half is held out.
/// </summary>
internal sealed record SiteHalfTraining<TPage, TModel>(
    string Name,
    string Description,
    string Gold,
    string ResourcePath,
    string BaselineColumn,
    string CeilingColumn,
    Func<ExtractionBenchmark, Action, IReadOnlyList<TPage>> Collect,
    Func<TPage, int> HalfOf,
    Func<IEnumerable<TPage>, TModel> Fit,
    Func<TModel, IReadOnlyCollection<TPage>, double> Accuracy,
    Func<IReadOnlyCollection<TPage>, double> Baseline,
    Func<IReadOnlyCollection<TPage>, double> Ceiling,
    Func<TModel, string, string> ToTsv,
    Action<TModel, IReadOnlyList<TPage>, int> ShowMisses)
{
    public Command Create()
    {
        var folder = new Argument<string>("dir") { Description = $"A WCXB benchmark folder (html/ and ground-truth/ with {Gold}s)." };
        var half = new Option<string>("--half")
        {
            Description = "Fit on the pages of site half A, B (as `kabar eval extract --split` cuts them) or all.",
            DefaultValueFactory = _ => "A",
        };
        half.AcceptOnlyFromAmong("A", "B", "all");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write.",
            DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", ResourcePath.Replace('/', Path.DirectorySeparatorChar)),
        };
        var misses = new Option<int>("--misses") { Description = "Also list N held-out pages the fitted model gets wrong, with every candidate's score.", DefaultValueFactory = _ => 0 };
        var command = new Command(Name, Description) { folder, half, output, misses };
        command.SetAction(parse =>
        {
            ExtractionBenchmark benchmark;
            try { benchmark = ExtractionBenchmark.Load(parse.GetValue(folder)!); }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"kabar train {Name}: {e.Message}");
                return ExitCodes.UsageError;
            }
            var pages = Terminal.WithProgress("reading", benchmark.Pages.Count, tick => Collect(benchmark, tick));
            if (pages.Count == 0) { Console.Error.WriteLine($"kabar train {Name}: {benchmark.Folder}: no page with a {Gold}"); return ExitCodes.AllFailed; }
            var chosen = parse.GetValue(half)!;
            var halves = new[] { pages.Where(p => HalfOf(p) == 0).ToList(), pages.Where(p => HalfOf(p) == 1).ToList() };
            var c = CultureInfo.InvariantCulture;
            string Pct(double v) => (v * 100).ToString("0.0", c) + "%";
            Console.Out.WriteLine($"fitted on  scored on  pages  model   {BaselineColumn,-9}  {CeilingColumn}");
            foreach (var (fit, name) in new[] { (0, "A"), (1, "B") })
            {
                var model = Fit(halves[fit]);
                foreach (var (score, scoreName) in new[] { (0, "A"), (1, "B") })
                    Console.Out.WriteLine($"half {name}     half {scoreName}{(fit == score ? " (in)" : " (out)"),-6} {halves[score].Count,5}  {Pct(Accuracy(model, halves[score])),6}  {Pct(Baseline(halves[score])),9}  {Pct(Ceiling(halves[score]))}");
            }
            var fitted = chosen switch { "A" => halves[0], "B" => halves[1], _ => pages.ToList() };
            var final = Fit(fitted);
            if (parse.GetValue(misses) is > 0 and var n && chosen != "all")
                ShowMisses(final, pages.Where(p => HalfOf(p) != (chosen == "A" ? 0 : 1)).ToList(), n);
            var path = parse.GetValue(output)!;
            var source = Path.GetFileName(Path.GetFullPath(benchmark.Folder));
            var description = chosen == "all" ? $"{source}, all {fitted.Count} pages with a {Gold}" : $"{source}, site half {chosen} (ExtractionEvaluator.SiteHalf), {fitted.Count} pages with a {Gold}; the other half is held out";
            File.WriteAllText(path, ToTsv(final, description));
            Console.Error.WriteLine($"kabar train {Name}: fitted on {description}; wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
