using System.CommandLine;
using System.Text.Json.Nodes;
using Kabar.Ingestion;
using Kabar.Search;
using Kabar.Serialization;

namespace Kabar.Cli.Commands;

/// <summary>`kabar reprocess [--stage extract|annotate|cluster]`: run stages again on what is stored.</summary>
internal sealed class ReprocessCommand : ICliCommand
{
    public int Order => 31;

    public Command Create()
    {
        var stage = new Option<string>("--stage")
        {
            Description = "The first stage to run again: extract (from the raw pages), annotate (from the stored articles) or cluster (from the stored annotations). Later stages always run; clustering starts from scratch.",
            DefaultValueFactory = _ => "extract",
        };
        stage.AcceptOnlyFromAmong("extract", "annotate", "cluster");
        var json = CommonOptions.Json();
        var db = StoreAccess.Db();
        var command = new Command("reprocess", "Run stages again on the stored pages (after a better extractor, annotator or clusterer); nothing is read from the original files.")
        {
            stage, db, json,
        };
        command.SetAction(parse =>
        {
            var from = Enum.Parse<ReprocessStage>(parse.GetValue(stage)!, ignoreCase: true);
            return StoreAccess.With("reprocess", parse.GetValue(db), create: false, store =>
            {
                var reprocessor = new Reprocessor(store);
                var report = Terminal.WithProgress($"reprocessing from {from.ToString().ToLowerInvariant()}", reprocessor.Steps(from),
                    tick => reprocessor.Run(from, tick));
                using (var index = ArticleSearch.Open(store))
                    Terminal.WithProgress("indexing", index.Pending(), tick => index.Update(tick));
                foreach (var f in report.Failures) Terminal.Warn(f.Source, "error: " + f.Reason);
                if (report.StoppedBecause is not null) Console.Error.WriteLine($"kabar reprocess: stopped: {report.StoppedBecause}");
                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(new JsonObject
                    {
                        ["store"] = store.Location,
                        ["stage"] = from.ToString().ToLowerInvariant(),
                        ["articles_before"] = report.ArticlesBefore,
                        ["articles_after"] = report.ArticlesAfter,
                        ["failures"] = new JsonArray(report.Failures.Select(f => (JsonNode?)new JsonObject { ["source"] = f.Source, ["reason"] = f.Reason }).ToArray()),
                        ["stories"] = report.Stories,
                        ["stopped_because"] = report.StoppedBecause,
                    }.ToJsonString(KabarJson.Options));
                }
                else
                {
                    Console.Out.WriteLine($"{store.Location}: reprocessed from {from.ToString().ToLowerInvariant()}: {report.ArticlesBefore} article(s) before, {report.ArticlesAfter} after, " +
                                          $"{report.Failures.Count} failure(s); {report.Stories} story(ies)");
                }
                return report.StoppedBecause is null ? ExitCodes.Success : ExitCodes.AllFailed;
            });
        });
        return command;
    }
}
