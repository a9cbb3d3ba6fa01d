using System.Diagnostics;
using System.Text.Json.Nodes;
using Kabar.Tests.Storage;

namespace Kabar.Tests.Cluster;

/// <summary>
/// A PostgreSQL server of the test's own (started by .ci/postgres on a free port, so restarting it
/// disturbs no other test), restarted while a cluster of three silos ingests: ingestion waits for
/// it and completes, with every page stored once and the stories one process would make.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ClusterCorpus corpus)
{
    public const string ScriptVariable = "KABAR_CI_POSTGRES";

    [PostgresRestartFact]
    public void Ingestion_waits_for_a_restarting_PostgreSQL_and_completes()
    {
        using var server = OwnPostgresServer.Start();
        using var cluster = new TestCluster(silos: 3, new TestStore(StoreKind.Postgres, server.Uri));
        var ingest = cluster.IngestAsync(corpus.Pages);
        ClusterIngestTests.WaitFor(() => cluster.Store.Scalar("SELECT COUNT(*) FROM pages") > 0 || ingest.IsCompleted, TimeSpan.FromMinutes(3));
        Assert.False(ingest.IsCompleted, "the batch finished before the server could be restarted; the test needs a larger corpus");
        server.Restart();
        var result = ingest.Result;
        Assert.True(result.ExitCode == 0, result.Stderr);

        var stored = ClusterCorpus.Snapshot(cluster.Store.Location);
        Assert.Equal(ClusterCorpus.Articles, stored.Counts.Pages);
        var report = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(ClusterCorpus.Articles, (int)report["new_articles"]! + (int)report["duplicates"]! + ((JsonArray)report["failures"]!).Count);
        var expected = ClusterCorpus.OneProcess([corpus.Pages]);
        Assert.Equal(expected.Counts, stored.Counts);
        Assert.Equal(expected.EventOf, stored.EventOf);
        Assert.Equal(expected.Briefs, stored.Briefs);
        foreach (var silo in cluster.Silos) Assert.False(silo.HasExited, $"{silo.Name} died with the server:\n{silo.Log}");
    }
}

/// <summary>Needs .ci/postgres to start a server of the test's own: skipped, with the reason, without it (CI sets it).</summary>
public sealed class PostgresRestartFactAttribute : FactAttribute
{
    public PostgresRestartFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
        else if (Environment.GetEnvironmentVariable(PostgresRestartTests.ScriptVariable) is not { Length: > 0 })
            Skip = $"restarting PostgreSQL needs a server of the test's own: set {PostgresRestartTests.ScriptVariable}=PATH/.ci/postgres (.ci/run does)";
    }
}
