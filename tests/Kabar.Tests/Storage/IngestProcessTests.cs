using System.Text.Json;
using Kabar.Tests.Support;

namespace Kabar.Tests.Storage;

/// <summary>`kabar ingest` as a user runs it: real processes on real store files.</summary>
public class IngestProcessTests
{
    [Theory, SqliteStore, PostgresStore]
    public void Ingesting_the_same_pages_twice_changes_nothing(StoreKind kind)
    {
        using var test = new TestStore(kind);
        var pages = Path.Combine(test.Temp.Path, "pages");
        StoreFixtures.WritePages(pages, 12);
        var first = Ingest(test, pages);
        Assert.Equal(12, first.GetProperty("new_articles").GetInt32() + first.GetProperty("failures").GetArrayLength());
        var stories = Run(test, "stories", "--json").Stdout;

        var second = Ingest(test, pages);
        Assert.Equal(0, second.GetProperty("new_articles").GetInt32());
        Assert.Equal(12, second.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, second.GetProperty("stories_created").GetArrayLength());
        Assert.Equal(0, second.GetProperty("stories_changed").GetArrayLength());
        Assert.Equal(stories, Run(test, "stories", "--json").Stdout);
        Assert.Equal(12, test.Scalar("SELECT COUNT(*) FROM pages"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_run_killed_mid_way_loses_nothing_and_the_next_run_completes_the_batch(StoreKind kind)
    {
        using var test = new TestStore(kind);
        var pages = Path.Combine(test.Temp.Path, "pages");
        const int total = 600;
        StoreFixtures.WritePages(pages, total);
        using (var run = KabarBackground.Start(test.Temp.Path, "ingest", pages, "--db", test.Location))
        {
            long stored = 0;
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!run.HasExited && waited.Elapsed < TimeSpan.FromMinutes(3))
            {
                if ((stored = SafeCount(test)) > 0) break;
                Thread.Sleep(20);
            }
            Assert.False(run.HasExited, "the ingest finished before it could be killed; give it more pages");
            run.Kill(); // SIGKILL: no cleanup runs
            run.WaitForExit();
            Assert.InRange(stored, 1, total - 1);
        }
        var killedAt = test.Scalar("SELECT COUNT(*) FROM pages");

        // Every page is stored once: as an article, or as a failure with its raw bytes.
        var resumed = Ingest(test, pages);
        Assert.Equal(total, resumed.GetProperty("new_articles").GetInt32() + resumed.GetProperty("failures").GetArrayLength() + resumed.GetProperty("duplicates").GetInt32());
        Assert.Equal(killedAt, resumed.GetProperty("duplicates").GetInt32());
        Assert.Equal(total, test.Scalar("SELECT COUNT(*) FROM pages"));
        Assert.Equal(total, test.Scalar("SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM pages WHERE failure IS NOT NULL)"));
        Assert.Equal(0, test.Scalar("SELECT COUNT(*) FROM articles WHERE event_id IS NULL OR event_id NOT IN (SELECT id FROM events)"));
        Assert.Equal(0, test.Scalar("SELECT COUNT(*) FROM events WHERE story_id NOT IN (SELECT id FROM stories)"));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Two_ingests_on_the_same_store_at_once_both_finish_without_duplicates(StoreKind kind)
    {
        using var test = new TestStore(kind);
        var shared = Path.Combine(test.Temp.Path, "shared");
        var mine = Path.Combine(test.Temp.Path, "mine");
        StoreFixtures.WritePages(shared, 150, seed: 1);
        StoreFixtures.WritePages(mine, 40, seed: 2);
        using var a = KabarBackground.Start(test.Temp.Path, "ingest", shared, "--json", "--db", test.Location);
        using var b = KabarBackground.Start(test.Temp.Path, "ingest", mine, shared, "--json", "--db", test.Location);
        var outA = a.StandardOutput.ReadToEndAsync();
        var outB = b.StandardOutput.ReadToEndAsync();
        var errA = a.StandardError.ReadToEndAsync();
        var errB = b.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await a.WaitForExitAsync(timeout.Token);
        await b.WaitForExitAsync(timeout.Token);
        Assert.True(a.ExitCode == 0, await errA);
        Assert.True(b.ExitCode == 0, await errB);
        var ra = JsonDocument.Parse(await outA).RootElement;
        var rb = JsonDocument.Parse(await outB).RootElement;
        Assert.Equal(190, ra.GetProperty("new_articles").GetInt32() + ra.GetProperty("failures").GetArrayLength()
                          + rb.GetProperty("new_articles").GetInt32() + rb.GetProperty("failures").GetArrayLength());
        Assert.Equal(190, test.Scalar("SELECT COUNT(*) FROM pages"));
        Assert.Equal(0, test.Scalar("SELECT COUNT(*) FROM articles WHERE event_id IS NULL OR event_id NOT IN (SELECT id FROM events)"));
        Assert.Equal(test.Scalar("SELECT COUNT(*) FROM articles"), test.Scalar("SELECT COUNT(DISTINCT source) FROM articles"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Reprocessing_keeps_every_article_and_search_finds_them(StoreKind kind)
    {
        using var test = new TestStore(kind);
        var pages = Path.Combine(test.Temp.Path, "pages");
        StoreFixtures.WritePages(pages, 10);
        Ingest(test, pages);
        var articles = (int)test.Scalar("SELECT COUNT(*) FROM articles");
        // Every fixture page says 'dibicarakan'; the query says 'pembicaraan': both stem to 'bicara'.
        Assert.Equal(articles, SearchHits(test, "pembicaraan"));
        foreach (var stage in new[] { "annotate", "cluster", "extract" })
        {
            var r = Run(test, "reprocess", "--stage", stage, "--json");
            Assert.True(r.ExitCode == 0, r.Stderr);
            var report = JsonDocument.Parse(r.Stdout).RootElement;
            Assert.Equal(articles, report.GetProperty("articles_before").GetInt32());
            Assert.Equal(articles, report.GetProperty("articles_after").GetInt32());
            Assert.Equal(articles, test.Scalar("SELECT COUNT(*) FROM articles WHERE event_id IN (SELECT id FROM events)"));
            Assert.Equal(articles, SearchHits(test, "pembicaraan"));
        }
        Assert.Equal(1, SearchHits(test, "\"tahap 3\" pembicaraan"));
        Assert.Equal(0, SearchHits(test, "pembicaraan", "--outlet", "No Such Outlet"));
        Assert.Equal(0, SearchHits(test, "pembicaraan", "--to", "1999-01-01"));
    }

    [Fact]
    public void A_setting_reaches_the_engine_of_the_ingest_and_a_bad_one_is_named_before_anything_is_stored()
    {
        using var test = new TestStore(StoreKind.Sqlite);
        var pages = Path.Combine(test.Temp.Path, "pages");
        StoreFixtures.WritePages(pages, 12);

        var bad = Run(test, "ingest", pages, "--setting", "FreezeSoon=1");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--setting 'FreezeSoon=1'", bad.Stderr);
        Assert.False(File.Exists(test.Location));

        // These pages make one event; an engine whose join bar no pair can reach keeps each page apart.
        var r = Run(test, "ingest", pages, "--json", "--setting", "EventThreshold=1000");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(12, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("story_engine").GetProperty("events").GetInt32());
    }

    private static int SearchHits(TestStore test, params string[] query)
    {
        var r = Run(test, ["search", .. query, "--json", "--limit", "100"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return JsonDocument.Parse(r.Stdout).RootElement.GetProperty("hits").GetArrayLength();
    }

    [Fact]
    public void Bad_inputs_are_named_and_kept_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        var pages = Path.Combine(temp.Path, "pages");
        StoreFixtures.WritePages(pages, 3);
        File.WriteAllBytes(Path.Combine(pages, "empty.txt"), []);
        var r = KabarProcess.RunIn(temp.Path, null, "ingest", pages, Path.Combine(temp.Path, "missing.txt"), "--json");
        Assert.Equal(0, r.ExitCode);
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(4, StoreFile.Scalar(temp.Db, "SELECT COUNT(*) FROM pages"));
        var failures = report.GetProperty("failures").EnumerateArray().ToList();
        Assert.Contains(failures, f => f.GetProperty("source").GetString()!.EndsWith("empty.txt") && f.GetProperty("stored").GetBoolean());
        Assert.Contains(failures, f => f.GetProperty("source").GetString()!.EndsWith("missing.txt") && !f.GetProperty("stored").GetBoolean());
        Assert.Contains("empty.txt", r.Stderr);
        Assert.Equal(1, StoreFile.Scalar(temp.Db, "SELECT COUNT(*) FROM pages WHERE failure IS NOT NULL AND source LIKE '%empty.txt'"));
    }

    [Fact]
    public void A_store_that_is_not_kabars_or_is_newer_gets_a_clear_message()
    {
        using var temp = new TempFolder();
        var notes = temp.File("notes.txt");
        File.WriteAllText(notes, "not a database");
        var r = KabarProcess.RunIn(temp.Path, null, "ingest", Repo.Samples, "--db", notes);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not a Kabar database", r.Stderr);
        Assert.Equal("not a database", File.ReadAllText(notes));

        var pages = Path.Combine(temp.Path, "pages");
        StoreFixtures.WritePages(pages, 2);
        Ingest(temp, pages);
        StoreFile.Execute(temp.Db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2030-01-01')");
        r = KabarProcess.RunIn(temp.Path, new Dictionary<string, string> { ["KABAR_DB"] = temp.Db }, "stories");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("newer Kabar", r.Stderr);
    }

    internal static KabarProcess.Result Run(TestStore test, params string[] args) =>
        KabarProcess.RunIn(test.Temp.Path, new Dictionary<string, string> { ["KABAR_DB"] = test.Location }, args);

    internal static JsonElement Ingest(TestStore test, params string[] paths)
    {
        var r = Run(test, ["ingest", .. paths, "--json"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return JsonDocument.Parse(r.Stdout).RootElement;
    }

    internal static JsonElement Ingest(TempFolder temp, params string[] paths)
    {
        var r = KabarProcess.RunIn(temp.Path, null, ["ingest", .. paths, "--json"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return JsonDocument.Parse(r.Stdout).RootElement;
    }

    private static long SafeCount(TestStore test)
    {
        if (test.Kind == StoreKind.Sqlite && !File.Exists(test.Location)) return 0;
        try { return test.Scalar("SELECT COUNT(*) FROM articles"); }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException) { return 0; } // not migrated yet
    }
}
