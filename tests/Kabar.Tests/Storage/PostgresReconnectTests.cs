using System.Net;
using Kabar.Ingestion;
using Kabar.Storage.Postgres;
using Kabar.Tests.Cluster;
using Kabar.Tests.Support;

namespace Kabar.Tests.Storage;

/// <summary>A PostgreSQL restart under a long-running process: the first call on the dead pooled connection is retried once, so no caller sees it.</summary>
public class PostgresReconnectTests
{
    [PostgresRestartFact]
    public void A_store_call_after_a_server_restart_succeeds_at_the_first_try()
    {
        using var server = OwnPostgresServer.Start();
        using var temp = new TempFolder();
        var pages = Path.Combine(temp.Path, "pages");
        StoreFixtures.WritePages(pages, 4);
        using var store = PostgresKabarStore.Open(server.Uri);
        new IngestPipeline(store).Run([pages]);
        var before = store.Counts();
        var stories = store.Stories().Count;

        server.Restart(forgetConnections: false);
        Assert.Equal(before, store.Counts());
        Assert.Equal(stories, store.Stories().Count);
        server.Restart(forgetConnections: false);
        Assert.NotEmpty(store.Articles().Take(2).ToList());
    }

    [PostgresRestartFact]
    public async Task Kabar_serve_answers_every_request_after_the_server_is_back()
    {
        using var server = OwnPostgresServer.Start();
        using var temp = new TempFolder();
        var pages = Path.Combine(temp.Path, "pages");
        StoreFixtures.WritePages(pages, 4);
        var ingest = KabarProcess.RunIn(temp.Path, null, "ingest", pages, "--db", server.Uri);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        using var serve = await ServeProcess.Start(temp.Path, null, "--db", server.Uri, "--urls", "http://127.0.0.1:0");
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/api/stories")).StatusCode);

        server.Restart(forgetConnections: false);
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/api/stories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync("/")).StatusCode);
        Assert.DoesNotContain(await serve.Stderr(), l => l.Contains(" 500 ") || l.Contains("unhandled exception"));
    }
}
