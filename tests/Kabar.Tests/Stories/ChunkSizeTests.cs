using System.Text.Json;
using Kabar.Ingestion;
using Kabar.Serialization;
using Kabar.Storage.Export;
using Kabar.Storage.Sqlite;
using Kabar.Tests.Support;

namespace Kabar.Tests.Stories;

/// <summary>
/// How a run is cut into chunks is a matter of memory and transactions, never of what comes out:
/// the same pages give the same events, stories and briefs with chunks of 16, 128 and 512.
/// </summary>
public class ChunkSizeTests
{
    private static string Snapshot(IReadOnlyList<string> inputs, int chunkSize)
    {
        using var store = SqliteKabarStore.OpenInMemory();
        var report = new IngestPipeline(store) { ChunkSize = chunkSize }.Run(inputs);
        Assert.True(report.NewArticles > 0);
        var clusters = store.Clusters();
        var placed = store.Articles().Select(a => $"{Path.GetFileName(a.Article.Source)} {a.EventId} {clusters.StoryOfEvent.GetValueOrDefault(a.EventId ?? "")}").Order(StringComparer.Ordinal);
        return string.Join('\n', placed) + "\n" + JsonSerializer.Serialize(CorpusExport.AllBriefs(store), KabarJson.Options);
    }

    [Fact]
    public void The_samples_give_the_same_stories_whatever_the_chunk_size() =>
        Assert.All(new[] { 1, 2, 16, 512 }, size => Assert.Equal(Snapshot([Repo.Samples], IngestPipeline.DefaultChunkSize), Snapshot([Repo.Samples], size)));

    [Fact]
    public void Four_hundred_generated_pages_give_the_same_stories_with_chunks_of_16_128_and_512()
    {
        var folder = Directory.CreateTempSubdirectory("kabar-chunks-").FullName;
        try
        {
            var pages = GeneratedCorpus.Write(folder, 400, seed: 5);
            var reference = Snapshot([pages], 128);
            Assert.Equal(reference, Snapshot([pages], 16));
            Assert.Equal(reference, Snapshot([pages], 512));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
