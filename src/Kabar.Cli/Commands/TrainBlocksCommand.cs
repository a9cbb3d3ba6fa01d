using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Extraction;
using Kabar.Extraction;
using Kabar.Extraction.Html;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train blocks DIR... [--half A|B|all] [-o FILE]`: fits the block model (which paragraphs of
/// the chosen container are article text) on one site half of every benchmark folder given, then
/// scores the other half of each with the benchmark's metric on the path users run (the whole
/// extractor with the model) beside the hand-rule cascade alone, each way round and for every
/// <see cref="BlockScope"/>. The model is not on the default path (docs/MODELS.md, "Tried: a learnt
/// block classifier"): this command is how to rerun that comparison.
/// </summary>
internal sealed class TrainBlocksCommand : ICliCommand
{
    public int Order => 32;
    public string? Parent => "train";

    public Command Create()
    {
        var folders = new Argument<string[]>("dir") { Description = "Benchmark folders (ScrapingHub or WCXB layout).", Arity = ArgumentArity.OneOrMore };
        var half = new Option<string>("--half") { Description = "Fit on site half A, B (as `kabar eval extract --split` cuts them) or all.", DefaultValueFactory = _ => "A" };
        half.AcceptOnlyFromAmong("A", "B", "all");
        var output = new Option<string>("--output", "-o") { Description = "The model file to write.", DefaultValueFactory = _ => "block-model.tsv" };
        var command = new Command("blocks", "Fit which paragraphs of the chosen container are article text (a logistic regression over block features) on one site half of the folders given; reports every half held out beside the hand rules, on the whole extractor, and writes the model.")
        {
            folders, half, output,
        };
        command.SetAction(parse =>
        {
            var benchmarks = new List<ExtractionBenchmark>();
            try { benchmarks.AddRange(parse.GetValue(folders)!.Select(ExtractionBenchmark.Load)); }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"kabar train blocks: {e.Message}");
                return ExitCodes.UsageError;
            }
            static string Name(ExtractionBenchmark b) => Path.GetFileName(Path.GetFullPath(b.Folder));
            var pages = benchmarks.SelectMany(b => Terminal.WithProgress("reading " + Name(b), b.Pages.Count, tick => BlockModelFit.Collect(b, tick))).ToList();
            var c = CultureInfo.InvariantCulture;
            var baselines = new Dictionary<(ExtractionBenchmark, int), double>();
            double Score(ExtractionBenchmark benchmark, int scoreHalf, BlockModel? model)
            {
                var part = benchmark with { Pages = benchmark.Pages.Where(p => ExtractionEvaluator.SiteHalf(p.Url) == scoreHalf).ToList() };
                return ExtractionEvaluator.Evaluate(part, raw => model is null ? ArticleExtractor.Extract(raw) : ArticleExtractor.Extract(raw, model)).F1;
            }
            double Baseline(ExtractionBenchmark benchmark, int scoreHalf) =>
                baselines.TryGetValue((benchmark, scoreHalf), out var f1) ? f1 : baselines[(benchmark, scoreHalf)] = Score(benchmark, scoreHalf, null);
            Console.Out.WriteLine("Each scope's threshold is chosen by four site folds of the half fitted on ('folds': mean page score there, hand rules alone first);");
            Console.Out.WriteLine("* marks the scope those folds choose. Scores are the other half, through the whole extractor (ArticleExtractor.Extract).");
            Console.Out.WriteLine("fitted on  scope   threshold  folds (rules)   set               scored on   pages  hand rules  with model");
            foreach (var fit in new[] { 0, 1 })
            {
                var result = BlockModelFit.Fit(pages.Where(p => p.Half == fit).ToList());
                foreach (var (scope, (model, foldScore)) in result.ByScope)
                    foreach (var benchmark in benchmarks)
                    {
                        var score = 1 - fit;
                        var pageCount = benchmark.Pages.Count(p => ExtractionEvaluator.SiteHalf(p.Url) == score);
                        Console.Out.WriteLine(string.Create(c,
                            $"half {"AB"[fit]}{(model == result.Chosen ? "*" : " ")}    {scope.ToString().ToLowerInvariant(),-6}  {model.Threshold,9:0.00}  {foldScore:0.0000} ({result.Baseline:0.0000})  {Name(benchmark),-16}  half {"AB"[score]} (out) {pageCount,5}  {Baseline(benchmark, score),10:0.000}  {Score(benchmark, score, model),10:0.000}"));
                    }
            }
            var chosen = parse.GetValue(half)!;
            var fitted = chosen switch { "A" => pages.Where(p => p.Half == 0).ToList(), "B" => pages.Where(p => p.Half == 1).ToList(), _ => pages };
            var final = BlockModelFit.Fit(fitted).Chosen;
            var sources = string.Join(" and ", benchmarks.Select(Name));
            var description = chosen == "all" ? $"{sources}, all {fitted.Count} pages" : $"{sources}, site half {chosen} (ExtractionEvaluator.SiteHalf), {fitted.Count} pages; the other half is held out";
            var path = parse.GetValue(output)!;
            File.WriteAllText(path, BlockModelFit.ToTsv(final, description));
            Console.Error.WriteLine($"kabar train blocks: fitted on {description}; wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
