using System.CommandLine;
using Kabar.Annotation;
using Kabar.Extraction;
using Kabar.Language;
using Kabar.Model;
using Kabar.Serialization;

namespace Kabar.Cli.Commands;

/// <summary>`kabar annotate PATH... [--json]`: extraction plus sentences, entities, quotes and times.</summary>
internal sealed class AnnotateCommand : ICliCommand
{
    public int Order => 20;

    public Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to read (folders recursively).", Arity = ArgumentArity.ZeroOrMore };
        var json = CommonOptions.Json();
        var lines = new Option<string?>("--lines") { Description = "Treat each line of FILE ('-' for stdin) as one document's body, for batch evaluation." };
        var published = new Option<string?>("--published") { Description = "The reference date (yyyy-MM-dd) for pages that state none." };
        var command = new Command("annotate", "Extract pages and annotate them: sentences, entities, quotes and time expressions, as character offsets into the body.")
        {
            paths, json, lines, published,
        };
        command.SetAction(parse =>
        {
            DateOnly? reference = null;
            var publishedText = parse.GetValue(published);
            if (publishedText is not null)
            {
                if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", out var d))
                {
                    Console.Error.WriteLine($"kabar annotate: --published '{publishedText}' is not a date in yyyy-MM-dd form");
                    return ExitCodes.UsageError;
                }
                reference = d;
            }
            var inputs = parse.GetValue(paths) ?? [];
            var linesFile = parse.GetValue(lines);
            if (inputs.Length == 0 && linesFile is null)
            {
                Console.Error.WriteLine("kabar annotate: give PATH... or --lines FILE");
                return ExitCodes.UsageError;
            }
            if (linesFile is null) PatternCompilation.ExpectInput(ExtractionRun.CountBytes(inputs));
            var outcomes = new List<ExtractionOutcome>();
            if (linesFile is not null)
            {
                var read = ReadLines(linesFile);
                if (read is null) return ExitCodes.AllFailed;
                outcomes.AddRange(read);
            }
            if (inputs.Length > 0)
                outcomes.AddRange(Terminal.WithProgress("extracting", ExtractionRun.CountInputs(inputs), tick => ExtractionRun.FromPaths(inputs, tick)));

            var articles = outcomes.OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList();
            var annotated = Terminal.WithProgress("annotating", articles.Count,
                tick => DefaultAnnotation.Pipeline.Annotate(articles, referenceDate: reference, onArticleDone: tick));
            return Report(outcomes, annotated, parse.GetValue(json));
        });
        return command;
    }

    private static List<ExtractionOutcome>? ReadLines(string file)
    {
        TextReader reader;
        try { reader = file == "-" ? Console.In : new StreamReader(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: error: cannot read: {e.Message}");
            return null;
        }
        var outcomes = new List<ExtractionOutcome>();
        using (reader)
        {
            var n = 0;
            while (reader.ReadLine() is { } line)
            {
                n++;
                var source = $"{(file == "-" ? "stdin" : file)}#{n}";
                if (string.IsNullOrWhiteSpace(line)) { outcomes.Add(new ExtractionOutcome.Rejected(source, "empty line")); continue; }
                outcomes.Add(new ExtractionOutcome.Extracted(new Article
                {
                    Source = source,
                    Title = line.Length > 80 ? line[..80] : line,
                    TitleGenerated = true,
                    Language = Kabar.Language.LanguageIdentifier.Identify(line),
                    Body = line,
                }));
            }
        }
        return outcomes;
    }

    private static int Report(List<ExtractionOutcome> outcomes, IReadOnlyList<AnnotatedArticle> annotated, bool json)
    {
        if (outcomes.Count == 0)
        {
            Console.Error.WriteLine("kabar annotate: no input found");
            return ExitCodes.AllFailed;
        }
        var next = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case ExtractionOutcome.Extracted:
                    var a = annotated[next++];
                    if (json) Console.Out.WriteLine(ArticleJson.FromAnnotated(a).ToJsonString(KabarJson.Options));
                    else HumanOutput.WriteAnnotated(a);
                    break;
                case ExtractionOutcome.Rejected r:
                    HumanOutput.WriteRejection(r, json);
                    break;
            }
        }
        return ExitCodes.For(outcomes);
    }
}
