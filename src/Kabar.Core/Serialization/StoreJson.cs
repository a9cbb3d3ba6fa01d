using System.Globalization;
using System.Text.Json.Nodes;
using Kabar.Search;
using Kabar.Storage;

namespace Kabar.Serialization;

/// <summary>
/// The JSON of stored stories and search hits, as `kabar stories --json` and `kabar search --json`
/// print them and the web API returns them, so the two faces cannot drift apart.
/// </summary>
public static class StoreJson
{
    public static JsonObject Story(StorySummary s) => new()
    {
        ["id"] = s.Id,
        ["title"] = s.Title,
        ["article_count"] = s.ArticleCount,
        ["outlets"] = new JsonArray(s.Outlets.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray()),
        ["first_published"] = Day(s.FirstPublished),
        ["last_published"] = Day(s.LastPublished),
        ["summary"] = s.Summary,
    };

    public static JsonObject Hit(SearchHit h) => new()
    {
        ["article_id"] = h.ArticleId,
        ["source"] = h.Source,
        ["title"] = h.Title,
        ["outlet"] = h.Outlet,
        ["published"] = h.Published?.ToIso(),
        ["score"] = h.Score,
        ["snippet"] = new JsonObject { ["text"] = h.Snippet, ["article"] = h.Source, ["start"] = h.SnippetSpan.Start, ["end"] = h.SnippetSpan.End },
        ["story"] = h.Story is null ? null : new JsonObject { ["id"] = h.Story.Id, ["title"] = h.Story.Title },
    };

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
