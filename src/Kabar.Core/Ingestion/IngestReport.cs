using System.Collections.ObjectModel;
using System.Diagnostics;
using Kabar.Diagnostics;

namespace Kabar.Ingestion;

/// <summary>
/// What one `kabar ingest` run did. Every count also goes to <see cref="KabarMetrics"/> as it is
/// added, so the metrics and the report say the same.
/// </summary>
public sealed class IngestReport
{
    private int _newArticles;
    private int _duplicates;
    private readonly Dictionary<string, TimeSpan> _stages = new(StringComparer.Ordinal);

    public int NewArticles
    {
        get => _newArticles;
        set { Count(KabarMetrics.ArticlesStored, value - _newArticles); _newArticles = value; }
    }

    /// <summary>Pages whose content was already stored (or came twice in this run).</summary>
    public int Duplicates
    {
        get => _duplicates;
        set { Count(KabarMetrics.Duplicates, value - _duplicates); _duplicates = value; }
    }

    public IngestFailures Failures { get; } = new();
    public SortedSet<string> StoriesCreated { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> StoriesChanged { get; } = new(StringComparer.Ordinal);

    /// <summary>Events the store holds more after the run than before (net of merges).</summary>
    public int EventsCreated { get; private set; }

    /// <summary>Stored articles the story engine replayed before the run (its window: the start-up's main cost).</summary>
    public int Replayed { get; set; }

    /// <summary>What the story engine held at the end of the run, null when it did not get that far.</summary>
    public Stories.StoryEngineSize? Engine { get; set; }

    /// <summary>Late articles that looked up frozen events in the store, the frozen events found, and those thawed.</summary>
    public (long Lookups, long Found, long Thawed) Thaws { get; set; }

    /// <summary>Why the run stopped early (the store could not be written), null when it completed.</summary>
    public string? StoppedBecause { get; set; }

    /// <summary>Pages taken in: stored, duplicate or failed.</summary>
    public int PagesRead => NewArticles + Duplicates + Failures.Count;

    /// <summary>Time spent in each stage over the run's chunks (the stages run at once on different chunks, so their times overlap).</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes
    {
        get { lock (_stages) return new Dictionary<string, TimeSpan>(_stages); }
    }

    /// <summary>The queues between the run's stages (read, extract-annotate, commit): how full they were and how long each side waited. Empty when the run did not get that far.</summary>
    public IReadOnlyList<QueueStats> Queues { get; set; } = [];

    /// <summary>How long reading waited for a commit to release the store before asking it whether a page is stored.</summary>
    public TimeSpan ReaderWaitedForStore { get; set; }

    /// <summary>How long the garbage collector stopped every thread of the process during the run (work no stage did meanwhile).</summary>
    public TimeSpan GcPaused { get; set; }

    public void Add(ChunkCommitter.Committed chunk)
    {
        NewArticles += chunk.NewArticles;
        Duplicates += chunk.Duplicates;
        Failures.AddRange(chunk.Failures);
    }

    public void Add(StoryChanges changes)
    {
        var before = StoriesCreated.Count;
        StoriesCreated.UnionWith(changes.Created);
        KabarMetrics.StoriesCreated.Add(StoriesCreated.Count - before);
        StoriesChanged.UnionWith(changes.Changed);
    }

    public void AddEvents(int created)
    {
        if (created <= 0) return;
        EventsCreated += created;
        KabarMetrics.EventsCreated.Add(created);
    }

    /// <summary>Times one stage of one chunk: <c>using (report.Time("commit")) ...</c>.</summary>
    public StageTimer Time(string stage) => new(this, stage, Stopwatch.GetTimestamp());

    public readonly record struct StageTimer(IngestReport Report, string Stage, long Started) : IDisposable
    {
        public void Dispose()
        {
            var elapsed = Stopwatch.GetElapsedTime(Started);
            lock (Report._stages) Report._stages[Stage] = Report._stages.GetValueOrDefault(Stage) + elapsed;
            KabarMetrics.Stage(Stage, elapsed);
        }
    }

    private static void Count(System.Diagnostics.Metrics.Counter<long> counter, int delta)
    {
        if (delta <= 0) return;
        counter.Add(delta);
        KabarMetrics.PagesRead.Add(delta);
    }
}

/// <summary>The failures of a run; each one added is counted in <see cref="KabarMetrics.Failures"/>.</summary>
public sealed class IngestFailures : Collection<IngestFailure>
{
    public void AddRange(IEnumerable<IngestFailure> failures)
    {
        foreach (var f in failures) Add(f);
    }

    protected override void InsertItem(int index, IngestFailure item)
    {
        base.InsertItem(index, item);
        KabarMetrics.Failed(item.Stored);
        KabarMetrics.PagesRead.Add(1);
    }
}

/// <param name="Stored">True when the raw input was kept in the store (false when it could not even be read).</param>
public sealed record IngestFailure(string Source, string Reason, bool Stored);
