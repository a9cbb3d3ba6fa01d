using System.Text.Json;
using Kabar.Annotation;
using Kabar.Extraction;
using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// An event-clustering benchmark in a folder: <c>pages/DOC.*</c> and <c>clusters.json</c>
/// (<c>{cluster: [DOC...]}</c>). ECB+ pages are clean text (<c>DOC.txt</c>; a first line that is a
/// URL is the page's address) and are read as they are; any other page (the generated corpus of
/// bench/, with its boilerplate, as text dumps and HTML) goes through Kabar's real extraction.
/// </summary>
public static class ClusterBenchmark
{
    /// <summary>Reads the folder, or returns the reason it cannot be read.</summary>
    public static (IReadOnlyList<Article> Pages, IReadOnlyDictionary<string, string> Gold)? Load(string folder, out string? error)
    {
        error = null;
        var clustersFile = Path.Combine(folder, "clusters.json");
        var pagesDir = Path.Combine(folder, "pages");
        if (!File.Exists(clustersFile) || !Directory.Exists(pagesDir))
        {
            error = $"{folder}: not a cluster benchmark (needs clusters.json and pages/)";
            return null;
        }
        Dictionary<string, List<string>>? clusters;
        try { clusters = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(clustersFile)); }
        catch (JsonException e) { error = $"{clustersFile}: not a JSON object of cluster -> [doc...]: {e.Message}"; return null; }
        var gold = new Dictionary<string, string>();
        foreach (var (cluster, docs) in clusters ?? [])
            foreach (var doc in docs) gold[doc] = cluster;
        var files = Directory.EnumerateFiles(pagesDir)
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pages = new List<Article>();
        var raw = new List<RawDocument>();
        foreach (var doc in gold.Keys.Order(StringComparer.Ordinal))
        {
            if (!files.TryGetValue(doc, out var path)) { error = $"{Path.Combine(pagesDir, doc)}.*: listed in clusters.json but missing"; return null; }
            if (LooksClean(path)) pages.Add(ToArticle(doc, File.ReadAllText(path)));
            else raw.Add(new RawDocument(doc, File.ReadAllBytes(path)));
        }
        foreach (var outcome in ArticleExtractor.ExtractBatch(raw))
            if (outcome is ExtractionOutcome.Extracted e) pages.Add(e.Article);
        return (pages, gold);
    }

    // ECB+ style: a .txt page whose first line is its URL, or a .txt page beside no clusters of raw pages.
    private static bool LooksClean(string path)
    {
        if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return false;
        using var reader = new StreamReader(path);
        var first = reader.ReadLine()?.Trim() ?? "";
        return Uri.TryCreate(first, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal)
            || !first.Contains('.') && first.Split(' ').Length > 3;
    }

    private static Article ToArticle(string doc, string text)
    {
        text = text.Replace("\r\n", "\n").Trim();
        string? url = null;
        var firstBreak = text.IndexOf('\n');
        var first = firstBreak < 0 ? text : text[..firstBreak];
        if (Uri.TryCreate(first.Trim(), UriKind.Absolute, out var u) && u.Scheme.StartsWith("http"))
        {
            url = first.Trim();
            text = firstBreak < 0 ? "" : text[(firstBreak + 1)..].Trim();
        }
        var titleEnd = text.IndexOf('\n');
        return new Article
        {
            Source = doc,
            Url = url,
            Title = titleEnd < 0 ? text : text[..titleEnd],
            TitleGenerated = true,
            Language = Kabar.Language.LanguageIdentifier.Identify(text),
            Body = text,
        };
    }

    /// <summary>Annotates and clusters the pages; returns doc -> event id.</summary>
    public static IReadOnlyDictionary<string, string> Cluster(IReadOnlyList<Article> pages, ClusteringSettings settings, Action? onArticleDone = null)
    {
        var annotated = BatchAnnotator.Annotate(pages, onArticleDone: onArticleDone);
        return Cluster(annotated.Select(StoryEngine.Features).ToList(), settings);
    }

    public static IReadOnlyDictionary<string, string> Cluster(IReadOnlyList<ArticleFeatures> features, ClusteringSettings settings)
    {
        var engine = new StoryEngine(settings);
        engine.AddRange(features);
        return Assignments(engine);
    }

    /// <summary>
    /// The pages as a stream that arrives in no particular order: shuffled with <paramref name="seed"/>
    /// and fed in chunks of <paramref name="chunkSize"/>, as `kabar ingest` takes files listed in
    /// any order (the engine sorts only within a chunk, so this measures what order still changes).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ClusterShuffled(IReadOnlyList<ArticleFeatures> features, ClusteringSettings settings, int seed, int chunkSize = 128)
    {
        var shuffled = features.ToArray();
        new Random(seed).Shuffle(shuffled);
        var engine = new StoryEngine(settings);
        foreach (var chunk in shuffled.Chunk(chunkSize)) engine.AddRange(chunk);
        return Assignments(engine);
    }

    private static IReadOnlyDictionary<string, string> Assignments(StoryEngine engine) =>
        engine.Events.SelectMany(e => e.Sources.Select(s => (s, e.Id))).ToDictionary(x => x.s, x => x.Id);
}
