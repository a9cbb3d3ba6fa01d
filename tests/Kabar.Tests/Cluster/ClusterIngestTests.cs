using System.Text.Json.Nodes;
using Kabar.Tests.Storage;
using Kabar.Tests.Support;

namespace Kabar.Tests.Cluster;

/// <summary>
/// Ingestion through a cluster of three silos, each a separate `kabar cluster` process on
/// loopback, against a real PostgreSQL server: the stories are those one process makes of the
/// same input, and killing a silo or sending the same batch twice loses nothing and stores
/// nothing twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterIngestTests(ClusterCorpus corpus)
{
    [PostgresFact]
    public void Three_silos_make_the_same_briefs_as_one_process_on_the_samples_and_a_generated_corpus()
    {
        using var cluster = new TestCluster(silos: 3);
        foreach (var input in new[] { Repo.Samples, corpus.Pages })
        {
            var ingest = cluster.Ingest(input);
            Assert.True(ingest.ExitCode == 0, ingest.Stderr);
            if (input == Repo.Samples)
            {
                var expected = ClusterCorpus.OneProcess([input]);
                var actual = ClusterCorpus.Snapshot(cluster.Store.Location);
                Assert.Equal(expected.Briefs, actual.Briefs);
                Assert.Equal(expected.EventOf, actual.EventOf);
                Assert.Equal(5, (int)JsonNode.Parse(ingest.Stdout)!["new_articles"]!);
            }
        }
        // The second batch went into a store that already held the samples: compare it with one
        // process that ingested both batches in the same order.
        var oneProcess = OneProcessInOrder(Repo.Samples, corpus.Pages);
        var clustered = ClusterCorpus.Snapshot(cluster.Store.Location);
        Assert.Equal(oneProcess.Counts, clustered.Counts);
        Assert.Equal(oneProcess.EventOf, clustered.EventOf);
        Assert.Equal(oneProcess.Briefs.Keys, clustered.Briefs.Keys);
        Assert.Equal(oneProcess.Briefs, clustered.Briefs);
    }

    [PostgresFact]
    public void A_silo_killed_while_it_ingests_leaves_the_batch_complete_with_nothing_twice()
    {
        using var cluster = new TestCluster(silos: 3);
        var ingest = cluster.IngestAsync(corpus.Pages);
        // Kill a silo once the batch is under way (some chunks committed, more in flight).
        WaitFor(() => cluster.Store.Scalar("SELECT COUNT(*) FROM pages") > 0 || ingest.IsCompleted, TimeSpan.FromMinutes(3));
        cluster.Silos[1].Kill();
        var result = ingest.Result;
        Assert.True(result.ExitCode == 0, result.Stderr);

        var report = JsonNode.Parse(result.Stdout)!;
        var stored = ClusterCorpus.Snapshot(cluster.Store.Location);
        var expected = OneProcessInOrder(corpus.Pages);
        Assert.Equal(expected.Counts, stored.Counts);
        Assert.Equal(ClusterCorpus.Articles, stored.Counts.Pages);
        // Each page is new once; a chunk whose reply was lost with the silo comes back as duplicates.
        Assert.Equal(ClusterCorpus.Articles, (int)report["new_articles"]! + (int)report["duplicates"]!);
        Assert.Equal(expected.EventOf, stored.EventOf);
        Assert.Equal(expected.Briefs, stored.Briefs);
    }

    [PostgresFact]
    public void The_same_batch_sent_twice_at_once_is_stored_once()
    {
        using var cluster = new TestCluster(silos: 3);
        var first = cluster.IngestAsync(corpus.Pages);
        var second = cluster.IngestAsync(corpus.Pages);
        var reports = new[] { first.Result, second.Result };
        foreach (var r in reports) Assert.True(r.ExitCode == 0, r.Stderr);

        var stored = ClusterCorpus.Snapshot(cluster.Store.Location);
        Assert.Equal(ClusterCorpus.Articles, stored.Counts.Pages);
        var parsed = reports.Select(r => JsonNode.Parse(r.Stdout)!).ToList();
        Assert.Equal(stored.Counts.Articles + stored.Counts.Failures, parsed.Sum(p => (int)p["new_articles"]! + ((JsonArray)p["failures"]!).Count));
        Assert.Equal(ClusterCorpus.Articles, parsed.Sum(p => (int)p["duplicates"]!));
    }

    [PostgresFact]
    public void Without_a_running_silo_ingest_says_so_and_stops()
    {
        using var store = new TestStore(StoreKind.Postgres);
        var result = KabarProcess.Run("ingest", Repo.Samples, "--cluster", "--db", store.Location, "--cluster-id", "nobody-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no silo of cluster", result.Stderr);
        Assert.Contains("kabar cluster", result.Stderr);
    }

    [Fact]
    public void A_cluster_needs_PostgreSQL_and_says_so()
    {
        using var temp = new TempFolder();
        var result = KabarProcess.Run("cluster", "--db", temp.Db);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PostgreSQL", result.Stderr);
        var ingest = KabarProcess.Run("ingest", Repo.Samples, "--cluster", "--db", temp.Db);
        Assert.Equal(2, ingest.ExitCode);
        Assert.False(File.Exists(temp.Db));
    }

    private (SortedDictionary<string, string> Briefs, SortedDictionary<string, string> EventOf, Kabar.Storage.StoreCounts Counts) OneProcessInOrder(params string[] batches)
    {
        using var temp = new TempFolder();
        foreach (var batch in batches)
        {
            var result = KabarProcess.Run("ingest", batch, "--db", temp.Db);
            Assert.True(result.ExitCode == 0, result.Stderr);
        }
        return ClusterCorpus.Snapshot(temp.Db);
    }

    internal static void WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"waited {timeout.TotalSeconds:0} s");
            Thread.Sleep(200);
        }
    }
}
