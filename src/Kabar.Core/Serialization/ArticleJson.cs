using System.Text.Json.Nodes;
using Kabar.Model;

namespace Kabar.Serialization;

/// <summary>
/// The JSON shape of articles as `kabar extract --json` and `kabar annotate --json` print them,
/// and as the web API returns them. Spans are written flat: <c>{start, end, ...}</c>.
/// </summary>
public static class ArticleJson
{
    public static JsonObject FromArticle(Article a) => new()
    {
        ["source"] = a.Source,
        ["url"] = a.Url,
        ["outlet"] = a.Outlet,
        ["outlet_domain"] = a.OutletDomain,
        ["title"] = a.Title,
        ["title_generated"] = a.TitleGenerated,
        ["subtitle"] = a.Subtitle,
        ["published"] = a.Published?.ToIso(),
        ["modified"] = a.Modified?.ToIso(),
        ["first_published"] = a.FirstPublished?.ToIso(),
        ["authors"] = Strings(a.Authors),
        ["editors"] = Strings(a.Editors),
        ["wire_sources"] = Strings(a.WireSources),
        ["photo_credits"] = Strings(a.PhotoCredits),
        ["dateline"] = a.Dateline,
        ["language"] = a.Language,
        ["body"] = a.Body,
        ["cut"] = new JsonArray(a.Cut.Select(c => (JsonNode)new JsonObject { ["text"] = c.Text, ["reason"] = c.Reason }).ToArray()),
        ["warnings"] = Strings(a.Warnings.Select(w => w.Message)),
    };

    public static JsonObject FromRejection(string source, string reason) => new()
    {
        ["source"] = source,
        ["error"] = reason,
    };

    public static JsonObject FromAnnotated(AnnotatedArticle a)
    {
        var json = FromArticle(a.Article);
        json["sentences"] = Array(a.Sentences, s => new JsonObject { ["start"] = s.Span.Start, ["end"] = s.Span.End });
        json["entities"] = Array(a.Entities, e => new JsonObject
        {
            ["text"] = e.Text, ["start"] = e.Span.Start, ["end"] = e.Span.End, ["type"] = e.Type,
            ["canonical"] = e.Canonical, ["role"] = e.Role,
        });
        // The speaker's fields are read through the quote's reference to its entity mention
        // (speaker_entity, an index into "entities"), so they show the entity's name as linking left it.
        json["quotes"] = Array(a.Quotes, q =>
        {
            var speaker = a.SpeakerOf(q);
            return new JsonObject
            {
                ["text"] = q.Text, ["start"] = q.Span.Start, ["end"] = q.Span.End, ["direct"] = q.Direct,
                ["speaker"] = speaker?.Text, ["speaker_canonical"] = speaker?.Canonical,
                ["speaker_start"] = speaker?.Span.Start, ["speaker_end"] = speaker?.Span.End,
                ["speaker_entity"] = q.SpeakerEntity, ["cue"] = q.Cue,
            };
        });
        json["times"] = Array(a.Times, t => new JsonObject
        {
            ["text"] = t.Text, ["start"] = t.Span.Start, ["end"] = t.Span.End, ["type"] = t.Type,
            ["value"] = t.Value, ["anchor"] = t.Anchor, ["mod"] = t.Mod,
        });
        var warnings = a.Article.Warnings.Select(w => w.Message).Concat(a.Warnings).Distinct().ToList();
        json["warnings"] = Strings(warnings);
        return json;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> map) => new(items.Select(i => (JsonNode?)map(i)).ToArray());
}
