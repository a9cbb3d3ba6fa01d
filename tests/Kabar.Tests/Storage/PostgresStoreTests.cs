using Kabar.Search;
using Kabar.Storage;
using Kabar.Storage.Postgres;
using Kabar.Tests.Support;
using Npgsql;

namespace Kabar.Tests.Storage;

/// <summary>What only the PostgreSQL store has to show: locations, several writers, search in the database, server trouble.</summary>
public class PostgresStoreTests
{
    [Fact]
    public void A_uri_becomes_a_connection_and_is_shown_without_its_password()
    {
        var location = PostgresLocation.Parse("postgres://kabar:s%40cret@db.example:6543/news?sslmode=disable&schema=corpus");
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.example", 6543, "news", "kabar", "s@cret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal(SslMode.Disable, builder.SslMode);
        Assert.Equal("corpus", location.Schema);
        Assert.Equal("corpus", builder.SearchPath);
        Assert.Equal("postgres://kabar@db.example:6543/news?schema=corpus", location.Display);
        Assert.DoesNotContain("cret", location.ToString());

        var plain = PostgresLocation.Parse("Host=localhost;Database=news;Username=kabar;Password=pw");
        Assert.Equal(PostgresLocation.DefaultSchema, plain.Schema);
        Assert.Equal("postgres://kabar@localhost:5432/news", plain.Display);
        Assert.Equal("postgres://kabar@h:5432/db", PostgresLocation.Parse("postgresql://kabar@h/db").Display);

        Assert.True(StoreFactory.IsPostgres("postgres://h/db"));
        Assert.True(StoreFactory.IsPostgres("Host=h;Database=db"));
        Assert.False(StoreFactory.IsPostgres("kabar.db"));
        Assert.False(StoreFactory.IsPostgres("/data/host=1/kabar.db"));
        Assert.Equal("postgres://u:***@h/db", StoreFactory.Display("postgres://u:pw@h/db"));
        var e = Assert.Throws<StoreException>(() => PostgresLocation.Parse("postgres://u:pw@h/db?schema=Bad-Name"));
        Assert.DoesNotContain("pw", e.Message);
    }

    [Fact]
    public void A_server_that_is_not_there_is_a_clear_message_and_exit_1()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        var r = KabarProcess.Run("stories", "--db", "postgres://kabar:topsecret@127.0.0.1:1/news");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot connect", r.Stderr);
        Assert.Contains("127.0.0.1:1", r.Stderr);
        Assert.DoesNotContain("topsecret", r.Stderr + r.Stdout);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [PostgresFact]
    public void A_missing_database_or_a_refused_login_is_named_without_a_password()
    {
        using var test = new TestStore(StoreKind.Postgres);
        var missing = TestStore.WithDatabase(test.Location, "kabar_no_such_database");
        var r = KabarProcess.Run("stories", "--db", missing);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("kabar_no_such_database", r.Stderr);
        Assert.Contains("does not exist", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);

        var withPassword = new UriBuilder(test.Location) { UserName = "postgres", Password = "hunter2" }.Uri.ToString();
        r = KabarProcess.RunIn(test.Temp.Path, new Dictionary<string, string> { ["KABAR_DB"] = withPassword }, "ingest", Repo.Samples, "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.DoesNotContain("hunter2", r.Stdout + r.Stderr);
    }

    [PostgresFact]
    public void Other_tables_in_the_database_are_left_alone_but_a_foreign_schema_is_refused()
    {
        using var test = new TestStore(StoreKind.Postgres);
        test.Execute("CREATE TABLE public.contacts (name text); INSERT INTO public.contacts VALUES ('Ani')");
        test.Open().Dispose();
        Assert.Equal(1, test.Scalar("SELECT COUNT(*) FROM public.contacts"));
        Assert.Equal(1, test.Scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'kabar' AND tablename = 'pages'"));

        test.Execute("CREATE SCHEMA other; CREATE TABLE other.pages (x int)");
        var e = Assert.Throws<StoreException>(() => StoreFactory.Open(test.Location + "?schema=other", write: true));
        Assert.Contains("not a Kabar store", e.Message);
        Assert.Equal(0, test.Scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'other' AND tablename = 'schema_migrations'"));
    }

    [PostgresFact]
    public async Task Two_connections_write_one_at_a_time_and_nothing_is_lost_or_stored_twice()
    {
        using var test = new TestStore(StoreKind.Postgres);
        test.Open().Dispose();
        const int perWriter = 40;
        // Both writers try the same pages; the write lock makes each chunk see what the other committed.
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            using var store = test.Open();
            var added = 0;
            for (var chunk = 0; chunk < perWriter / 10; chunk++)
            {
                using var writer = store.BeginWrite();
                for (var i = 0; i < 10; i++)
                {
                    var n = chunk * 10 + i;
                    if (writer.AddPage(new Model.RawDocument($"w{w}-{n}.txt", System.Text.Encoding.UTF8.GetBytes(StoreFixtures.Page(n))), $"hash-{n}", DateTimeOffset.UtcNow) is not null)
                        added++;
                }
                writer.SetSetting("last_writer", w.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Commit();
            }
            return added;
        })).ToArray();
        var counts = await Task.WhenAll(writers);
        Assert.Equal(perWriter, counts.Sum());
        Assert.Equal(perWriter, test.Scalar("SELECT COUNT(*) FROM pages"));
        Assert.Equal(perWriter, test.Scalar("SELECT COUNT(DISTINCT content_hash) FROM pages"));
    }

    [PostgresFact]
    public void A_second_writer_waits_for_the_first_to_commit()
    {
        using var test = new TestStore(StoreKind.Postgres);
        using var first = test.Open();
        using var second = test.Open();
        var writer = first.BeginWrite();
        writer.AddPage(new Model.RawDocument("a.txt", "a"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow);
        var waiting = Task.Run(() =>
        {
            using var w = second.BeginWrite();
            // It holds the lock only once the first has committed, so it sees the first's page.
            var seen = second.ContainsContent("hash-a");
            w.Commit();
            return seen;
        });
        Assert.False(waiting.Wait(TimeSpan.FromMilliseconds(500)));
        writer.Commit();
        writer.Dispose();
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(30)));
        Assert.True(waiting.Result);
    }

    [PostgresFact]
    public void Search_finds_an_article_another_connection_just_stored()
    {
        using var test = new TestStore(StoreKind.Postgres);
        using var reader = test.Open();
        using var search = ArticleSearch.Open(reader);
        Assert.IsType<PostgresArticleSearch>(search);
        Assert.Empty(search.Search(new SearchQuery("pembicaraan")));
        using (var other = test.Open())
        using (var writer = other.BeginWrite())
        {
            StoreContractTests.Put(writer, "a.txt", "Kontan", "2024-03-01T08:00:00+07:00", "Rapat Anggaran",
                "Anggaran air bersih dibicarakan dalam rapat dewan kota. Warga menunggu keputusan.");
            StoreContractTests.Put(writer, "b.txt", "Tempo", "2024-03-05T08:00:00+07:00", "Banjir Jakarta",
                "Banjir melanda Jakarta. Pembicaraan soal tanggul berlanjut.");
            writer.Commit();
        }
        Assert.Equal(0, search.Pending());
        var hits = search.Search(new SearchQuery("pembicaraan"));
        Assert.Equal(["a.txt", "b.txt"], hits.Select(h => h.Source).Order());
        Assert.Contains("dibicarakan", hits.Single(h => h.Source == "a.txt").Snippet);
        Assert.Equal(["b.txt"], search.Search(new SearchQuery("pembicaraan", Outlet: "tempo")).Select(h => h.Source));
        Assert.Equal(["a.txt"], search.Search(new SearchQuery("pembicaraan", To: new DateOnly(2024, 3, 2))).Select(h => h.Source));
        Assert.Equal(["b.txt"], search.Search(new SearchQuery("pembicaraan -anggaran")).Select(h => h.Source));
        Assert.Equal(["a.txt", "b.txt"], search.Search(new SearchQuery("tanggul OR anggaran")).Select(h => h.Source).Order());
        Assert.Equal(["b.txt"], search.Search(new SearchQuery("\"banjir melanda\"")).Select(h => h.Source));
        Assert.Empty(search.Search(new SearchQuery("\"melanda banjir\"")));
        Assert.Empty(search.Search(new SearchQuery("yang dan")));
    }

    [PostgresFact]
    public void A_connection_lost_mid_write_is_a_store_error_and_what_was_committed_stays()
    {
        using var test = new TestStore(StoreKind.Postgres);
        using var store = test.Open();
        using (var writer = store.BeginWrite())
        {
            writer.AddPage(new Model.RawDocument("a.txt", "a"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow);
            writer.Commit();
        }
        var e = Assert.Throws<StoreException>(() =>
        {
            using var writer = store.BeginWrite();
            writer.AddPage(new Model.RawDocument("b.txt", "b"u8.ToArray()), "hash-b", DateTimeOffset.UtcNow);
            // Another session ends this one, as a server restart or a network cut would.
            test.Execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
            writer.AddPage(new Model.RawDocument("c.txt", "c"u8.ToArray()), "hash-c", DateTimeOffset.UtcNow);
            writer.Commit();
        });
        Assert.Contains(store.Location, e.Message);
        Assert.Contains("not stored", e.Message);
        Assert.Equal(1, test.Scalar("SELECT COUNT(*) FROM pages"));
        // The same store object works again once the server is back (here it never left).
        Assert.True(store.ContainsContent("hash-a"));
        using var again = test.Open();
        Assert.True(again.ContainsContent("hash-a"));
        Assert.False(again.ContainsContent("hash-b"));
    }
}
