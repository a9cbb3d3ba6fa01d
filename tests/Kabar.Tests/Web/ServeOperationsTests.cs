using System.Net;
using Kabar.Tests.Storage;
using Kabar.Tests.Support;

namespace Kabar.Tests.Web;

/// <summary>What an operator watches on a running `kabar serve`: request lines and errors on standard error, health probes, where it listens.</summary>
public class ServeOperationsTests
{
    [Fact]
    public async Task Every_request_is_logged_with_method_path_status_and_time_and_the_probes_answer()
    {
        using var serve = await ServeProcess.Start(null, null, "--load", Repo.Samples, "--urls", "http://127.0.0.1:0");
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await serve.Client.GetAsync("/tidak/ada%0Apalsu 200")).StatusCode);
        var health = await serve.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        var ready = await serve.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());

        var log = await serve.Stderr(l => l.Contains("GET /readyz"));
        Assert.Contains(log, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"GET / 200 \d+\.\d ms"));
        // The forged line break in the path stays escaped inside one line.
        Assert.Contains(log, l => l.Contains(@"GET /tidak/ada\u000apalsu 200 404"));
        Assert.DoesNotContain(log, l => l.StartsWith("palsu"));
        Assert.Contains(log, l => l.Contains("GET /healthz 200"));
    }

    [Fact]
    public async Task Quiet_turns_the_request_lines_off()
    {
        using var serve = await ServeProcess.Start(null, null, "--load", Repo.Samples, "--urls", "http://127.0.0.1:0", "--quiet");
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/healthz")).StatusCode);
        await Task.Delay(500);
        Assert.DoesNotContain(await serve.Stderr(), l => l.Contains("GET /healthz"));
    }

    [Fact]
    public async Task Aspnetcore_urls_is_where_it_listens_when_no_urls_are_given()
    {
        var environment = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" };
        using var serve = await ServeProcess.Start(null, environment, "--load", Repo.Samples);
        Assert.NotEqual(5080, serve.Address.Port);
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/healthz")).StatusCode);
        var refused = KabarProcess.RunIn(null, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "ftp://127.0.0.1:21" }, "serve", "--load", Repo.Samples);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("ASPNETCORE_URLS", refused.Stderr);
    }

    [Fact]
    public async Task A_page_that_throws_is_logged_with_its_exception_and_readyz_fails_when_the_store_cannot_answer()
    {
        using var temp = new TempFolder();
        var pages = Path.Combine(temp.Path, "pages");
        StoreFixtures.WritePages(pages, 3);
        IngestProcessTests.Ingest(temp, pages);
        using var serve = await ServeProcess.Start(temp.Path, null, "--db", temp.Db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/readyz")).StatusCode);

        // The store loses its tables under the running server.
        StoreFile.Execute(temp.Db, "ALTER TABLE stories RENAME TO stories_gone; ALTER TABLE kabar_meta RENAME TO kabar_meta_gone;");
        Assert.Equal(HttpStatusCode.InternalServerError, (await serve.Client.GetAsync("/")).StatusCode);
        var ready = await serve.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/healthz")).StatusCode);

        var log = await serve.Stderr(l => l.Contains("GET /readyz 503"));
        Assert.Contains(log, l => l.Contains("GET /: unhandled exception"));
        Assert.Contains(log, l => l.Contains("GET / 500"));
        Assert.Contains(log, l => l.Contains("no such table"));
    }
}
