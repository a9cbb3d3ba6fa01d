using Kabar.Model;
using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Tests.Storage;

/// <summary>What every store does, on SQLite and on PostgreSQL alike.</summary>
public class StoreContractTests
{
    [Theory, SqliteStore, PostgresStore]
    public void A_new_store_records_its_migrations_and_reopening_applies_none_again(StoreKind kind)
    {
        using var test = new TestStore(kind);
        test.Open().Dispose();
        var applied = test.Scalar("SELECT COUNT(*) FROM schema_migrations");
        Assert.True(applied >= 1);
        test.Open().Dispose();
        Assert.Equal(applied, test.Scalar("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_store_from_a_newer_schema_is_refused_and_left_unchanged(StoreKind kind)
    {
        using var test = new TestStore(kind);
        test.Open().Dispose();
        test.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01')");
        var e = Assert.Throws<StoreException>(() => test.Open());
        Assert.Contains("newer Kabar", e.Message);
        Assert.Contains(StoreFactory.Display(test.Location), e.Message);
        Assert.Equal(999, test.Scalar("SELECT MAX(version) FROM schema_migrations"));
        Assert.Equal(0, test.Scalar("SELECT COUNT(*) FROM pages"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Stage_outputs_read_back_as_they_were_stored(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using var store = test.Open();
        const string body = "Menteri Luar Negeri Budi Santoso bertemu pada 10 Januari. \"Kami siap,\" kata Budi.";
        var article = new Article
        {
            Source = "a.txt", Title = "Judul", Language = "id", Body = body, Outlet = "Contoh", Authors = ["Penulis"],
            Published = PageTime.ParseIso("2022-01-03T10:00:00+07:00"), Cut = [new CutText("Baca Juga: lain", CutReasons.RelatedLink)],
        };
        var annotated = new AnnotatedArticle(article,
            [new Sentence(new TextSpan(0, 57)), new Sentence(new TextSpan(58, body.Length))],
            [new Token(new TextSpan(0, 7), "Menteri", "menteri"), new Token(new TextSpan(56, 57), ".")],
            [new EntityMention(new TextSpan(20, 32), "Budi Santoso", EntityTypes.Person, "Budi Santoso", "Menteri Luar Negeri", new TextSpan(0, 19)),
             new EntityMention(new TextSpan(76, 80), "Budi", EntityTypes.Person, "Budi Santoso")],
            [new Quote(new TextSpan(59, 69), "Kami siap,", true, 1, null, null, "kata")],
            [new TimeExpression(new TextSpan(46, 56), "10 Januari", TimeTypes.Date, "2022-01-10", "published")],
            ["a warning"]);
        var features = new ArticleFeatures("a.txt", new DateOnly(2022, 1, 3), new Dictionary<string, float> { ["temu"] = 1.5f }, ["Budi Santoso"], [new DateOnly(2022, 1, 10)], "abc123");
        var fetched = new DateTimeOffset(2022, 1, 3, 4, 5, 6, TimeSpan.FromHours(7));
        long articleId;
        using (var writer = store.BeginWrite())
        {
            var pageId = writer.AddPage(new RawDocument("a.txt", "raw"u8.ToArray(), "https://contoh.id/a", "utf-8", fetched), "hash-a", DateTimeOffset.UtcNow)!.Value;
            Assert.Null(writer.AddPage(new RawDocument("copy.txt", "raw"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow));
            articleId = writer.PutArticle(pageId, annotated, features);
            writer.Commit();
        }
        var back = store.Annotated(articleId)!;
        Assert.Equal(article.Body, back.Body);
        Assert.Equal(article.Authors, back.Article.Authors);
        Assert.Equal(annotated.Sentences, back.Sentences);
        Assert.Equal(annotated.Tokens, back.Tokens);
        Assert.Equal(annotated.Entities, back.Entities);
        Assert.Equal(annotated.Quotes, back.Quotes);
        Assert.Equal(annotated.Times, back.Times);
        Assert.Equal(annotated.Warnings, back.Warnings);
        Assert.Equal(article.Published, back.Article.Published);
        Assert.Equal(article.Cut, back.Article.Cut);
        var storedFeatures = Assert.Single(store.Features()).Features;
        Assert.Equal(features.Key, storedFeatures.Key);
        Assert.Equal(features.Terms, storedFeatures.Terms);
        Assert.Equal(features.Entities, storedFeatures.Entities);
        Assert.Equal(features.Dates, storedFeatures.Dates);
        Assert.True(store.ContainsContent("hash-a"));
        var page = Assert.Single(store.Pages());
        Assert.Equal("raw"u8.ToArray(), page.Document.Content.ToArray());
        Assert.Equal(("https://contoh.id/a", "utf-8", fetched), (page.Document.Url, page.Document.Charset, page.Document.Fetched));
        Assert.True(page.HasArticle);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_write_that_is_not_committed_leaves_nothing(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using var store = test.Open();
        using (var writer = store.BeginWrite())
            writer.AddPage(new RawDocument("a.txt", "raw"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow);
        Assert.False(store.ContainsContent("hash-a"));
        Assert.Equal(0, store.Counts().Pages);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Stories_events_and_failures_read_back_in_the_same_order(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using var store = test.Open();
        var updated = new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);
        using (var writer = store.BeginWrite())
        {
            // Two stories; 'b' has the later news, so it comes first. Ids differ in case to catch a collation that is not byte-wise.
            var a1 = Put(writer, "a1.txt", "Outlet Z", "2024-03-01T08:00:00+07:00", "Banjir di Jakarta");
            var a2 = Put(writer, "a2.txt", "outlet a", "2024-02-28T08:00:00+07:00", "Banjir melanda Jakarta");
            var b1 = Put(writer, "b1.txt", null, "2024-03-09T08:00:00+07:00", "Gempa di Medan");
            var failed = writer.AddPage(new RawDocument("bad.txt", "x"u8.ToArray()), "hash-bad", updated)!.Value;
            writer.SetFailure(failed, "empty page");
            writer.PutEvent("e-B", "story-a");
            writer.PutEvent("e-a", "story-a");
            writer.PutEvent("e-c", "story-b");
            writer.AssignEvent(a1, "e-B");
            writer.AssignEvent(a2, "e-a");
            writer.AssignEvent(b1, "e-c");
            writer.TouchStory("story-a", updated);
            writer.TouchStory("story-b", updated);
            writer.SetSetting("k", "v1");
            writer.SetSetting("k", "v2");
            writer.Commit();
        }
        var stories = store.Stories();
        Assert.Equal(["story-b", "story-a"], stories.Select(s => s.Id));
        var a = stories[1];
        Assert.Equal("Banjir melanda Jakarta", a.Title);
        Assert.Equal(2, a.ArticleCount);
        Assert.Equal(["Outlet Z", "outlet a"], a.Outlets);
        Assert.Equal((new DateOnly(2024, 2, 28), new DateOnly(2024, 3, 1)), (a.FirstPublished, a.LastPublished));
        Assert.Equal(updated, a.Updated);
        Assert.Empty(stories[0].Outlets);
        Assert.Equal("story-a", store.StoryOfArticle(1)?.Id);
        var contents = store.Contents("story-a")!;
        Assert.Equal(["e-a", "e-B"], contents.Story.EventIds);
        Assert.Equal(["a2.txt", "a1.txt"], contents.Articles.Select(x => x.Source));
        Assert.Single(store.Contents("story-a", maxArticles: 1)!.Articles);
        Assert.Null(store.Contents("no-such-story"));
        var failure = Assert.Single(store.Failures());
        Assert.Equal(("bad.txt", "empty page", updated), (failure.Source, failure.Reason, failure.IngestedAt));
        Assert.Equal(new StoreCounts(4, 3, 1, 3, 2), store.Counts());
        Assert.Equal("v2", store.Setting("k"));
        Assert.Null(store.Setting("missing"));
        var clusters = store.Clusters();
        Assert.Equal("story-b", clusters.StoryOfEvent["e-c"]);
        Assert.Equal(3, clusters.EventOfArticle.Count);

        using (var writer = store.BeginWrite())
        {
            writer.RemoveEvent("e-c");
            writer.RemoveStory("story-b");
            writer.RemoveArticle(3);
            writer.Commit();
        }
        Assert.Equal(["story-a"], store.Stories().Select(s => s.Id));
        Assert.Null(store.Article(3));
        using (var writer = store.BeginWrite())
        {
            writer.ClearClusters();
            writer.Commit();
        }
        Assert.Empty(store.Stories());
        Assert.All(store.Articles(), x => Assert.Null(x.EventId));
    }

    /// <summary>Stores one small article (a page and its stage outputs) and returns its id.</summary>
    internal static long Put(IStoreWriter writer, string source, string? outlet, string published, string title, string? body = null)
    {
        body ??= title + ". Warga kota membicarakan kejadian itu sepanjang hari.";
        var article = new Article { Source = source, Title = title, Language = "id", Body = body, Outlet = outlet, Published = PageTime.ParseIso(published) };
        var annotated = new AnnotatedArticle(article, [new Sentence(new TextSpan(0, body.Length))], [], [], [], [], []);
        var features = new ArticleFeatures(source, article.Published!.Date, new Dictionary<string, float>(), [], [], source);
        var pageId = writer.AddPage(new RawDocument(source, System.Text.Encoding.UTF8.GetBytes(body)), "hash-" + source, DateTimeOffset.UtcNow)!.Value;
        return writer.PutArticle(pageId, annotated, features);
    }
}
