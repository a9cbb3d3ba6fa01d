using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Kabar.Serialization;
using Kabar.Storage;

namespace Kabar.Cli.Commands;

/// <summary>`kabar stories [--json]`: the stored stories, newest activity first.</summary>
internal sealed class StoriesCommand : ICliCommand
{
    public int Order => 40;

    public Command Create()
    {
        var json = CommonOptions.Json();
        var db = StoreAccess.Db();
        var command = new Command("stories", "List the stored stories, newest activity first: id, title, articles, outlets, dates and a one-line summary.")
        {
            db, json,
        };
        command.SetAction(parse => StoreAccess.With("stories", parse.GetValue(db), create: false, store =>
        {
            var stories = store.Stories();
            if (parse.GetValue(json))
            {
                var list = new JsonArray(stories.Select(s => (JsonNode?)ToJson(s)).ToArray());
                Console.Out.WriteLine(new JsonObject { ["stories"] = list }.ToJsonString(KabarJson.Options));
                return ExitCodes.Success;
            }
            if (stories.Count == 0) Console.Error.WriteLine($"kabar stories: {store.Location} holds no stories yet");
            foreach (var s in stories)
            {
                Console.Out.WriteLine($"{s.Id}  {OneLine(s.Title)}");
                Console.Out.WriteLine($"    {s.ArticleCount} article(s) · {(s.Outlets.Count > 0 ? string.Join(", ", s.Outlets.Select(OneLine)) : "outlet unknown")} · {Span(s)}");
                Console.Out.WriteLine($"    {OneLine(s.Summary)}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    public static JsonObject ToJson(StorySummary s) => StoreJson.Story(s);

    private static string Span(StorySummary s) => (s.FirstPublished, s.LastPublished) switch
    {
        (null, null) => "no dates",
        var (f, l) when f == l => Day(f)!,
        var (f, l) => $"{Day(f)} – {Day(l)}",
    };

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Page text on one terminal line: control characters (escape sequences) become spaces.</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
