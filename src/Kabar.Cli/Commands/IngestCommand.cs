using Kabar.Diagnostics;
using System.CommandLine;
using System.Text.Json.Nodes;
using Kabar.Extraction;
using Kabar.Ingestion;
using Kabar.Language;
using Kabar.Search;
using Kabar.Serialization;
using Kabar.Storage;

namespace Kabar.Cli.Commands;

/// <summary>`kabar ingest PATH... [--db PATH] [--json] [--cluster]`: the whole pipeline into the store (in this process or through a cluster), then what it did.</summary>
internal sealed class IngestCommand : ICliCommand
{
    public int Order => 30;

    public Command Create()
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json();
        var db = StoreAccess.Db();
        var map = CommonOptions.Map();
        var cluster = new Option<bool>("--cluster")
        {
            Description = "Feed a running cluster ('kabar cluster') whose membership and store are the --db PostgreSQL database, instead of working in this process.",
        };
        var clusterId = ClusterAccess.ClusterId();
        // For benchmarks and experiments (e.g. an engine that never freezes, bench/window/slices); a store
        // is best fed with one set of knobs throughout, since later runs replay its window with theirs.
        var setting = CommonOptions.Settings();
        var command = new Command("ingest", "Read, extract, annotate and cluster pages into the store; pages already stored (same content) are skipped.")
        {
            paths, db, json, map, cluster, clusterId, setting,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            PatternCompilation.ExpectInput(ExtractionRun.CountBytes(inputs));
            if (CommonOptions.Reading(parse.GetValue(map), "ingest") is not { } reading) return ExitCodes.UsageError;
            var overrides = parse.GetValue(setting);
            if (CommonOptions.Clustering(new Kabar.Stories.ClusteringSettings(), overrides, "ingest") is not { } clustering) return ExitCodes.UsageError;
            if (parse.GetValue(cluster) && overrides is { Length: > 0 })
            {
                Console.Error.WriteLine("kabar ingest: --setting applies to this process's engine; a cluster's silos use their own");
                return ExitCodes.UsageError;
            }
            if (parse.GetValue(cluster))
                return ThroughCluster(inputs, reading, StoreLocation.Resolve(parse.GetValue(db)), parse.GetValue(clusterId)!, parse.GetValue(json));
            return StoreAccess.With("ingest", parse.GetValue(db), create: true, store =>
            {
                var report = Terminal.WithProgress("ingesting", ExtractionRun.CountInputs(inputs),
                    tick => new IngestPipeline(store) { Clustering = clustering }.Run(inputs, tick, reading));
                var indexNote = UpdateIndex(store);
                Report(store.Location, report, parse.GetValue(json), indexNote);
                return ExitCode(report);
            });
        });
        return command;
    }

    private static int ExitCode(IngestReport report)
    {
        if (report.StoppedBecause is not null) return ExitCodes.AllFailed;
        return report.NewArticles == 0 && report.Duplicates == 0 && report.Failures.Count > 0 ? ExitCodes.AllFailed : ExitCodes.Success;
    }

    /// <summary>
    /// `--cluster`: this process only reads the pages; the cluster's silos extract, annotate and
    /// commit them. The search terms are written with each article on PostgreSQL, so there is no
    /// index to update here.
    /// </summary>
    private static int ThroughCluster(string[] inputs, Kabar.Readers.ReaderOptions reading, string location, string clusterId, bool json)
    {
        if (ClusterAccess.Settings("ingest", location, clusterId) is not { } settings) return ExitCodes.UsageError;
        Kabar.Extraction.TextDump.TemplateLines template;
        try
        {
            // The run's template lines, decided here as one process decides them: the store's counts and the run's.
            using var store = StoreFactory.Open(location, write: false);
            template = RunTemplates.Decide(store, Kabar.Readers.PathReader.Read(inputs, reading));
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"kabar ingest: {e.Message}");
            return ExitCodes.AllFailed;
        }
        try
        {
            var report = Terminal.WithProgress("ingesting through the cluster", ExtractionRun.CountInputs(inputs), tick => Task.Run(async () =>
            {
                await using var client = await Kabar.Cluster.ClusterClient.ConnectAsync(settings);
                return await new Kabar.Cluster.ClusterIngest(client.Client, line => Console.Error.WriteLine($"kabar ingest: {line}")) { Template = template }
                    .RunAsync(Kabar.Readers.PathReader.Read(inputs, reading), tick);
            }).GetAwaiter().GetResult());
            Report(settings.Display, report, json, null);
            return ExitCode(report);
        }
        catch (Exception e) when (e is Kabar.Cluster.ClusterUnavailableException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine($"kabar ingest: {e.Message}");
            return ExitCodes.AllFailed;
        }
    }

    /// <summary>Brings the search index up to date; a problem there is a note, never a lost ingest (the index is rebuilt from the store).</summary>
    private static string? UpdateIndex(IKabarStore store)
    {
        try
        {
            using var index = ArticleSearch.Open(store);
            var done = Terminal.WithProgress("indexing", index.Pending(), tick => index.Update(tick));
            return done < 0 ? "the search index is being updated by another process; 'kabar search' will catch up" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the search index was not updated ({e.Message}); 'kabar search' will rebuild it";
        }
    }

    private static void Report(string location, IngestReport report, bool json, string? indexNote)
    {
        foreach (var f in report.Failures)
            Terminal.Warn(f.Source, "error: " + f.Reason + (f.Stored ? " (raw input kept in the store)" : ""));
        if (indexNote is not null) Console.Error.WriteLine($"kabar ingest: {indexNote}");
        if (report.StoppedBecause is not null) Console.Error.WriteLine($"kabar ingest: stopped: {report.StoppedBecause}");
        if (json)
        {
            var output = new JsonObject
            {
                ["store"] = location,
                ["new_articles"] = report.NewArticles,
                ["duplicates"] = report.Duplicates,
                ["failures"] = new JsonArray(report.Failures.Select(f => (JsonNode?)new JsonObject
                {
                    ["source"] = f.Source, ["reason"] = f.Reason, ["stored"] = f.Stored,
                }).ToArray()),
                ["stories_created"] = new JsonArray(report.StoriesCreated.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                ["stories_changed"] = new JsonArray(report.StoriesChanged.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                ["stopped_because"] = report.StoppedBecause,
                ["story_engine"] = report.Engine is { } engine ? new JsonObject
                {
                    ["replayed_at_start"] = report.Replayed,
                    ["events"] = engine.Events, ["stories"] = engine.Stories,
                    ["index_entries"] = engine.Postings, ["index_keys"] = engine.Keys, ["frozen_events"] = engine.FrozenEvents,
                    ["late_lookups"] = report.Thaws.Lookups, ["frozen_found"] = report.Thaws.Found, ["thawed"] = report.Thaws.Thawed,
                } : null,
                ["pipeline"] = Pipeline(report),
                ["metrics"] = Metrics(report),
            };
            Console.Out.WriteLine(output.ToJsonString(KabarJson.Options));
            return;
        }
        Console.Out.WriteLine($"{location}: {report.NewArticles} new article(s), {report.Duplicates} duplicate(s) skipped, {report.Failures.Count} failed; " +
                              $"{report.StoriesCreated.Count} story(ies) created, {report.StoriesChanged.Count} changed");
        foreach (var f in report.Failures)
            Console.Out.WriteLine($"  failed: {f.Source}: {f.Reason}");
        if (report.StoriesCreated.Count > 0) Console.Out.WriteLine($"  created: {Ids(report.StoriesCreated)}");
        if (report.StoriesChanged.Count > 0) Console.Out.WriteLine($"  changed: {Ids(report.StoriesChanged)}");
    }

    /// <summary>The run's counts under the names of the "Kabar" meter's instruments, as dotnet-counters and OTLP show them.</summary>
    private static JsonObject Metrics(IngestReport report) => new()
    {
        [KabarMetrics.PagesRead.Name] = report.PagesRead,
        [KabarMetrics.ArticlesStored.Name] = report.NewArticles,
        [KabarMetrics.Duplicates.Name] = report.Duplicates,
        [KabarMetrics.Failures.Name] = new JsonObject
        {
            [KabarMetrics.FailureReason(stored: false)] = report.Failures.Count(f => !f.Stored),
            [KabarMetrics.FailureReason(stored: true)] = report.Failures.Count(f => f.Stored),
        },
        [KabarMetrics.EventsCreated.Name] = report.EventsCreated,
        [KabarMetrics.StoriesCreated.Name] = report.StoriesCreated.Count,
        [KabarMetrics.StageDuration.Name + "_seconds"] = new JsonObject(report.StageTimes.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => KeyValuePair.Create(s.Key, (JsonNode?)Math.Round(s.Value.TotalSeconds, 3)))),
    };

    /// <summary>
    /// How the run's stages kept each other busy (beside their times in <see cref="Metrics"/>): for each
    /// queue, how full it was and how long the stage before it waited for room and the stage after it
    /// for work. A stage that waits little while its neighbours wait much is the one that holds the run up.
    /// </summary>
    private static JsonObject Pipeline(IngestReport report) => new()
    {
        ["read_waited_for_store_seconds"] = Math.Round(report.ReaderWaitedForStore.TotalSeconds, 3),
        ["gc_paused_seconds"] = Math.Round(report.GcPaused.TotalSeconds, 3),
        ["queues"] = new JsonArray(report.Queues.Select(q => (JsonNode?)new JsonObject
        {
            ["from"] = q.From, ["to"] = q.To, ["capacity"] = q.Capacity,
            ["mean_depth"] = q.MeanDepth, ["max_depth"] = q.MaxDepth,
            ["from_waited_for_room_seconds"] = Math.Round(q.ProducerWaited.TotalSeconds, 3),
            ["to_waited_for_input_seconds"] = Math.Round(q.ConsumerWaited.TotalSeconds, 3),
        }).ToArray()),
    };

    private static string Ids(IReadOnlyCollection<string> ids) =>
        string.Join(", ", ids.Take(20)) + (ids.Count > 20 ? $" and {ids.Count - 20} more" : "");
}
