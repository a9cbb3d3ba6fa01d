using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Kabar.Diagnostics;

/// <summary>
/// Kabar's counters, under one <see cref="Meter"/> named "Kabar": what `dotnet-counters monitor
/// -n kabar --counters Kabar` shows, and what the OTLP exporter sends when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set. They are fed in one place, <see cref="Ingestion.IngestReport"/>,
/// so a run's report and the counters can never disagree.
/// </summary>
public static class KabarMetrics
{
    public const string MeterName = "Kabar";

    private static readonly Meter Meter = new(MeterName, typeof(KabarMetrics).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> PagesRead = Meter.CreateCounter<long>("kabar.pages.read", "{page}", "Pages taken in by ingestion: stored, duplicate or failed.");
    public static readonly Counter<long> ArticlesStored = Meter.CreateCounter<long>("kabar.articles.stored", "{article}", "Articles extracted, annotated and committed to the store.");
    public static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("kabar.pages.duplicate", "{page}", "Pages skipped because the same content is stored already.");
    public static readonly Counter<long> Failures = Meter.CreateCounter<long>("kabar.pages.failed", "{page}", "Pages that gave no article, by reason: unreadable (the input could not be read) or rejected (a stage refused it; the page is stored).");
    public static readonly Counter<long> EventsCreated = Meter.CreateCounter<long>("kabar.events.created", "{event}", "Events the store holds more after a run (net: events merged into others count against new ones).");
    public static readonly Counter<long> StoriesCreated = Meter.CreateCounter<long>("kabar.stories.created", "{story}", "Stories created by ingestion.");
    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("kabar.stage.duration", "s", "Time of one ingestion stage over one chunk of pages, by stage.");

    /// <summary>The reason tag of a failure: low-cardinality on purpose (the full reason is in the report and the store).</summary>
    public static string FailureReason(bool stored) => stored ? "rejected" : "unreadable";

    public static void Failed(bool stored) => Failures.Add(1, new KeyValuePair<string, object?>("reason", FailureReason(stored)));

    public static void Stage(string stage, TimeSpan elapsed) => StageDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("stage", stage));
}
