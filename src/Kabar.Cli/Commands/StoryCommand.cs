using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kabar.Briefs;
using Kabar.Serialization;
using Kabar.Storage.Export;

namespace Kabar.Cli.Commands;

/// <summary>`kabar story ID [--json | --markdown]`: the cited brief of one stored story.</summary>
internal sealed class StoryCommand : ICliCommand
{
    public int Order => 41;

    public Command Create()
    {
        var id = new Argument<string>("id") { Description = "The story's id, as 'kabar stories' lists it." };
        var json = new Option<bool>("--json") { Description = "Print the brief as JSON: {\"stories\": [story]}." };
        var markdown = new Option<bool>("--markdown") { Description = "Print the brief as Markdown (the default for people too)." };
        var db = StoreAccess.Db();
        var command = new Command("story", "Show the brief of one stored story: summary, timeline, people, quotes, coverage, disagreements, shared passages; every item cites its article and span.")
        {
            id, db, json, markdown,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(markdown))
            {
                Console.Error.WriteLine("kabar story: give --json or --markdown, not both");
                return ExitCodes.UsageError;
            }
            var storyId = parse.GetValue(id)!;
            return StoreAccess.With("story", parse.GetValue(db), create: false, store =>
            {
                if (CorpusExport.BriefOf(store, storyId) is not { } brief)
                {
                    Console.Error.WriteLine($"kabar story: {store.Location} has no story '{StoriesCommand.OneLine(storyId)}'; 'kabar stories' lists them");
                    return ExitCodes.AllFailed;
                }
                if (parse.GetValue(json))
                {
                    var node = JsonSerializer.SerializeToNode(brief, KabarJson.Options);
                    Console.Out.WriteLine(new JsonObject { ["stories"] = new JsonArray(node) }.ToJsonString(KabarJson.Options));
                }
                else Console.Out.Write(BriefMarkdown.Write(brief));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
