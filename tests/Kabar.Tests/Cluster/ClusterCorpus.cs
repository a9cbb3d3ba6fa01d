using System.Text.Json;
using Kabar.Serialization;
using Kabar.Storage;
using Kabar.Storage.Export;
using Kabar.Tests.Support;

namespace Kabar.Tests.Cluster;

/// <summary>The cluster tests share one generated corpus and run one after another (each starts three silos).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterCorpus>
{
    public const string Name = "cluster";
}

/// <summary>
/// A corpus written by the benchmark generator (bench/generator) once for the cluster tests, and
/// the way the tests compare two stores: every story's brief as JSON and every article's event.
/// </summary>
public sealed class ClusterCorpus : IDisposable
{
    public const int Articles = 400;

    private readonly string _folder = Directory.CreateTempSubdirectory("kabar-cluster-corpus-").FullName;

    private readonly Lazy<string> _pages;

    /// <summary>The generated pages, written on first use (tests that skip for want of a server never pay for them).</summary>
    public string Pages => _pages.Value;

    public ClusterCorpus() => _pages = new Lazy<string>(Generate);

    private string Generate() => GeneratedCorpus.Write(_folder, Articles, seed: 11);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>What a reader of the store sees: each story's brief, and each article's event, by source.</summary>
    public static (SortedDictionary<string, string> Briefs, SortedDictionary<string, string> EventOf, StoreCounts Counts) Snapshot(string location)
    {
        using var store = StoreFactory.Open(location, write: false);
        var briefs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Briefs are compared without the store ids of their articles: those are each store's own
        // numbering (PostgreSQL skips the ids of a transaction rolled back when a silo dies), not content.
        foreach (var story in store.Stories())
            briefs[story.Id] = JsonSerializer.Serialize(CorpusExport.BriefOf(store, story.Id) is { } brief
                ? brief with { Articles = brief.Articles.Select(a => a with { Id = null }).ToList() }
                : null, KabarJson.Options);
        var eventOf = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in store.Articles())
            eventOf[article.Article.Source] = article.EventId ?? "";
        return (briefs, eventOf, store.Counts());
    }

    /// <summary>The same input ingested by one `kabar ingest` process into an SQLite file.</summary>
    public static (SortedDictionary<string, string> Briefs, SortedDictionary<string, string> EventOf, StoreCounts Counts) OneProcess(string[] paths)
    {
        using var temp = new Storage.TempFolder();
        var result = KabarProcess.Run(["ingest", .. paths, "--db", temp.Db]);
        if (result.ExitCode != 0) throw new InvalidOperationException($"one-process ingest failed: {result.Stderr}");
        return Snapshot(temp.Db);
    }
}
