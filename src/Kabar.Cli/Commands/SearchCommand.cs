using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Kabar.Search;
using Kabar.Serialization;

namespace Kabar.Cli.Commands;

/// <summary>`kabar search QUERY [--outlet X] [--from DATE] [--to DATE] [--json]`: full-text search over stored articles.</summary>
internal sealed class SearchCommand : ICliCommand
{
    public int Order => 42;

    public Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find (Indonesian stemming: 'pembicaraan' finds 'dibicarakan'); \"phrases\", OR and -word work." };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet (its name, as 'kabar stories' shows it)." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day (yyyy-MM-dd)." };
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json();
        var db = StoreAccess.Db();
        var command = new Command("search", "Search the stored articles; each result shows its outlet, date, the sentence that matched and its story.")
        {
            query, outlet, from, to, limit, db, json,
        };
        command.SetAction(parse =>
        {
            if (!TryDay(parse.GetValue(from), "--from", out var fromDay) || !TryDay(parse.GetValue(to), "--to", out var toDay))
                return ExitCodes.UsageError;
            if (parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("kabar search: --limit must be at least 1");
                return ExitCodes.UsageError;
            }
            var search = new SearchQuery(parse.GetValue(query)!, parse.GetValue(outlet), fromDay, toDay, parse.GetValue(limit));
            return StoreAccess.With("search", parse.GetValue(db), create: false, store =>
            {
                using var index = ArticleSearch.Open(store);
                if (Terminal.WithProgress("indexing", index.Pending(), tick => index.Update(tick)) < 0)
                    Console.Error.WriteLine("kabar search: the index is being updated by another process; the newest articles may be missing");
                IReadOnlyList<SearchHit> hits;
                try { hits = index.Search(search); }
                catch (SearchQueryException e)
                {
                    Console.Error.WriteLine($"kabar search: {e.Message}");
                    return ExitCodes.UsageError;
                }
                Print(hits, parse.GetValue(json));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static void Print(IReadOnlyList<SearchHit> hits, bool json)
    {
        if (json)
        {
            var list = new JsonArray(hits.Select(h => (JsonNode?)StoreJson.Hit(h)).ToArray());
            Console.Out.WriteLine(new JsonObject { ["hits"] = list }.ToJsonString(KabarJson.Options));
            return;
        }
        if (hits.Count == 0) Console.Error.WriteLine("kabar search: no article matches");
        var n = 0;
        foreach (var h in hits)
        {
            Console.Out.WriteLine($"{++n}. {StoriesCommand.OneLine(h.Title)}");
            Console.Out.WriteLine($"   {StoriesCommand.OneLine(h.Outlet ?? "outlet unknown")} · {h.Published?.ToIso() ?? "no date"} · {StoriesCommand.OneLine(h.Source)}");
            if (h.Story is not null) Console.Out.WriteLine($"   story {h.Story.Id}: {StoriesCommand.OneLine(h.Story.Title)}");
            Console.Out.WriteLine($"   “{StoriesCommand.OneLine(h.Snippet)}”");
        }
    }

    private static bool TryDay(string? text, string option, out DateOnly? day)
    {
        day = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { day = d; return true; }
        Console.Error.WriteLine($"kabar search: {option} '{StoriesCommand.OneLine(text)}' is not a day in yyyy-MM-dd form");
        return false;
    }
}
