using System.Diagnostics;
using Kabar.Storage.Sqlite;
using Kabar.Tests.Support;

namespace Kabar.Tests.Watching;

public class WatchCommandTests
{
    private const string Page = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1><p>{1}</p><p>Petugas Badan Penanggulangan Bencana Daerah mendirikan posko pengungsian dan dapur umum di beberapa kelurahan pada Senin.</p></article></body></html>";

    private static string Feed(MisbehavingServer server, int items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title>" +
        string.Concat(Enumerable.Range(1, items).Select(i =>
            $"<item><title>Berita {i}</title><link>{server.Url($"berita/{i}")}</link><pubDate>Mon, 10 Jan 2022 0{i}:00:00 +0700</pubDate></item>")) +
        "</channel></rss>";

    private static void Serve(MisbehavingServer server, int items)
    {
        server.Text("/feed.xml", Feed(server, items));
        for (var i = 1; i <= items; i++)
            server.Text($"/berita/{i}", string.Format(Page, $"Banjir melanda kota nomor {i}", $"Banjir merendam {i * 100} rumah warga di kota nomor {i} setelah hujan deras sejak malam hari."), "text/html; charset=utf-8");
    }

    [Fact]
    public void Watch_once_ingests_the_new_items_of_a_feed_and_a_second_round_adds_nothing()
    {
        using var server = new MisbehavingServer();
        Serve(server, 3);
        using var dirFolder = new Storage.TempFolder("kabar-watch");
        var dir = dirFolder.Path;
        var sources = Path.Combine(dir, "feeds.txt");
        File.WriteAllText(sources, $"# feeds\n{server.Url("feed.xml")}\nnot a url\n");
        var db = Path.Combine(dir, "kabar.db");
        var first = KabarProcess.Run("watch", sources, "--once", "--db", db, "--per-host-interval", "10ms");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("not an http(s) URL", first.Stderr);
        Assert.Contains("GET " + server.Url("feed.xml"), first.Stderr);
        using (var store = SqliteKabarStore.Open(db)) Assert.Equal(3, store.Counts().Articles);
        var second = KabarProcess.Run("watch", sources, "--once", "--db", db, "--per-host-interval", "10ms");
        Assert.Equal(0, second.ExitCode);
        using (var store = SqliteKabarStore.Open(db)) Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public void Ctrl_c_stops_watching_cleanly_with_everything_stored()
    {
        using var server = new MisbehavingServer();
        Serve(server, 2);
        using var dirFolder = new Storage.TempFolder("kabar-watch");
        var dir = dirFolder.Path;
        var sources = Path.Combine(dir, "feeds.txt");
        File.WriteAllText(sources, server.Url("feed.xml").ToString());
        var db = Path.Combine(dir, "kabar.db");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "kabar.dll"), "watch", sources, "--every", "1h", "--db", db, "--per-host-interval", "10ms" })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var log = new System.Text.StringBuilder();
        var roundDone = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); if (e.Data?.Contains("round done") == true) roundDone.Set(); };
        process.BeginErrorReadLine();
        Assert.True(roundDone.Wait(TimeSpan.FromMinutes(2)), "the first round finished: " + log);
        Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit();
        // A generous bound for a loaded machine; a watch that ignores Ctrl-C never exits, and still fails it (as it does,
        // rightly, when the tests run under `nohup ... &`, which starts every child with SIGINT ignored).
        var stopped = process.WaitForExit(TimeSpan.FromMinutes(2));
        if (!stopped) process.Kill(entireProcessTree: true);
        Assert.True(stopped, "watch stopped after Ctrl-C: " + log);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("stopping", log.ToString());
        using var store = SqliteKabarStore.Open(db);
        Assert.Equal(2, store.Counts().Articles);
    }
}
