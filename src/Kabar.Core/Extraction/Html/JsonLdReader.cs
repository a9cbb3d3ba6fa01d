using System.Text.Json;
using AngleSharp.Dom;

namespace Kabar.Extraction.Html;

/// <summary>What a page's schema.org JSON-LD says about its article.</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    string? DateModified,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? ArticleBody,
    string? Description,
    string? Url,
    bool IsArticle);

/// <summary>
/// Reads every <c>application/ld+json</c> block of a page, tolerating comments, trailing commas and
/// broken blocks, and finds the object that describes the article (NewsArticle and kin, data in
/// content-hints.json; a WebPage when no article type is there), looking inside <c>@graph</c>,
/// arrays and <c>mainEntity</c>. Walks iteratively.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    public static JsonLdArticle? Read(IDocument document, ContentHints hints)
    {
        JsonLdArticle? page = null;
        string? publisherFallback = null;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is null || !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            JsonDocument json;
            try { json = JsonDocument.Parse(script.TextContent.Trim().TrimEnd(';'), Options); }
            catch (JsonException) { continue; }
            using (json)
            {
                foreach (var obj in Objects(json.RootElement))
                {
                    var types = Types(obj);
                    if (types.Any(t => t is "Organization" or "NewsMediaOrganization" or "WebSite"))
                        publisherFallback ??= Text(obj, "name");
                    if (types.Any(hints.ArticleTypes.Contains))
                        return ToArticle(obj, true, publisherFallback);
                    if (page is null && types.Any(hints.PageTypes.Contains))
                        page = ToArticle(obj, false, publisherFallback);
                }
            }
        }
        return page is not null && page.Publisher is null && publisherFallback is not null ? page with { Publisher = publisherFallback } : page;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 10_000)
        {
            var e = pending.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                for (var i = e.GetArrayLength() - 1; i >= 0; i--) pending.Push(e[i]);
                continue;
            }
            if (e.ValueKind != JsonValueKind.Object) continue;
            yield return e;
            foreach (var key in new[] { "mainEntity", "mainEntityOfPage", "@graph", "itemListElement" }.Reverse())
                if (e.TryGetProperty(key, out var inner) && inner.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    pending.Push(inner);
        }
    }

    private static List<string> Types(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var t)) return [];
        if (t.ValueKind == JsonValueKind.String) return [Short(t.GetString()!)];
        if (t.ValueKind == JsonValueKind.Array)
            return t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => Short(x.GetString()!)).ToList();
        return [];
    }

    private static string Short(string type) => type[(type.LastIndexOfAny(['/', ':']) + 1)..];

    private static JsonLdArticle ToArticle(JsonElement obj, bool isArticle, string? publisherFallback) => new(
        Headline: Text(obj, "headline") ?? Text(obj, "name"),
        DatePublished: Text(obj, "datePublished") ?? Text(obj, "dateCreated") ?? Text(obj, "uploadDate"),
        DateModified: Text(obj, "dateModified"),
        Authors: Names(obj, "author").Concat(Names(obj, "creator")).Distinct().ToList(),
        Publisher: Names(obj, "publisher").FirstOrDefault() ?? publisherFallback,
        ArticleBody: Text(obj, "articleBody") ?? Text(obj, "text"),
        Description: Text(obj, "description"),
        Url: Text(obj, "url") ?? (obj.TryGetProperty("mainEntityOfPage", out var m) ? (m.ValueKind == JsonValueKind.String ? m.GetString() : Text(m, "@id")) : null),
        IsArticle: isArticle);

    private static string? Text(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Text(v, "@value") ?? Text(v, "name"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static IEnumerable<string> Names(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v)) yield break;
        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        foreach (var item in items)
        {
            var s = item.ValueKind == JsonValueKind.String ? item.GetString() : Text(item, "name");
            if (!string.IsNullOrWhiteSpace(s) && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) yield return s.Trim();
        }
    }
}
