using System.CommandLine;
using System.Text;
using Kabar.Storage.Export;

namespace Kabar.Cli.Commands;

/// <summary>`kabar export --format jsonl|csv|markdown|jsonld [--stories|--articles] [-o FILE]`: the store for other tools.</summary>
internal sealed class ExportCommand : ICliCommand
{
    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jsonl"] = ExportFormat.JsonLines,
        ["csv"] = ExportFormat.Csv,
        ["markdown"] = ExportFormat.Markdown,
        ["jsonld"] = ExportFormat.JsonLd,
    };

    public int Order => 43;

    public Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl, csv, markdown or jsonld (schema.org NewsArticle, articles only).", Required = true };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var stories = new Option<bool>("--stories") { Description = "Export stories (their briefs in jsonl and markdown, one row each in csv)." };
        var articles = new Option<bool>("--articles") { Description = "Export articles (the default)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output." };
        var db = StoreAccess.Db();
        var command = new Command("export", "Export the stored articles or stories as JSON Lines, CSV, Markdown or schema.org JSON-LD.")
        {
            format, stories, articles, output, db,
        };
        command.SetAction(parse =>
        {
            var chosen = Formats[parse.GetValue(format)!];
            var wantStories = parse.GetValue(stories);
            if (wantStories && parse.GetValue(articles))
            {
                Console.Error.WriteLine("kabar export: give --stories or --articles, not both");
                return ExitCodes.UsageError;
            }
            if (wantStories && chosen == ExportFormat.JsonLd)
            {
                Console.Error.WriteLine("kabar export: jsonld writes schema.org NewsArticle records, for articles only; drop --stories");
                return ExitCodes.UsageError;
            }
            var file = parse.GetValue(output);
            return StoreAccess.With("export", parse.GetValue(db), create: false, store =>
            {
                if (file is null)
                {
                    Write(Console.Out);
                    return ExitCodes.Success;
                }
                // Written beside the target and moved over it at the end: a failed export never leaves half a file.
                var partial = file + ".partial";
                try
                {
                    using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false)))
                        Write(writer);
                    File.Move(partial, file, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    try { File.Delete(partial); } catch (IOException) { /* nothing more to clean */ }
                    Console.Error.WriteLine($"kabar export: cannot write {file}: {e.Message}");
                    return ExitCodes.AllFailed;
                }
                return ExitCodes.Success;

                void Write(TextWriter writer)
                {
                    var count = wantStories ? CorpusExport.WriteStories(store, chosen, writer) : CorpusExport.WriteArticles(store, chosen, writer);
                    writer.Flush();
                    Console.Error.WriteLine($"kabar export: {count} {(wantStories ? "story(ies)" : "article(s)")} written{(file is null ? "" : " to " + file)}");
                }
            });
        });
        return command;
    }
}
