using System.Text.Json;
using Kabar.Ingestion;
using Kabar.Storage.Sqlite;
using Kabar.Stories;

namespace Kabar.Evaluation.Clusters;

/// <summary>
/// An event-clustering benchmark in a folder: <c>pages/DOC.*</c> and <c>clusters.json</c>
/// (<c>{cluster: [DOC...]}</c>), optionally <c>stories.json</c> (<c>{story: [DOC...]}</c>). The
/// pages go through exactly what `kabar brief DIR/pages` runs: <see cref="IngestPipeline"/> on a
/// store in memory (reading, extraction, annotation, chunked placement); the events scored are
/// the ones it stored.
/// </summary>
public static class ClusterBenchmark
{
    /// <summary>A loaded benchmark: its page files, doc to gold event, and doc to gold story when the folder has them.</summary>
    public sealed record Folder(string PagesFolder, IReadOnlyList<string> Pages, IReadOnlyDictionary<string, string> Gold, IReadOnlyDictionary<string, string>? GoldStories);

    /// <summary>What the pipeline made of the pages: each stored article's doc and features in stored (arrival) order, and each doc's event and story.</summary>
    public sealed record Run(IReadOnlyList<(string Doc, ArticleFeatures Features)> Stored, IReadOnlyDictionary<string, string> Bodies, IReadOnlyDictionary<string, string> Events, IReadOnlyDictionary<string, string> Stories);

    /// <summary>Reads the folder, or returns the reason it cannot be read.</summary>
    public static Folder? Load(string folder, out string? error)
    {
        error = null;
        var clustersFile = Path.Combine(folder, "clusters.json");
        var pagesDir = Path.Combine(folder, "pages");
        if (!File.Exists(clustersFile) || !Directory.Exists(pagesDir))
        {
            error = $"{folder}: not a cluster benchmark (needs clusters.json and pages/)";
            return null;
        }
        var gold = ReadClusters(clustersFile, out error);
        if (gold is null) return null;
        IReadOnlyDictionary<string, string>? stories = null;
        var storiesFile = Path.Combine(folder, "stories.json");
        if (File.Exists(storiesFile) && (stories = ReadClusters(storiesFile, out error)) is null) return null;
        var files = Directory.EnumerateFiles(pagesDir)
            .GroupBy(f => Doc(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pages = new List<string>();
        foreach (var doc in gold.Keys.Order(StringComparer.Ordinal))
        {
            if (!files.TryGetValue(doc, out var path)) { error = $"{Path.Combine(pagesDir, doc)}.*: listed in clusters.json but missing"; return null; }
            pages.Add(path);
        }
        return new Folder(pagesDir, pages, gold, stories);
    }

    /// <summary>The doc id of a page file: its name without extensions (<c>DOC.html.gz</c> is <c>DOC</c>).</summary>
    public static string Doc(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.');
        return dot < 0 ? name : name[..dot];
    }

    /// <summary>Ingests the pages as `kabar brief` does, with <paramref name="settings"/>, and reads back what was stored.</summary>
    public static Run Ingest(IReadOnlyList<string> pages, ClusteringSettings? settings = null, int chunkSize = IngestPipeline.DefaultChunkSize, Action? onPageDone = null)
    {
        using var store = SqliteKabarStore.OpenInMemory();
        new IngestPipeline(store) { ChunkSize = chunkSize, Clustering = settings }.Run(pages, onPageDone);
        var storyOfEvent = store.Clusters().StoryOfEvent;
        var stored = new List<(string, ArticleFeatures)>();
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        var stories = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var features = store.Features().ToDictionary(f => f.ArticleId, f => f.Features);
        foreach (var a in store.Articles())
        {
            var doc = Doc(a.Article.Source);
            stored.Add((doc, features[a.Id]));
            bodies[doc] = a.Article.Title + "\n" + a.Article.Body;
            if (a.EventId is null) continue;
            events[doc] = a.EventId;
            stories[doc] = storyOfEvent.GetValueOrDefault(a.EventId, a.EventId);
        }
        return new Run(stored, bodies, events, stories);
    }

    /// <summary>
    /// The stored articles placed again with other settings, in their stored order and in the
    /// committer's chunks, exactly as the pipeline placed them (for threshold sweeps and folds,
    /// without extracting and annotating again).
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Events, IReadOnlyDictionary<string, string> Stories) Replay(
        IReadOnlyList<(string Doc, ArticleFeatures Features)> stored, ClusteringSettings settings)
    {
        var engine = new StoryEngine(settings);
        foreach (var (doc, f) in stored) engine.Add(f with { Source = doc });
        // Events that froze (an archive longer than the window) are held apart from the live ones, and their
        // story moves when it merges into another later; both accumulate in the engine until taken.
        var frozen = engine.TakeFrozen().Events;
        var into = engine.TakeChanges().GoneStories.ToDictionary(m => m.Gone, m => m.Into, StringComparer.Ordinal);
        string Story(string id) { while (into.TryGetValue(id, out var next)) id = next; return id; }
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        var stories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in engine.Events.Concat(frozen))
            foreach (var doc in e.Sources) { events[doc] = e.Id; stories[doc] = Story(e.StoryId); }
        return (events, stories);
    }

    private static Dictionary<string, string>? ReadClusters(string file, out string? error)
    {
        error = null;
        Dictionary<string, List<string>>? clusters;
        try { clusters = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(file)); }
        catch (JsonException e) { error = $"{file}: not a JSON object of cluster -> [doc...]: {e.Message}"; return null; }
        var byDoc = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cluster, docs) in clusters ?? [])
            foreach (var doc in docs) byDoc[doc] = cluster;
        return byDoc;
    }
}
