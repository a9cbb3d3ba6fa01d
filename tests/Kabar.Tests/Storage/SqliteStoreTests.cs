using Kabar.Model;
using Kabar.Storage;
using Kabar.Storage.Sqlite;
using Kabar.Stories;

namespace Kabar.Tests.Storage;

public class SqliteStoreTests
{
    [Fact]
    public void A_new_store_records_its_migrations_and_reopening_applies_none_again()
    {
        using var temp = new TempFolder();
        using (var store = SqliteKabarStore.Open(temp.Db))
            Assert.True(store.SchemaVersion >= 1);
        var applied = StoreFile.Scalar(temp.Db, "SELECT COUNT(*) FROM schema_migrations");
        using (var store = SqliteKabarStore.Open(temp.Db))
            Assert.Equal(applied, StoreFile.Scalar(temp.Db, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal("wal", JournalMode(temp.Db));
    }

    [Fact]
    public void A_store_from_a_newer_schema_is_refused_and_left_unchanged()
    {
        using var temp = new TempFolder();
        SqliteKabarStore.Open(temp.Db).Dispose();
        StoreFile.Execute(temp.Db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01')");
        var before = File.ReadAllBytes(temp.Db);
        var e = Assert.Throws<StoreException>(() => SqliteKabarStore.Open(temp.Db));
        Assert.Contains("newer Kabar", e.Message);
        Assert.Contains(temp.Db, e.Message);
        Assert.Equal(999, StoreFile.Scalar(temp.Db, "SELECT MAX(version) FROM schema_migrations"));
        Assert.Equal(before.Length, File.ReadAllBytes(temp.Db).Length);
    }

    [Fact]
    public void A_file_that_is_not_a_kabar_database_is_refused_and_left_unchanged()
    {
        using var temp = new TempFolder();
        var text = temp.File("notes.db");
        File.WriteAllText(text, "these are my notes, not a database");
        var e = Assert.Throws<StoreException>(() => SqliteKabarStore.Open(text));
        Assert.Contains("not a Kabar database", e.Message);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(text));

        var other = temp.File("other.db");
        StoreFile.Execute(other, "CREATE TABLE contacts (name TEXT)");
        e = Assert.Throws<StoreException>(() => SqliteKabarStore.Open(other));
        Assert.Contains("not a Kabar database", e.Message);
        Assert.Equal(0, StoreFile.Scalar(other, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'pages'"));
    }

    [Fact]
    public void Stage_outputs_read_back_as_they_were_stored()
    {
        using var temp = new TempFolder();
        using var store = SqliteKabarStore.Open(temp.Db);
        const string body = "Menteri Luar Negeri Budi Santoso bertemu pada 10 Januari. \"Kami siap,\" kata Budi.";
        var article = new Article
        {
            Source = "a.txt", Title = "Judul", Language = "id", Body = body, Outlet = "Contoh", Authors = ["Penulis"],
            Published = PageTime.ParseIso("2022-01-03T10:00:00+07:00"), Cut = [new CutText("Baca Juga: lain", CutReasons.RelatedLink)],
        };
        var annotated = new AnnotatedArticle(article,
            [new Sentence(new TextSpan(0, 57)), new Sentence(new TextSpan(58, body.Length))],
            [new Token(new TextSpan(0, 7), "Menteri", "menteri"), new Token(new TextSpan(56, 57), ".")],
            [new EntityMention(new TextSpan(20, 32), "Budi Santoso", EntityTypes.Person, "Budi Santoso", "Menteri Luar Negeri", new TextSpan(0, 19))],
            [new Quote(new TextSpan(59, 69), "Kami siap,", true, "Budi", "Budi Santoso", new TextSpan(76, 80), "kata")],
            [new TimeExpression(new TextSpan(46, 56), "10 Januari", TimeTypes.Date, "2022-01-10", "published")],
            ["a warning"]);
        var features = new ArticleFeatures("a.txt", new DateOnly(2022, 1, 3), new Dictionary<string, float> { ["temu"] = 1.5f }, ["Budi Santoso"], [new DateOnly(2022, 1, 10)], "abc123");
        long articleId;
        using (var writer = store.BeginWrite())
        {
            var pageId = writer.AddPage(new RawDocument("a.txt", "raw"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow)!.Value;
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
    }

    [Fact]
    public void A_write_that_is_not_committed_leaves_nothing()
    {
        using var temp = new TempFolder();
        using var store = SqliteKabarStore.Open(temp.Db);
        using (var writer = store.BeginWrite())
            writer.AddPage(new RawDocument("a.txt", "raw"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow);
        Assert.False(store.ContainsContent("hash-a"));
        Assert.Equal(0, store.Counts().Pages);
    }

    private static string JournalMode(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
