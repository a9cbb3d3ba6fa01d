using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Kabar.Briefs;
using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Storage.Sqlite;
using Kabar.Stories;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar eval summaries DIR [--split even|odd|all] [--limit N]`: ROUGE-1/2 F of the brief's summary
/// against reference summaries (IndoSum's articles.jsonl), beside LEAD-3 on the same bodies. Each
/// article is written as a page, read by the same <see cref="IngestPipeline"/> as `kabar brief`,
/// and summarised by <see cref="BriefBuilder"/> as the brief of a one-article story.
/// </summary>
internal sealed class EvalSummariesCommand : ICliCommand
{
    public int Order => 50;
    public string? Parent => "eval";

    public Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder with articles.jsonl: {id, paragraphs: [[[word...]...]...], summary: [[word...]...]} per line." };
        var split = new Option<string>("--split") { Description = "Which articles: 'even' or 'odd' line numbers (choose on one, report the other), or 'all'.", DefaultValueFactory = _ => "all" };
        var limit = new Option<int>("--limit") { Description = "Score at most this many articles of the split (0: all).", DefaultValueFactory = _ => 0 };
        var command = new Command("summaries", "Score brief summaries: ROUGE-1 and ROUGE-2 F against reference summaries, beside LEAD-3.") { dir, split, limit };
        command.SetAction(parse =>
        {
            var path = Path.Combine(parse.GetValue(dir)!, "articles.jsonl");
            var which = parse.GetValue(split)!;
            if (which is not ("even" or "odd" or "all"))
            {
                Console.Error.WriteLine($"kabar eval summaries: --split must be even, odd or all, not '{which}'");
                return ExitCodes.UsageError;
            }
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: error: no such file (expected IndoSum's articles.jsonl)");
                return ExitCodes.AllFailed;
            }
            var items = new List<(string Page, string Reference)>();
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                var number = lineNumber++;
                if (which == "even" && number % 2 != 0 || which == "odd" && number % 2 == 0 || line.Trim().Length == 0) continue;
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    var paragraphs = doc.RootElement.GetProperty("paragraphs").EnumerateArray()
                        .Select(p => string.Join(" ", p.EnumerateArray().Select(Sentence))).ToList();
                    var reference = string.Join(" ", doc.RootElement.GetProperty("summary").EnumerateArray().Select(Sentence));
                    var title = doc.RootElement.TryGetProperty("id", out var id) ? Title(id.GetString() ?? "") : "";
                    items.Add((Page(title, paragraphs), reference));
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
                {
                    Console.Error.WriteLine($"{path}:{number + 1}: error: {e.Message}");
                }
                if (parse.GetValue(limit) is > 0 and var n && items.Count >= n) break;
            }
            var temp = Directory.CreateTempSubdirectory("kabar-eval-summaries-");
            try
            {
                for (var i = 0; i < items.Count; i++) File.WriteAllText(Path.Combine(temp.FullName, $"{i:D5}.html"), items[i].Page);
                using var store = SqliteKabarStore.OpenInMemory();
                new IngestPipeline(store) { ChunkSize = 512 }.Run([temp.FullName]);
                double r1 = 0, r2 = 0, l1 = 0, l2 = 0;
                var scored = 0;
                foreach (var stored in store.Articles())
                {
                    if (store.Annotated(stored.Id) is not { } annotated) continue;
                    if (!int.TryParse(Path.GetFileNameWithoutExtension(annotated.Source), NumberStyles.None, CultureInfo.InvariantCulture, out var index)) continue;
                    var reference = items[index].Reference;
                    var brief = BriefBuilder.Build(new StoryCluster("s", ["e"]), [new EventCluster("e", "s", [annotated.Source])], [annotated]);
                    var (a, b) = SummaryScores.Score(string.Join(" ", brief.Summary.Select(s => s.Text)), reference);
                    var (c, d) = SummaryScores.Score(string.Join(" ", annotated.Sentences.Take(3).Select(s => annotated.Text(s.Span))), reference);
                    (r1, r2, l1, l2) = (r1 + a, r2 + b, l1 + c, l2 + d);
                    scored++;
                }
                if (scored == 0)
                {
                    Console.Error.WriteLine($"{path}: error: no article could be read");
                    return ExitCodes.AllFailed;
                }
                static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
                Console.Out.WriteLine($"{path} ({which}): {scored} of {items.Count} articles scored");
                Console.Out.WriteLine($"kabar brief summary  ROUGE-1 F {F(r1 / scored)}  ROUGE-2 F {F(r2 / scored)}");
                Console.Out.WriteLine($"LEAD-3 (same bodies) ROUGE-1 F {F(l1 / scored)}  ROUGE-2 F {F(l2 / scored)}");
                return ExitCodes.Success;
            }
            finally { temp.Delete(true); }
        });
        return command;
    }

    private static string Sentence(JsonElement words) => Detokenise(words.EnumerateArray().Select(w => w.GetString() ?? ""));

    /// <summary>IndoSum's words as print has them: no space before closing punctuation, quotes hugging what they quote.</summary>
    private static string Detokenise(IEnumerable<string> words)
    {
        var text = new StringBuilder();
        var open = false;
        var glue = true;
        foreach (var w in words)
        {
            var quote = w is "\"" or "“" or "”";
            var closing = w is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "%" || quote && open;
            if (!glue && !closing) text.Append(' ');
            text.Append(w);
            glue = w is "(" or "[" || quote && !open;
            if (quote) open = !open;
        }
        return text.ToString();
    }

    private static string Title(string id)
    {
        var slug = id.Contains('-') ? id[(id.IndexOf('-') + 1)..] : id;
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string Page(string title, IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title></head><body><article><h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n");
        foreach (var p in paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        return html.Append("</article></body></html>\n").ToString();
    }
}
