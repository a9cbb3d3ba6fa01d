using Kabar.Watching;

namespace Kabar.Tests.Watching;

/// <summary>How the fetcher treats robots.txt answers (RFC 9309 2.3.1): 4xx allows, 5xx and network errors disallow until read again, redirects up to five hops.</summary>
public class RobotsFetchTests
{
    private static readonly FetchPolicy Fast = TestPolicies.Fast with { MaxRetries = 1 };

    private static void Page(MisbehavingServer server) =>
        server.Text("/berita/1", "<html><body><p>Banjir.</p></body></html>", "text/html");

    private static void Redirects(MisbehavingServer server, int hops, string target)
    {
        server.On("/robots.txt", c => Redirect(c, "/hop1"));
        for (var i = 1; i <= hops; i++)
        {
            var next = i == hops ? target : $"/hop{i + 1}";
            server.On($"/hop{i}", c => Redirect(c, next));
        }
        server.Text(target, "User-agent: *\nDisallow: /berita/\n", "text/plain");
    }

    private static Task Redirect(System.Net.HttpListenerContext c, string to)
    {
        c.Response.StatusCode = 301;
        c.Response.RedirectLocation = to;
        c.Response.Close();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_everything()
    {
        using var server = new MisbehavingServer();
        Page(server);
        using var fetcher = new PoliteFetcher(Fast);
        Assert.Equal(FetchStatus.Ok, (await fetcher.FetchAsync(server.Url("berita/1"), CancellationToken.None)).Status);
        Assert.Equal(1, server.Hits["/robots.txt"]);
    }

    [Fact]
    public async Task A_server_error_disallows_the_host_until_robots_txt_is_read_again()
    {
        using var server = new MisbehavingServer();
        Page(server);
        server.On("/robots.txt", c => MisbehavingServer.Write(c, "rusak", "text/plain", 503));
        using (var patient = new PoliteFetcher(Fast))
        {
            var refused = await patient.FetchAsync(server.Url("berita/1"), CancellationToken.None);
            Assert.Equal(FetchStatus.Disallowed, refused.Status);
            Assert.Contains("could not be read", refused.Message);
            server.Text("/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", "text/plain");
            // Within the retry interval the host stays closed, without asking again.
            Assert.Equal(FetchStatus.Disallowed, (await patient.FetchAsync(server.Url("berita/1"), CancellationToken.None)).Status);
            Assert.Equal(1, server.Hits["/robots.txt"]);
        }
        server.On("/robots.txt", c => MisbehavingServer.Write(c, "rusak", "text/plain", 500));
        using var eager = new PoliteFetcher(Fast with { RobotsRetry = TimeSpan.Zero });
        Assert.Equal(FetchStatus.Disallowed, (await eager.FetchAsync(server.Url("berita/1"), CancellationToken.None)).Status);
        server.Text("/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", "text/plain");
        Assert.Equal(FetchStatus.Ok, (await eager.FetchAsync(server.Url("berita/1"), CancellationToken.None)).Status);
        Assert.Equal(FetchStatus.Disallowed, (await eager.FetchAsync(server.Url("rahasia/1"), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task An_unreachable_host_is_disallowed_rather_than_crawled_blind()
    {
        // A port nobody listens on: the robots.txt request fails at the network, as for a host that is down.
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var fetcher = new PoliteFetcher(Fast);
        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/berita/1"), CancellationToken.None);
        Assert.Equal(FetchStatus.Disallowed, result.Status);
        Assert.Contains("could not be read", result.Message);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_five_hops()
    {
        using var server = new MisbehavingServer();
        Page(server);
        Redirects(server, 4, "/real-robots.txt");
        using var fetcher = new PoliteFetcher(Fast);
        Assert.Equal(FetchStatus.Disallowed, (await fetcher.FetchAsync(server.Url("berita/1"), CancellationToken.None)).Status);
        Assert.Equal(1, server.Hits["/real-robots.txt"]);
    }

    [Fact]
    public async Task More_than_five_redirects_count_as_no_robots_txt()
    {
        using var server = new MisbehavingServer();
        Page(server);
        Redirects(server, 6, "/real-robots.txt");
        using var fetcher = new PoliteFetcher(Fast);
        Assert.Equal(FetchStatus.Ok, (await fetcher.FetchAsync(server.Url("berita/1"), CancellationToken.None)).Status);
        Assert.False(server.Hits.ContainsKey("/real-robots.txt"));
    }
}
