using System.Diagnostics.Metrics;
using System.Text;
using Kabar.Diagnostics;
using Kabar.Ingestion;
using Kabar.Storage.Sqlite;
using Kabar.Tests.Support;
using Kabar.Tests.Watching;

namespace Kabar.Tests.Storage;

/// <summary>Only this class measures the process-wide "Kabar" meter, so no other test's ingestion runs meanwhile.</summary>
[CollectionDefinition(nameof(MeterCollection), DisableParallelization = true)]
public sealed class MeterCollection;

/// <summary>The "Kabar" meter says what the ingest report says; `ingest --json` ends with the same counts; OTLP sends them when asked.</summary>
[Collection(nameof(MeterCollection))]
public class IngestMetricsTests
{
    private static string Batch(TempFolder temp)
    {
        var pages = Path.Combine(temp.Path, "pages");
        var written = StoreFixtures.WritePages(pages, 5);
        File.Copy(written[0], Path.Combine(pages, "copy-of-first.txt"));
        File.WriteAllText(Path.Combine(pages, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(pages, "broken.warc"), "WARC/1.1\r\nWARC-Type: response\r\n"u8.ToArray());
        return pages;
    }

    [Fact]
    public void The_kabar_meter_counts_what_the_report_counts()
    {
        using var temp = new TempFolder();
        var pages = Batch(temp);
        var totals = new Dictionary<string, long>();
        var stages = new HashSet<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == KabarMetrics.MeterName) l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var reason = tags.ToArray().FirstOrDefault(t => t.Key == "reason").Value;
            lock (totals)
            {
                var key = instrument.Name + (reason is null ? "" : "/" + reason);
                totals[key] = totals.GetValueOrDefault(key) + value;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            lock (stages) stages.Add(instrument.Name + "/" + tags.ToArray().First(t => t.Key == "stage").Value);
        });
        listener.Start();

        using var store = SqliteKabarStore.OpenInMemory();
        var report = new IngestPipeline(store).Run([pages]);
        listener.Dispose();

        Assert.True(report.NewArticles >= 4, $"{report.NewArticles} articles");
        Assert.Equal(1, report.Duplicates);
        Assert.Contains(report.Failures, f => !f.Stored);
        Assert.Equal(report.PagesRead, totals.GetValueOrDefault("kabar.pages.read"));
        Assert.Equal(8, report.PagesRead);
        Assert.Equal(report.NewArticles, totals.GetValueOrDefault("kabar.articles.stored"));
        Assert.Equal(report.Duplicates, totals.GetValueOrDefault("kabar.pages.duplicate"));
        Assert.Equal(report.Failures.Count(f => !f.Stored), totals.GetValueOrDefault("kabar.pages.failed/unreadable"));
        Assert.Equal(report.Failures.Count(f => f.Stored), totals.GetValueOrDefault("kabar.pages.failed/rejected"));
        Assert.Equal(report.StoriesCreated.Count, totals.GetValueOrDefault("kabar.stories.created"));
        Assert.True(report.StoriesCreated.Count > 0);
        Assert.Equal(store.Counts().Events, report.EventsCreated);
        Assert.Equal(report.EventsCreated, totals.GetValueOrDefault("kabar.events.created"));
        Assert.Contains("kabar.stage.duration/extract-annotate", stages);
        Assert.Contains("kabar.stage.duration/commit", stages);
    }

    [Fact]
    public void Ingest_json_ends_with_the_same_counts_under_the_meter_names()
    {
        using var temp = new TempFolder();
        var json = IngestProcessTests.Ingest(temp, Batch(temp));
        var last = json.EnumerateObject().Last();
        Assert.Equal("metrics", last.Name);
        var metrics = last.Value;
        Assert.Equal(json.GetProperty("new_articles").GetInt32(), metrics.GetProperty("kabar.articles.stored").GetInt32());
        Assert.Equal(json.GetProperty("duplicates").GetInt32(), metrics.GetProperty("kabar.pages.duplicate").GetInt32());
        Assert.Equal(8, metrics.GetProperty("kabar.pages.read").GetInt32());
        var failures = json.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(failures.Count(f => !f.GetProperty("stored").GetBoolean()), metrics.GetProperty("kabar.pages.failed").GetProperty("unreadable").GetInt32());
        Assert.Equal(json.GetProperty("stories_created").GetArrayLength(), metrics.GetProperty("kabar.stories.created").GetInt32());
        Assert.True(metrics.GetProperty("kabar.events.created").GetInt32() > 0);
        Assert.True(metrics.GetProperty("kabar.stage.duration_seconds").GetProperty("commit").GetDouble() > 0);
        // Beside the stages' times, the queues between them: how full they were and who waited for whom.
        var queues = json.GetProperty("pipeline").GetProperty("queues").EnumerateArray()
            .Select(q => $"{q.GetProperty("from").GetString()} → {q.GetProperty("to").GetString()} {q.GetProperty("capacity").GetInt32()}").ToList();
        Assert.Equal(["read → extract-annotate 2", "extract-annotate → commit 2"], queues);
    }

    [Fact]
    public void Metrics_go_to_an_otlp_collector_only_when_its_endpoint_is_set()
    {
        using var collector = new MisbehavingServer();
        var bodies = new List<byte[]>();
        collector.On("/v1/metrics", async c =>
        {
            using var body = new MemoryStream();
            await c.Request.InputStream.CopyToAsync(body);
            lock (bodies) bodies.Add(body.ToArray());
            c.Response.StatusCode = 200;
            c.Response.ContentType = "application/x-protobuf";
            c.Response.Close();
        });
        using var temp = new TempFolder();
        var pages = Batch(temp);
        Assert.Equal(0, KabarProcess.RunIn(temp.Path, null, "ingest", pages).ExitCode);
        Assert.Empty(bodies);

        using var second = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Base.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };
        var r = KabarProcess.RunIn(second.Path, environment, "ingest", pages);
        Assert.True(r.ExitCode == 0, r.Stderr);
        byte[][] sent;
        lock (bodies) sent = [.. bodies];
        Assert.NotEmpty(sent);
        var text = string.Concat(sent.Select(b => Encoding.UTF8.GetString(b)));
        Assert.Contains("kabar.pages.read", text);
        Assert.Contains("kabar.articles.stored", text);
        Assert.Contains("kabar.stage.duration", text);
    }
}
