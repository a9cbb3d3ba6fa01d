using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kabar.Briefs;
using Kabar.Model;
using Kabar.Serialization;

namespace Kabar.Storage.Export;

public enum ExportFormat { JsonLines, Csv, Markdown, JsonLd }

/// <summary>
/// Writes a store's articles or stories for other tools, streaming (one article in memory at a
/// time): JSON Lines, CSV, Markdown, and schema.org <c>NewsArticle</c> JSON-LD for articles.
/// </summary>
public static class CorpusExport
{
    private static readonly string[] ArticleColumns =
        ["id", "source", "url", "outlet", "title", "published", "authors", "editors", "wire_sources", "dateline", "language", "event_id", "story_id", "story_title", "body"];

    private static readonly string[] StoryColumns =
        ["id", "title", "article_count", "outlets", "first_published", "last_published", "summary"];

    public static int WriteArticles(IKabarStore store, ExportFormat format, TextWriter output)
    {
        var stories = store.Stories().ToDictionary(s => s.Id);
        string? StoryTitle(string? id) => id is not null && stories.TryGetValue(id, out var s) ? s.Title : null;
        var count = 0;
        switch (format)
        {
            case ExportFormat.JsonLines:
                foreach (var a in store.Articles())
                {
                    var json = ArticleJson.FromArticle(a.Article);
                    json["id"] = a.Id;
                    json["event_id"] = a.EventId;
                    json["story_id"] = a.StoryId;
                    json["story_title"] = StoryTitle(a.StoryId);
                    output.WriteLine(json.ToJsonString(KabarJson.Options));
                    count++;
                }
                break;
            case ExportFormat.Csv:
                Csv.WriteRow(output, ArticleColumns);
                foreach (var s in store.Articles())
                {
                    var a = s.Article;
                    Csv.WriteRow(output, [Id(s.Id), a.Source, a.Url, a.Outlet, a.Title, a.Published?.ToIso(), Join(a.Authors), Join(a.Editors),
                        Join(a.WireSources), a.Dateline, a.Language, s.EventId, s.StoryId, StoryTitle(s.StoryId), a.Body]);
                    count++;
                }
                break;
            case ExportFormat.Markdown:
                foreach (var s in store.Articles())
                {
                    var a = s.Article;
                    output.WriteLine($"# {BriefMarkdown.Escape(a.Title)}");
                    output.WriteLine();
                    var facts = new[] { a.Outlet, a.Published?.ToIso(), s.StoryId is null ? null : $"story {s.StoryId}: {StoryTitle(s.StoryId)}" }.Where(f => f is not null);
                    output.WriteLine($"*{BriefMarkdown.Escape(string.Join(" · ", facts))}* — `{a.Source.Replace("`", "'")}`");
                    output.WriteLine();
                    foreach (var paragraph in a.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                    {
                        output.WriteLine(BriefMarkdown.Escape(paragraph));
                        output.WriteLine();
                    }
                    output.WriteLine("---");
                    output.WriteLine();
                    count++;
                }
                break;
            case ExportFormat.JsonLd:
                count = WriteJsonLd(store, output);
                break;
        }
        return count;
    }

    public static int WriteStories(IKabarStore store, ExportFormat format, TextWriter output)
    {
        var stories = store.Stories();
        switch (format)
        {
            case ExportFormat.JsonLines:
                foreach (var s in stories)
                    if (BriefOf(store, s.Id) is { } brief) output.WriteLine(JsonSerializer.Serialize(brief, KabarJson.Options));
                break;
            case ExportFormat.Csv:
                Csv.WriteRow(output, StoryColumns);
                foreach (var s in stories)
                    Csv.WriteRow(output, [s.Id, s.Title, s.ArticleCount.ToString(CultureInfo.InvariantCulture), string.Join("; ", s.Outlets),
                        s.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.LastPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Summary]);
                break;
            case ExportFormat.Markdown:
                foreach (var s in stories)
                    if (BriefOf(store, s.Id) is { } brief) { output.WriteLine(BriefMarkdown.Write(brief)); output.WriteLine("---"); output.WriteLine(); }
                break;
            case ExportFormat.JsonLd:
                throw new ArgumentException("JSON-LD export is for articles (schema.org NewsArticle); use --articles");
        }
        return stories.Count;
    }

    /// <summary>The brief of a stored story, null when there is no such story.</summary>
    public static Brief? BriefOf(IKabarStore store, string storyId) =>
        store.Contents(storyId, BriefBuilder.MaxArticles) is { } c ? BriefBuilder.Build(c.Story, c.Events, c.Articles, c.Ids) : null;

    /// <summary>Every stored story's brief, the largest stories first (as `kabar brief` prints them).</summary>
    public static IReadOnlyList<Brief> AllBriefs(IKabarStore store) => store.Stories()
        .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Id, StringComparer.Ordinal)
        .Select(s => BriefOf(store, s.Id)).OfType<Brief>()
        .ToList();

    /// <summary>One JSON-LD document whose <c>@graph</c> holds a schema.org NewsArticle per article.</summary>
    private static int WriteJsonLd(IKabarStore store, TextWriter output)
    {
        var count = 0;
        output.WriteLine("{\"@context\":\"https://schema.org\",\"@graph\":[");
        foreach (var s in store.Articles())
        {
            if (count > 0) output.WriteLine(",");
            output.Write(NewsArticle(s).ToJsonString(KabarJson.Options));
            count++;
        }
        output.WriteLine();
        output.WriteLine("]}");
        return count;
    }

    private static JsonObject NewsArticle(StoredArticle s)
    {
        var a = s.Article;
        var json = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["identifier"] = Id(s.Id),
            ["headline"] = a.Title,
            ["articleBody"] = a.Body,
            ["inLanguage"] = a.Language,
        };
        if (a.Url is not null) json["url"] = a.Url;
        if (a.Subtitle is not null) json["alternativeHeadline"] = a.Subtitle;
        if (a.Published is not null) json["datePublished"] = a.Published.ToIso();
        if (a.Modified is not null) json["dateModified"] = a.Modified.ToIso();
        if (a.Dateline is not null) json["dateline"] = a.Dateline;
        if (a.Authors.Count > 0) json["author"] = Things("Person", a.Authors);
        if (a.Editors.Count > 0) json["editor"] = Things("Person", a.Editors);
        if (a.WireSources.Count > 0) json["sourceOrganization"] = Things("Organization", a.WireSources);
        if (a.Outlet is not null)
        {
            var publisher = new JsonObject { ["@type"] = "Organization", ["name"] = a.Outlet };
            if (a.OutletDomain is not null) publisher["url"] = "https://" + a.OutletDomain;
            json["publisher"] = publisher;
        }
        json["wordCount"] = a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return json;
    }

    private static JsonArray Things(string type, IEnumerable<string> names) =>
        new(names.Select(n => (JsonNode?)new JsonObject { ["@type"] = type, ["name"] = n }).ToArray());

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
