using System.CommandLine;
using System.Globalization;
using Kabar.Evaluation.Clusters;
using Kabar.Evaluation.Extraction;
using Kabar.Stories;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train clusters DIR...`: fits the event link (a conditional logit over an article's
/// candidate events and opening a new one, then its merge threshold) on folders with gold
/// events, each read through `kabar brief`'s pipeline once, and writes event-link.tsv. Score it on
/// folders it was not given (`kabar eval clusters OTHER`), or held out by topic (`--folds`).
/// </summary>
internal sealed class TrainClustersCommand : ICliCommand
{
    public int Order => 15;
    public string? Parent => "train";

    public Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Description = "Folders with pages/DOC.* and clusters.json ({cluster: [DOC...]}), e.g. ECB+ dev and bench/generator output.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write.",
            DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", EventLink.ResourcePath.Replace('/', Path.DirectorySeparatorChar)),
        };
        var command = new Command("clusters", "Fit how an article joins an event (a conditional logit over named features of the article and each candidate event and opening a new one, then the merge threshold) on folders with gold events; writes event-link.tsv.")
        {
            dirs, output,
        };
        command.SetAction(parse =>
        {
            if (GoldFolders.Read(parse.GetValue(dirs)!, needStories: false) is not { } read) return ExitCodes.AllFailed;
            var corpora = read.Select(r => new EventLinkFit.Corpus(r.Dir, r.Run.Stored, r.Folder.Gold, r.Folder.GoldStories)).ToList();
            var fitted = EventLinkFit.Fit(corpora);
            var c = CultureInfo.InvariantCulture;
            var link = fitted.Link;
            foreach (var name in EventLink.Weighted) Console.Out.WriteLine(string.Create(c, $"{name,-18} {link.Weights[name],8:0.0000}"));
            Console.Out.WriteLine(string.Create(c, $"join at {link.JoinAt:0.00}, merge at {link.MergeAt:0.00}; replayed event BCubed F1: ")
                + string.Join(", ", corpora.Zip(fitted.F1, (k, f) => string.Create(c, $"{GoldFolders.Name(k.Name)} {f:0.000}"))));
            var path = parse.GetValue(output)!;
            var names = string.Join(", ", corpora.Select(k => $"{GoldFolders.Name(k.Name)} ({k.Stored.Count} articles)"));
            var text = ConditionalLogitFit.ToTsv(
                "How an article joins an event (EventLink, Similarity.Event): written by `kabar train clusters`",
                string.Create(c, $"{names}: {fitted.Choices} placements with the gold events as the past; replayed event BCubed F1 {fitted.Mean:0.000}"),
                "an article's options are the candidate events the index finds, each scored by the weighted sum of the pair's features, and opening a new event, scored by the weight of 'new'",
                EventLink.Weighted, link.Weights)
                + "# thresholds on the probability of joining: join at 0.5 (likelier than opening), merge chosen by replaying the corpora through the engine\n"
                + string.Create(c, $"{EventLink.JoinThreshold}\t{link.JoinAt:0.00}\n{EventLink.MergeThreshold}\t{link.MergeAt:0.00}\n");
            File.WriteAllText(path, text);
            Console.Error.WriteLine($"kabar train clusters: wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
