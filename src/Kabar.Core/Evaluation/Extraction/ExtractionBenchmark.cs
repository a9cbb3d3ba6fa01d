using System.Text.Json;

namespace Kabar.Evaluation.Extraction;

/// <summary>One benchmark page: where its HTML is and what its gold says.</summary>
/// <param name="GoldDate">The gold publish date as the benchmark writes it (<c>2025-09-04</c>, or <c>2015-11</c>), null when it has none.</param>
public sealed record BenchmarkPage(string Id, string HtmlPath, string GoldBody, string? GoldTitle, string? GoldDate, string? Url);

/// <summary>The two benchmark layouts Kabar scores; each brings its own metric.</summary>
public enum BenchmarkKind
{
    /// <summary>scrapinghub/article-extraction-benchmark: <c>html/ID.html.gz</c> + <c>ground-truth.json</c> {ID: {articleBody, url}}.</summary>
    ScrapingHub,
    /// <summary>WCXB: <c>html/ID.html.gz</c> + <c>ground-truth/ID.json</c> (ground_truth.main_content, title, publish_date).</summary>
    Wcxb,
}

/// <summary>A benchmark folder, recognised by its layout.</summary>
public sealed record ExtractionBenchmark(string Folder, BenchmarkKind Kind, IReadOnlyList<BenchmarkPage> Pages)
{
    /// <summary>Loads <paramref name="folder"/>; throws <see cref="InvalidDataException"/> naming what is missing or malformed.</summary>
    public static ExtractionBenchmark Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new InvalidDataException($"{folder}: no such folder");
        var html = Path.Combine(folder, "html");
        if (!Directory.Exists(html)) throw new InvalidDataException($"{folder}: not a benchmark folder (no html/ inside)");
        var singleFile = Path.Combine(folder, "ground-truth.json");
        var perPage = Path.Combine(folder, "ground-truth");
        if (File.Exists(singleFile)) return new(folder, BenchmarkKind.ScrapingHub, LoadScrapingHub(singleFile, html));
        if (Directory.Exists(perPage)) return new(folder, BenchmarkKind.Wcxb, LoadWcxb(perPage, html));
        throw new InvalidDataException($"{folder}: not a benchmark folder (neither ground-truth.json nor ground-truth/ inside)");
    }

    private static List<BenchmarkPage> LoadScrapingHub(string goldFile, string html)
    {
        using var json = ParseJson(goldFile);
        var pages = new List<BenchmarkPage>();
        foreach (var entry in json.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            pages.Add(new BenchmarkPage(entry.Name, HtmlFile(html, entry.Name),
                Str(entry.Value, "articleBody") ?? "", GoldTitle: null, GoldDate: null, Url: Str(entry.Value, "url")));
        }
        return pages;
    }

    private static List<BenchmarkPage> LoadWcxb(string goldFolder, string html)
    {
        var pages = new List<BenchmarkPage>();
        foreach (var file in Directory.GetFiles(goldFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var json = ParseJson(file);
            var root = json.RootElement;
            if (!root.TryGetProperty("ground_truth", out var gold) || gold.ValueKind != JsonValueKind.Object) continue;
            var id = Path.GetFileNameWithoutExtension(file);
            pages.Add(new BenchmarkPage(id, HtmlFile(html, id), Str(gold, "main_content") ?? "",
                Str(gold, "title"), Str(gold, "publish_date"), Str(root, "url")));
        }
        return pages;
    }

    private static string HtmlFile(string html, string id)
    {
        var gz = Path.Combine(html, id + ".html.gz");
        return File.Exists(gz) ? gz : Path.Combine(html, id + ".html");
    }

    private static JsonDocument ParseJson(string file)
    {
        try { return JsonDocument.Parse(File.ReadAllText(file)); }
        catch (JsonException e) { throw new InvalidDataException($"{file}: not valid JSON: {e.Message}"); }
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
