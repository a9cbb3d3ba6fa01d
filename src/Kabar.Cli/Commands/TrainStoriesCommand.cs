using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Clusters;
using Kabar.Stories;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train stories DIR...`: fits the story link (entity share and threshold) on folders with
/// gold stories, each read through `kabar brief`'s pipeline once, and writes story-link.tsv.
/// Score what it chose on folders it was not given (`kabar eval clusters OTHER`).
/// </summary>
internal sealed class TrainStoriesCommand : ICliCommand
{
    public int Order => 20;
    public string? Parent => "train";

    public Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Description = "Folders with pages/DOC.*, clusters.json and stories.json ({story: [DOC...]}), e.g. bench/generator output.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write.",
            DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", StoryLink.ResourcePath.Replace('/', Path.DirectorySeparatorChar)),
        };
        var command = new Command("stories", "Fit how a new event joins a story (the share of entities in the story score, and its threshold) on folders with gold stories; writes story-link.tsv.")
        {
            dirs, output,
        };
        command.SetAction(parse =>
        {
            if (GoldFolders.Read(parse.GetValue(dirs)!, needStories: true) is not { } read) return ExitCodes.AllFailed;
            var corpora = read.Select(r => new StoryLinkFit.Corpus(r.Dir, r.Run.Stored, r.Folder.GoldStories!)).ToList();
            var points = StoryLinkFit.Fit(corpora);
            var c = CultureInfo.InvariantCulture;
            Console.Out.WriteLine("entity_weight  threshold  " + string.Join("  ", corpora.Select(k => GoldFolders.Name(k.Name))) + "  mean story F1");
            foreach (var p in points.Take(10))
                Console.Out.WriteLine(string.Create(c, $"{p.EntityWeight,13:0.0}  {p.Threshold,9:0.00}  {string.Join("  ", p.F1.Select(f => f.ToString("0.000", c)))}  {p.Mean:0.000}"));
            var best = points[0];
            var path = parse.GetValue(output)!;
            var names = string.Join(", ", corpora.Select(k => $"{GoldFolders.Name(k.Name)} ({k.Stored.Count} articles)"));
            File.WriteAllText(path, string.Create(c, $"""
                # How a new event joins a story (Similarity.Story): written by `kabar train stories`; do not edit by hand.
                # Fitted on {names}: mean story BCubed F1 {best.Mean:0.000} over a grid of {points.Count} points.
                # entity_weight	share of the story score that comes from shared entities (the rest from shared stems)
                # threshold	the story score a new event needs to join a story
                entity_weight	{best.EntityWeight:0.0##}
                threshold	{best.Threshold:0.0##}

                """));
            Console.Error.WriteLine(string.Create(c, $"kabar train stories: entity_weight {best.EntityWeight:0.0##}, threshold {best.Threshold:0.0##}; wrote {path}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
