using System.Text;
using Kabar.Watching;

namespace Kabar.Tests.Watching;

public class FeedWatcherTests
{
    private static readonly FetchPolicy Fast = TestPolicies.Fast;

    private static string Rss(params (string Title, string Link, string? Html)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title>" +
        string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link>{(i.Html is null ? "" : $"<description><![CDATA[{i.Html}]]></description>")}</item>")) +
        "</channel></rss>";

    private static (FeedWatcher Watcher, List<string> Log) Watcher(FetchPolicy? policy = null)
    {
        var log = new List<string>();
        return (new FeedWatcher(new PoliteFetcher(policy ?? Fast), l => { lock (log) log.Add(l); }), log);
    }

    [Fact]
    public async Task New_items_are_found_once_and_an_unchanged_feed_answers_not_modified()
    {
        using var server = new MisbehavingServer();
        server.Text("/feed.xml", Rss(("Banjir", "https://contoh.test/a", "<p>Banjir merendam rumah.</p>")), etag: "\"v1\"");
        var (watcher, log) = Watcher();
        var first = await watcher.PollAsync([server.Url("feed.xml")], CancellationToken.None);
        Assert.Single(first);
        Assert.Equal("https://contoh.test/a", first[0].Url);
        var second = await watcher.PollAsync([server.Url("feed.xml")], CancellationToken.None);
        Assert.Empty(second);
        Assert.Contains(log, l => l.Contains("notmodified"));

        server.Text("/feed.xml", Rss(("Banjir", "https://contoh.test/a", "<p>Banjir.</p>"), ("Kebakaran", "https://contoh.test/b", "<p>Kebakaran pasar.</p>")), etag: "\"v2\"");
        var third = await watcher.PollAsync([server.Url("feed.xml")], CancellationToken.None);
        Assert.Equal(["https://contoh.test/b"], third.Select(d => d.Url));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off()
    {
        using var server = new MisbehavingServer();
        var calls = 0;
        server.On("/flaky.xml", c => Interlocked.Increment(ref calls) <= 2
            ? MisbehavingServer.Write(c, "busy", "text/plain", 503)
            : MisbehavingServer.Write(c, Rss(("Banjir", "https://contoh.test/a", "<p>Isi.</p>")), "application/rss+xml"));
        var (watcher, log) = Watcher();
        Assert.Single(await watcher.PollAsync([server.Url("flaky.xml")], CancellationToken.None));
        Assert.Contains(log, l => l.Contains("3 attempts"));
    }

    [Fact]
    public async Task Slow_pages_redirect_loops_huge_bodies_and_wrong_types_fail_cleanly_and_the_round_goes_on()
    {
        using var server = new MisbehavingServer();
        server.On("/slow.xml", async c => { await Task.Delay(TimeSpan.FromSeconds(60)); await MisbehavingServer.Write(c, "late", "text/plain"); });
        server.On("/loop.xml", c => { c.Response.StatusCode = 302; c.Response.RedirectLocation = "/loop.xml"; c.Response.Close(); return Task.CompletedTask; });
        server.On("/huge.xml", async c =>
        {
            c.Response.ContentType = "application/rss+xml";
            c.Response.SendChunked = true;
            var block = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++) await c.Response.OutputStream.WriteAsync(block);
            c.Response.Close();
        });
        server.Text("/page.xml", "<html><body><p>Bukan feed</p></body></html>", "text/html");
        server.Text("/good.xml", Rss(("Banjir", "https://contoh.test/a", "<p>Isi.</p>")));
        var (watcher, log) = Watcher();
        var found = await watcher.PollAsync(
            [server.Url("slow.xml"), server.Url("loop.xml"), server.Url("huge.xml"), server.Url("page.xml"), server.Url("good.xml")],
            CancellationToken.None);
        Assert.Single(found);
        Assert.Contains(log, l => l.Contains("slow.xml") && l.Contains("failed"));
        Assert.Contains(log, l => l.Contains("loop.xml") && l.Contains("redirects"));
        Assert.Contains(log, l => l.Contains("huge.xml") && l.Contains("limit"));
        Assert.Contains(log, l => l.Contains("page.xml") && l.Contains("not a feed"));
    }

    [Fact]
    public async Task Robots_txt_is_obeyed_and_items_without_content_get_their_page_fetched()
    {
        using var server = new MisbehavingServer();
        server.Text("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        server.Text("/private/feed.xml", Rss(("Rahasia", "https://contoh.test/x", "<p>x</p>")));
        server.Text("/feed.xml", Rss(("Banjir", server.Url("berita/1").ToString(), null)));
        server.Text("/berita/1", "<html><body><article><h1>Banjir</h1><p>Banjir merendam rumah warga.</p></article></body></html>", "text/html; charset=utf-8");
        var (watcher, log) = Watcher();
        var found = await watcher.PollAsync([server.Url("private/feed.xml"), server.Url("feed.xml")], CancellationToken.None);
        var page = Assert.Single(found);
        Assert.Contains("Banjir merendam", Encoding.UTF8.GetString(page.Content.Span));
        Assert.Equal("Banjir", page.Hints?.Title);
        Assert.Contains(log, l => l.Contains("private/feed.xml") && l.Contains("robots.txt"));
        Assert.False(server.Hits.ContainsKey("/private/feed.xml"));
    }
}
