using System.CommandLine;
using Kabar.Extraction;
using Kabar.Language;
using Kabar.Model;
using Kabar.Serialization;

namespace Kabar.Cli.Commands;

/// <summary>`kabar extract PATH... [--json] [--db DB]`: clean articles with their metadata.</summary>
internal sealed class ExtractCommand : ICliCommand
{
    public int Order => 10;

    public Command Create()
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json();
        var map = CommonOptions.Map();
        var store = new Option<string?>("--db")
        {
            Description = "Also use what this Kabar database learnt of each outlet's template lines (a file or a postgres:// URI; nothing is stored in it); without it, template lines are learnt from the pages given alone.",
        };
        var command = new Command("extract", "Extract the article text and metadata from pages in files and folders: text dumps, HTML (.html, .htm, .html.gz), WARC, JSON Lines exports and RSS/Atom feeds, told apart by content.")
        {
            paths, json, map, store,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            PatternCompilation.ExpectInput(ExtractionRun.CountBytes(inputs));
            if (CommonOptions.Reading(parse.GetValue(map), "extract") is not { } reading) return ExitCodes.UsageError;
            if (parse.GetValue(store) is not { } db)
                return Report(Extract(inputs, reading, null), parse.GetValue(json));
            return StoreAccess.With("extract", db, create: false, opened => Report(Extract(inputs, reading, opened), parse.GetValue(json)));
        });
        return command;
    }

    private static IReadOnlyList<ExtractionOutcome> Extract(string[] inputs, Readers.ReaderOptions reading, Storage.IKabarStore? store) =>
        Terminal.WithProgress("extracting", ExtractionRun.CountInputs(inputs), tick => ExtractionRun.FromPaths(inputs, tick, reading, store));

    private static int Report(IReadOnlyList<ExtractionOutcome> outcomes, bool json)
    {
        if (outcomes.Count == 0)
        {
            Console.Error.WriteLine("kabar extract: no input files found");
            return ExitCodes.AllFailed;
        }
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case ExtractionOutcome.Extracted e:
                    if (json) Console.Out.WriteLine(ArticleJson.FromArticle(e.Article).ToJsonString(KabarJson.Options));
                    else HumanOutput.WriteArticle(e.Article);
                    foreach (var w in e.Article.Warnings) Terminal.Warn(e.Source, "warning: " + w.Message);
                    break;
                case ExtractionOutcome.Rejected r:
                    HumanOutput.WriteRejection(r, json);
                    break;
            }
        }
        return ExitCodes.For(outcomes);
    }
}
