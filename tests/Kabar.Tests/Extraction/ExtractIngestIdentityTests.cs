using System.Text.Json.Nodes;
using Kabar.Extraction;
using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Serialization;
using Kabar.Storage;
using Kabar.Storage.Export;
using Kabar.Storage.Sqlite;
using Kabar.Tests.Storage;
using Kabar.Tests.Support;

namespace Kabar.Tests.Extraction;

/// <summary>
/// What a page becomes does not depend on the path it took: `kabar extract DIR` and `kabar ingest
/// DIR` + `kabar export --articles` on a fresh store print the same articles (every field both
/// print), whatever the chunk size; and a store keeps what it learnt of an outlet's template, so a
/// later run of one page of that outlet still cuts its furniture.
/// </summary>
public class ExtractIngestIdentityTests
{
    /// <summary>What `kabar extract --json` prints, by source (rejections left out).</summary>
    private static Dictionary<string, string> Extracted(string folder, IKabarStore? store = null) =>
        ExtractionRun.FromPaths([folder], store: store).OfType<ExtractionOutcome.Extracted>()
            .ToDictionary(e => e.Source, e => ArticleJson.FromArticle(e.Article).ToJsonString(KabarJson.Options));

    /// <summary>What `kabar export --format jsonl --articles` prints, by source, without the fields only a store has.</summary>
    private static Dictionary<string, string> Exported(IKabarStore store)
    {
        using var text = new StringWriter();
        CorpusExport.WriteArticles(store, ExportFormat.JsonLines, text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var json = JsonNode.Parse(line)!.AsObject();
            foreach (var storeOnly in new[] { "id", "event_id", "story_id", "story_title" }) json.Remove(storeOnly);
            return json;
        }).ToDictionary(j => (string)j["source"]!, j => j.ToJsonString(KabarJson.Options));
    }

    private static Dictionary<string, string> Ingested(string folder, int chunkSize = IngestPipeline.DefaultChunkSize)
    {
        using var store = SqliteKabarStore.OpenInMemory();
        var report = new IngestPipeline(store) { ChunkSize = chunkSize }.Run([folder]);
        Assert.Null(report.StoppedBecause);
        return Exported(store);
    }

    private static void AssertSame(Dictionary<string, string> extracted, Dictionary<string, string> exported)
    {
        Assert.NotEmpty(extracted);
        Assert.Equal(extracted.Keys.Order(StringComparer.Ordinal), exported.Keys.Order(StringComparer.Ordinal));
        foreach (var (source, json) in extracted) Assert.Equal(json, exported[source]);
    }

    [Fact]
    public void The_samples_give_the_same_articles_from_extract_and_from_ingest_and_export() =>
        AssertSame(Extracted(Repo.Samples), Ingested(Repo.Samples));

    [Fact]
    public void One_outlets_pages_give_the_same_articles_from_both_paths_with_the_furniture_cut_whatever_the_chunk_size()
    {
        using var temp = new TempFolder();
        var folder = OutletFurniture.WriteFolder(temp.Path, "pesisir", 0, OutletFurniture.Count);
        var extracted = Extracted(folder);
        Assert.Equal(OutletFurniture.Count, extracted.Count);
        // The furniture is learnt (else both paths would agree by learning nothing).
        Assert.All(extracted.Values, json =>
        {
            var article = JsonNode.Parse(json)!;
            Assert.DoesNotContain("Lembar Pagi", (string)article["body"]!);
            Assert.Contains(article["cut"]!.AsArray(), c => (string)c!["reason"]! == CutReasons.Template && (string)c["text"]! == OutletFurniture.Promo);
        });
        AssertSame(extracted, Ingested(folder));
        AssertSame(extracted, Ingested(folder, chunkSize: 2));
    }

    [Theory, SqliteStore, PostgresStore]
    public void One_page_ingested_into_a_store_that_has_seen_its_outlet_has_its_furniture_cut(StoreKind kind)
    {
        using var test = new TestStore(kind);
        var earlier = OutletFurniture.WriteFolder(test.Temp.Path, "earlier", 0, 4);
        var later = OutletFurniture.WriteFolder(test.Temp.Path, "later", 4, 5);
        using var store = test.Open();
        new IngestPipeline(store).Run([earlier]);

        // Alone, the page has nothing to learn from: the promo reads as prose and stays.
        Assert.Contains("Lembar Pagi", JsonNode.Parse(Extracted(later).Single().Value)!["body"]!.GetValue<string>());

        var report = new IngestPipeline(store).Run([later]);
        Assert.Equal(1, report.NewArticles);
        var stored = store.Articles().Single(a => a.Article.Source.EndsWith("pesisir-4.txt", StringComparison.Ordinal)).Article;
        Assert.DoesNotContain("Lembar Pagi", stored.Body);
        Assert.Contains(stored.Cut, c => c.Reason == CutReasons.Template && c.Text == OutletFurniture.Promo);
        // `kabar extract --db` of the same page uses the same knowledge and gives the same article.
        Assert.Equal(Exported(store)[stored.Source], Extracted(later, store).Single().Value);
    }

    [Fact]
    public void Reprocessing_extraction_counts_every_stored_page_again_and_gives_what_a_fresh_ingest_gives()
    {
        using var temp = new TempFolder();
        var folder = OutletFurniture.WriteFolder(temp.Path, "pesisir", 0, OutletFurniture.Count);
        using var store = SqliteKabarStore.OpenInMemory();
        new IngestPipeline(store).Run([folder]);
        var fresh = Exported(store);
        // As a store from before the counts were kept: pages without counts.
        using (var writer = store.BeginWrite())
        {
            writer.ClearTemplateCounts();
            writer.Commit();
        }
        new Reprocessor(store).Run(ReprocessStage.Extract);
        Assert.Equal(OutletFurniture.Count, store.TemplateCounts().Outlets.Values.Sum(o => o.Pages));
        Assert.Equal(fresh, Exported(store));
    }
}
