using System.Text;
using System.Text.Json;
using Kabar.Model;

namespace Kabar.Readers;

/// <summary>
/// Which JSON field holds what in a crawler's JSON Lines export. The defaults cover news-please
/// style exports (url, html or maintext/text, title, date_publish, date_download, authors);
/// <see cref="Parse"/> reads `--map role=field,...` for other crawlers.
/// </summary>
public sealed record JsonFieldMap(
    IReadOnlyList<string> Url, IReadOnlyList<string> Html, IReadOnlyList<string> Text, IReadOnlyList<string> Title,
    IReadOnlyList<string> Published, IReadOnlyList<string> Fetched, IReadOnlyList<string> Authors)
{
    public IEnumerable<string> PageFields => Html.Concat(Text);

    public static readonly string[] Roles = ["url", "html", "text", "title", "published", "fetched", "authors"];

    /// <summary>Overrides roles with the fields named in <paramref name="map"/> ('html=page_source,title=judul').</summary>
    public JsonFieldMap With(string? map)
    {
        if (string.IsNullOrWhiteSpace(map)) return this;
        var result = this;
        foreach (var pair in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
                throw new ArgumentException($"--map entry '{pair}' is not ROLE=FIELD");
            IReadOnlyList<string> field = [parts[1]];
            result = parts[0].ToLowerInvariant() switch
            {
                "url" => result with { Url = field },
                "html" => result with { Html = field },
                "text" => result with { Text = field },
                "title" => result with { Title = field },
                "published" => result with { Published = field },
                "fetched" => result with { Fetched = field },
                "authors" => result with { Authors = field },
                _ => throw new ArgumentException($"--map role '{parts[0]}' is not one of {string.Join(", ", Roles)}"),
            };
        }
        return result;
    }
}

/// <summary>
/// Reads a JSON Lines export one line at a time (never the whole file), yielding one raw document
/// per line as <c>FILE#N</c> (N the line number). A broken line is reported with its number and
/// the rest of the file is read.
/// </summary>
public static class JsonLinesReader
{
    public static readonly JsonFieldMap DefaultFields = new(
        Url: ["url", "link", "canonical_url"],
        Html: ["html", "raw_html", "content_html", "body_html"],
        Text: ["maintext", "text", "content", "body"],
        Title: ["title", "headline"],
        Published: ["date_publish", "published", "date_published", "pubDate", "date"],
        Fetched: ["date_download", "fetched", "crawled_at"],
        Authors: ["authors", "author"]);

    public static IEnumerable<ReadOutcome> Read(string path, Stream stream, JsonFieldMap? fields = null)
    {
        fields ??= DefaultFields;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ReadLine($"{path}#{lineNumber}", line, fields);
        }
    }

    private static ReadOutcome ReadLine(string source, string line, JsonFieldMap fields)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return new ReadOutcome.Failed(source, $"line is not valid JSON: {e.Message}"); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return new ReadOutcome.Failed(source, "line is not a JSON object");
            var root = json.RootElement;
            var page = First(root, fields.Html) ?? First(root, fields.Text);
            if (string.IsNullOrWhiteSpace(page))
                return new ReadOutcome.Failed(source, $"no page in the line (looked for {string.Join(", ", fields.PageFields)}; use --map html=FIELD)");
            var hints = new MetadataHints(
                Title: First(root, fields.Title),
                Published: DateHint(First(root, fields.Published)),
                Authors: Authors(root, fields.Authors));
            return new ReadOutcome.Read(new RawDocument(source, Encoding.UTF8.GetBytes(page),
                Url: First(root, fields.Url), Charset: "utf-8",
                Fetched: DateHint(First(root, fields.Fetched))?.Value, Hints: hints));
        }
    }

    internal static PageTime? DateHint(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var value))
            return new PageTime(value, false);
        return Extraction.Metadata.PageDateParser.Parse(text);
    }

    private static string? First(JsonElement root, IEnumerable<string> names)
    {
        foreach (var name in names)
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
                return s;
        return null;
    }

    private static IReadOnlyList<string>? Authors(JsonElement root, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value)) continue;
            if (value.ValueKind == JsonValueKind.String) return [value.GetString()!];
            if (value.ValueKind == JsonValueKind.Array)
                return value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
        }
        return null;
    }
}
