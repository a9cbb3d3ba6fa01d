using System.CommandLine;
using System.Text.Json;
using Kabar.Briefs;
using Kabar.Extraction;
using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Serialization;
using Kabar.Storage.Export;
using Kabar.Storage.Sqlite;
using Spectre.Console;

namespace Kabar.Cli.Commands;

/// <summary>`kabar brief PATH... [--json|--markdown]`: every story's cited brief from a pile of pages, in one go.</summary>
internal sealed class BriefCommand : ICliCommand
{
    public int Order => 30;

    public Command Create()
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json();
        var markdown = new Option<bool>("--markdown") { Description = "Print the briefs as Markdown." };
        var command = new Command("brief", "Read pages, group them into events and stories, and print each story's cited brief: summary, timeline, people, quotes, coverage, disagreements, shared passages.")
        {
            paths, json, markdown,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(markdown))
            {
                Console.Error.WriteLine("kabar brief: choose --json or --markdown, not both");
                return ExitCodes.UsageError;
            }
            var inputs = parse.GetValue(paths) ?? [];
            // The same ingestion as `kabar ingest`, into a store that is gone when the command ends.
            using var store = SqliteKabarStore.OpenInMemory();
            var report = Terminal.WithProgress("reading", ExtractionRun.CountInputs(inputs),
                tick => new IngestPipeline(store).Run(inputs, tick));
            foreach (var f in report.Failures)
                Terminal.Warn(f.Source, "error: " + f.Reason);
            if (report.StoppedBecause is not null) Console.Error.WriteLine($"kabar brief: {report.StoppedBecause}");
            if (report.NewArticles == 0)
            {
                Console.Error.WriteLine("kabar brief: no article could be read from the input");
                return ExitCodes.AllFailed;
            }
            var briefs = CorpusExport.AllBriefs(store);
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(new { stories = briefs }, KabarJson.Indented));
            else if (parse.GetValue(markdown))
                Console.Out.Write(BriefMarkdown.Write(briefs));
            else
                foreach (var b in briefs) WriteHuman(b);
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly IAnsiConsole Out = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    private static void WriteHuman(Brief b)
    {
        static string E(string s) => Markup.Escape(s.Replace('\n', ' '));
        static string F(string path) => E(Path.GetFileName(path));
        Out.MarkupLine($"[bold]{E(b.Title)}[/] [dim]({b.Id}, {b.Events.Count} events, {b.Events.Sum(e => e.Articles.Count)} articles)[/]");
        foreach (var e in b.Events) Out.MarkupLine($"  event [dim]{e.Id}[/] {E(e.Title)}: {string.Join(", ", e.Articles.Select(F))}");
        if (b.Summary.Count > 0) Out.MarkupLine("[underline]Summary[/]");
        foreach (var s in b.Summary) Out.MarkupLine($"  {E(s.Text)} [dim]{F(s.Article)}[/]");
        if (b.Timeline.Count > 0) Out.MarkupLine("[underline]Timeline[/]");
        foreach (var t in b.Timeline) Out.MarkupLine($"  [bold]{t.Date}[/] {E(t.What)} [dim]{string.Join(", ", t.Citations.Select(c => F(c.Article)).Distinct())}[/]");
        if (b.People.Count > 0) Out.MarkupLine("[underline]People[/]: " + E(string.Join(", ", b.People.Select(p => p.Name))));
        if (b.Organisations.Count > 0) Out.MarkupLine("[underline]Organisations[/]: " + E(string.Join(", ", b.Organisations.Select(p => p.Name))));
        if (b.Quotes.Count > 0) Out.MarkupLine("[underline]Quotes[/]");
        foreach (var g in b.Quotes)
            foreach (var q in g.Quotes) Out.MarkupLine($"  {E(g.Speaker)}: {E(q.Text)} [dim]({E(string.Join(", ", q.Outlets))})[/]");
        if (b.Coverage.Count > 0) Out.MarkupLine("[underline]Coverage[/]");
        foreach (var c in b.Coverage)
            Out.MarkupLine($"  {E(c.Outlet)}{(c.ReportedFirst ? " [green](first)[/]" : "")}: {c.Articles.Count} article(s), {E(string.Join(", ", c.Articles.Select(a => a.Published ?? "no date")))}" +
                           (c.WireSources.Count > 0 ? $"; wire {E(string.Join(", ", c.WireSources))}" : ""));
        if (b.Disagreements.Count > 0) Out.MarkupLine("[underline]Disagreements[/]");
        foreach (var d in b.Disagreements)
            Out.MarkupLine($"  {E(d.Kind)} [dim]({E(d.Strength)})[/] {E(d.About)}: {string.Join(" [yellow]vs[/] ", d.Claims.Select(c => $"{E(c.Value)} [dim]({string.Join(", ", c.Citations.Select(x => F(x.Article)).Distinct())})[/]"))}");
        if (b.SharedPassages.Count > 0) Out.MarkupLine("[underline]Shared passages[/]");
        foreach (var p in b.SharedPassages) Out.MarkupLine($"  {string.Join(" ~ ", p.Articles.Select(F))}: {E(p.Text)}");
        Out.WriteLine();
    }
}
