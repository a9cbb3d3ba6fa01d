using System.Text;
using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Storage;
using Kabar.Stories;
using Kabar.Tests.Storage;

namespace Kabar.Tests.Stories;

/// <summary>
/// The story engine is bounded by its window, not by the archive: events that went quiet longer than
/// the window before the newest article leave memory (their ids and rows stay), a restart replays only
/// the window, and where events are told apart inside the window nothing of the stories changes.
/// </summary>
public class StoryWindowTests
{
    /// <summary>The default window (72.5 days), with a grace of two events' articles instead of 10,000.</summary>
    private static readonly ClusteringSettings Windowed = new() { FreezeAfterArticles = 6 };

    private static readonly ClusteringSettings NeverFrozen = new() { FreezeAfterArticles = int.MaxValue };

    private static readonly DateOnly Start = new(2024, 1, 1);

    /// <summary>
    /// A made-up stream in publish order: an event every two days, three reports of it, in its own words
    /// and with its own people; every fifth event is a follow-up of the one before (its person, other words).
    /// </summary>
    private static List<ArticleFeatures> Stream(int events)
    {
        var stream = new List<ArticleFeatures>();
        for (var i = 0; i < events; i++)
        {
            var day = Start.AddDays(2 * i);
            var person = i % 5 == 4 ? $"Tokoh {i - 1}" : $"Tokoh {i}";
            for (var r = 0; r < 3; r++) stream.Add(Report(i, r, day, person));
        }
        return stream;
    }

    private static ArticleFeatures Report(int ev, int r, DateOnly day, string person) => new(
        $"ev{ev}-{r}.txt", day.AddDays(r % 2),
        new Dictionary<string, float> { [$"kata{ev}a"] = 2.5f, [$"kata{ev}b"] = 2f, [$"kata{ev}c"] = 1.5f, ["umum"] = 1f, [$"ragam{r}"] = 1f },
        [person, $"Lembaga {ev}"], [day], $"{ev:D6}{r:D4}abcdef", [day]);

    private static string Id(EventCluster e) => $"{e.Id} {e.StoryId} {string.Join(',', e.Sources)}";

    [Fact]
    public void The_evaluation_replay_scores_frozen_events_too()
    {
        var stream = Stream(300);
        var stored = stream.Select(f => (Doc: f.Source, Features: f)).ToList();
        var windowed = Kabar.Evaluation.Clusters.ClusterBenchmark.Replay(stored, Windowed);
        var whole = Kabar.Evaluation.Clusters.ClusterBenchmark.Replay(stored, NeverFrozen);
        Assert.Equal(stream.Count, windowed.Events.Count);
        Assert.Equal(whole.Events, windowed.Events);
        Assert.Equal(whole.Stories, windowed.Stories);
    }

    [Fact]
    public void An_event_quiet_for_longer_than_the_window_leaves_memory_and_nothing_of_the_clustering_changes()
    {
        var stream = Stream(300);
        var windowed = new StoryEngine(Windowed);
        var whole = new StoryEngine(NeverFrozen);
        var frozen = new List<EventCluster>();
        foreach (var f in stream)
        {
            windowed.Add(f);
            whole.Add(f);
            frozen.AddRange(windowed.TakeFrozen().Events);
        }

        // 600 days of news; the window holds the events of its last 72 days (36), and a few of grace.
        Assert.InRange(windowed.Size.Events, 30, 45);
        Assert.Equal(whole.Size.Events, windowed.Size.Events + windowed.Size.FrozenEvents);
        Assert.Equal(frozen.Count, windowed.Size.FrozenEvents);
        Assert.True(windowed.Size.Postings * 4 < whole.Size.Postings, $"{windowed.Size.Postings} index entries held against {whole.Size.Postings}");
        Assert.True(windowed.Size.Stories < whole.Size.Stories / 4);
        // Every event, frozen or held, as the engine that never froze made it: same id, story and articles.
        Assert.Equal(whole.Events.Select(Id).Order(StringComparer.Ordinal), windowed.Events.Concat(frozen).Select(Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_late_article_about_a_frozen_event_opens_an_event_of_its_own()
    {
        var stream = Stream(100);
        var windowed = new StoryEngine(Windowed);
        var whole = new StoryEngine(NeverFrozen);
        foreach (var f in stream) { windowed.Add(f); whole.Add(f); }
        var first = whole.Events.Single(e => e.Sources.Contains("ev0-0.txt"));

        // A fourth report of the first event, published on its day, 200 days behind the newest article.
        var late = Report(0, 3, Start, "Tokoh 0") with { Key = "late0000000000" };
        var remembered = whole.Add(late);
        var forgotten = windowed.Add(late);

        Assert.False(remembered.NewEvent);
        Assert.Equal(first.Id, remembered.EventId);
        Assert.True(forgotten.NewEvent);
        Assert.NotEqual(first.Id, forgotten.EventId);
    }

    /// <summary>
    /// What a store keeps of frozen events, in memory: each frozen event's articles, found by a shared key on a
    /// day in the query's span, at most <paramref name="cap"/> events a look-up.
    /// </summary>
    private sealed class FrozenArchive(int cap) : IFrozenEvents
    {
        private readonly Dictionary<string, ArticleFeatures> _features = new(StringComparer.Ordinal);
        /// <summary>By id: an event frozen again replaces what was stored of it, as a store's row does.</summary>
        private readonly Dictionary<string, EventCluster> _frozen = new(StringComparer.Ordinal);
        public int MostReturned { get; private set; }
        public bool HeldFrozenAtStart => false;
        public int Calls { get; private set; }

        public void Placed(ArticleFeatures f) => _features[f.Source] = f;
        public void Froze(FrozenClusters frozen)
        {
            foreach (var e in frozen.Events) _frozen[e.Id] = e;
        }

        public IReadOnlyList<FrozenEvent> Find(FrozenQuery query)
        {
            Calls++;
            var keys = query.Keys.ToHashSet(StringComparer.Ordinal);
            var found = _frozen.Values.OrderBy(e => e.Id, StringComparer.Ordinal)
                .Where(e => e.Sources.Select(s => _features[s]).Any(f =>
                    (f.EventDays ?? []).Any(d => d >= query.From && d <= query.To)
                    && f.Terms.Keys.Select(t => "t:" + t).Concat(f.Entities.Select(x => "e:" + x)).Any(keys.Contains)))
                .Take(cap)
                .Select(e => new FrozenEvent(e.Id, e.StoryId, e.Sources.Select(s => _features[s]).ToList()))
                .ToList();
            MostReturned = Math.Max(MostReturned, found.Count);
            return found;
        }
    }

    [Fact]
    public void A_late_report_of_a_frozen_event_thaws_it_and_joins_it_and_an_unrelated_late_article_does_not()
    {
        var stream = Stream(100);
        var archive = new FrozenArchive(cap: 3);
        var windowed = new StoryEngine(Windowed) { FrozenLookup = archive };
        var whole = new StoryEngine(NeverFrozen);
        foreach (var f in stream)
        {
            archive.Placed(f);
            windowed.Add(f);
            whole.Add(f);
            archive.Froze(windowed.TakeFrozen());
        }
        var first = whole.Events.Single(e => e.Sources.Contains("ev0-0.txt"));
        Assert.True(windowed.Size.FrozenEvents > 50);
        Assert.DoesNotContain(windowed.Events, e => e.Id == first.Id);

        // A fourth report of the first event, published on its day, 200 days behind the newest article.
        var late = Report(0, 3, Start, "Tokoh 0") with { Key = "late0000000000" };
        archive.Placed(late);
        var placed = windowed.Add(late);
        Assert.False(placed.NewEvent);
        Assert.Equal(first.Id, placed.EventId);
        Assert.Equal(first.StoryId, placed.StoryId);
        var thawed = windowed.Events.Single(e => e.Id == first.Id);
        Assert.Equal(first.Sources.Append(late.Source).Order(StringComparer.Ordinal), thawed.Sources);
        Assert.Equal(1, windowed.Thawed);

        // An unrelated late article on the same day: no frozen event passes the link's bar.
        var unrelated = new ArticleFeatures("other.txt", Start,
            new Dictionary<string, float> { ["gempa"] = 2.5f, ["longsor"] = 2f, ["umum"] = 1f }, ["Orang Lain"], [Start], "other000000000", [Start]);
        archive.Placed(unrelated);
        var alone = windowed.Add(unrelated);
        Assert.True(alone.NewEvent);
        Assert.Equal(1, windowed.Thawed);
        // The look-up never returns more than its cap, and an article inside the window never asks.
        Assert.InRange(archive.MostReturned, 1, 3);
        var calls = archive.Calls;
        var recent = Report(99, 3, Start.AddDays(2 * 99), "Tokoh 99") with { Key = "recent00000000" };
        archive.Placed(recent);
        windowed.Add(recent);
        Assert.Equal(calls, archive.Calls);

        // The thawed event is held: a second late report before it refreezes joins it in memory, not a second copy from the store.
        var secondLate = Report(0, 4, Start, "Tokoh 0") with { Key = "late1000000000" };
        archive.Placed(secondLate);
        var second = windowed.Add(secondLate);
        Assert.Equal(first.Id, second.EventId);
        Assert.Equal(1, windowed.Thawed);
        Assert.Single(windowed.Events, e => e.Id == first.Id);

        // Quiet again, it refreezes with its late reports, and a third one thaws it once more, late reports included.
        var refrozen = new List<EventCluster>();
        foreach (var f in Stream(110).Skip(300))
        {
            archive.Placed(f);
            windowed.Add(f);
            refrozen.AddRange(windowed.TakeFrozen().Events);
        }
        archive.Froze(new FrozenClusters(refrozen, []));
        Assert.Equal(5, refrozen.Single(e => e.Id == first.Id).Sources.Count);
        Assert.DoesNotContain(windowed.Events, e => e.Id == first.Id);
        var thirdLate = Report(0, 5, Start, "Tokoh 0") with { Key = "late2000000000" };
        archive.Placed(thirdLate);
        var third = windowed.Add(thirdLate);
        Assert.Equal(first.Id, third.EventId);
        Assert.Equal(first.StoryId, third.StoryId);
        Assert.Equal(2, windowed.Thawed);
        Assert.Equal(6, windowed.Events.Single(e => e.Id == first.Id).Sources.Count);

        // An undated page whose lead names its day without a year says nothing of lateness: it does not ask.
        var asked = archive.Calls;
        windowed.Add(new ArticleFeatures("undated.txt", null, new Dictionary<string, float> { ["banjir"] = 2f }, ["Tokoh 0"],
            [YearlessDays.Of(Start)], "undated0000000", [YearlessDays.Of(Start)]));
        Assert.Equal(asked, archive.Calls);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_late_report_finds_its_frozen_event_in_the_store_after_a_restart_and_an_unrelated_late_article_does_not(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using var store = test.Open();
        var lookingUp = Windowed with { LateLookup = 1 };
        Ingest(store, new StoredClustering(lookingUp), Stream(100));
        var stored = store.Articles().ToDictionary(a => a.Article.Source, a => (a.EventId, a.StoryId));
        var (firstEvent, firstStory) = stored["ev0-0.txt"];
        Assert.Equal(firstEvent, stored["ev0-2.txt"].EventId);

        // A restart replays only the window: the first event, 200 days behind the newest article, is only in the store.
        var restarted = StoredClustering.Replay(store, lookingUp);
        Assert.InRange(restarted.EngineSize.Events, 30, 45);
        var late = Report(0, 3, Start, "Tokoh 0") with { Key = "late0000000000" };
        var unrelated = new ArticleFeatures("other.txt", Start,
            new Dictionary<string, float> { ["gempa"] = 2.5f, ["longsor"] = 2f, ["umum"] = 1f }, ["Orang Lain"], [Start], "other000000000", [Start]);
        Ingest(store, restarted, [late, unrelated]);

        var after = store.Articles().ToDictionary(a => a.Article.Source, a => (a.EventId, a.StoryId));
        Assert.Equal((firstEvent, firstStory), after[late.Source]);
        Assert.Equal(4, after.Values.Count(v => v.EventId == firstEvent));
        Assert.NotEqual(firstEvent, after[unrelated.Source].EventId);
        Assert.Single(after.Values, v => v.EventId == after[unrelated.Source].EventId);
        // Only the late reports looked up (two, in a bounded look-up), and one thawed.
        Assert.Equal(2, restarted.Thaws.Lookups);
        Assert.InRange(restarted.Thaws.Found, 1, StoredFrozenEvents.Events * 2);
        Assert.Equal(1, restarted.Thaws.Thawed);
        // Every other article stays where it was.
        Assert.All(stored, kv => Assert.Equal(kv.Value, after[kv.Key]));
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_restarted_ingest_replays_only_the_window_and_two_processes_give_the_stories_of_one(StoreKind kind)
    {
        var stream = Stream(150);
        using var onceTest = new TestStore(kind);
        using var once = onceTest.Open();
        Ingest(once, new StoredClustering(Windowed), stream);

        using var twiceTest = new TestStore(kind);
        using var twice = twiceTest.Open();
        Ingest(twice, StoredClustering.Replay(twice, Windowed), stream[..300]);
        var restarted = StoredClustering.Replay(twice, Windowed);
        // 300 articles stored over 200 days; the window is the events of its last 72 days.
        Assert.InRange(restarted.Replayed, 90, 130);
        Assert.InRange(restarted.EngineSize.Events, 30, 45);
        Ingest(twice, restarted, stream[300..]);

        Assert.Equal(Placement(once), Placement(twice));
        Assert.Equal(once.Counts(), twice.Counts());
        // The stored document frequencies count every article once, whichever process clustered it.
        Assert.Equal(stream.Count, twice.Frequencies().Articles);
        Assert.Equal(stream.Count, twice.Frequencies().Keys[$"{FrequencyCounts.TermPrefix}umum"]);
        Assert.Equal(3, twice.Frequencies().Keys[$"{FrequencyCounts.TermPrefix}kata7a"]);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_restart_inside_the_window_replays_everything(StoreKind kind)
    {
        var stream = Stream(20);
        using var test = new TestStore(kind);
        using var store = test.Open();
        Ingest(store, new StoredClustering(Windowed), stream);
        Assert.Equal(stream.Count, StoredClustering.Replay(store, Windowed).Replayed);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_store_clustered_before_it_counted_frequencies_is_replayed_whole_and_counted_at_the_next_flush(StoreKind kind)
    {
        var stream = Stream(150);
        using var test = new TestStore(kind);
        using var store = test.Open();
        Ingest(store, new StoredClustering(Windowed), stream[..300]);
        test.Execute("DELETE FROM frequencies");

        var restarted = StoredClustering.Replay(store, Windowed);
        Assert.Equal(300, restarted.Replayed);
        Ingest(store, restarted, stream[300..]);
        Assert.Equal(stream.Count, store.Frequencies().Articles);
        Assert.InRange(StoredClustering.Replay(store, Windowed).Replayed, 90, 130);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_story_merge_moves_the_frozen_events_the_engine_no_longer_holds(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using var store = test.Open();
        var stream = Stream(3);
        Ingest(store, new StoredClustering(NeverFrozen), stream);
        var clusters = store.Clusters();
        var frozen = clusters.EventOfArticle.Values.Order(StringComparer.Ordinal).First();
        var into = clusters.StoryOfEvent[frozen];
        var gone = clusters.StoryOfEvent.Values.Order(StringComparer.Ordinal).First(s => s != into);

        using (var writer = store.BeginWrite())
        {
            // A gone event that still has articles (frozen, not merged) keeps its row, and so does its story.
            writer.RemoveEvent(frozen);
            writer.RemoveStory(into);
            writer.MoveStory(gone, into);
            writer.Commit();
        }
        var after = store.Clusters();
        Assert.Equal(into, after.StoryOfEvent[frozen]);
        Assert.DoesNotContain(gone, after.Stories);
        Assert.Contains(into, after.Stories);
        Assert.DoesNotContain(gone, after.StoryOfEvent.Values);
    }

    /// <summary>Stores and clusters <paramref name="stream"/> in chunks of 25, as <see cref="ChunkCommitter"/> does.</summary>
    private static void Ingest(IKabarStore store, StoredClustering clustering, IReadOnlyList<ArticleFeatures> stream)
    {
        foreach (var chunk in stream.Chunk(25))
        {
            using var writer = store.BeginWrite();
            clustering.CatchUp(store);
            foreach (var f in chunk)
            {
                var body = $"Berita {f.Source}.";
                var pageId = writer.AddPage(new RawDocument(f.Source, Encoding.UTF8.GetBytes(body)), f.Source, DateTimeOffset.UnixEpoch)!.Value;
                var article = new ArticleBuilder(f.Source, body).Published(f.Published!.Value.Year, f.Published.Value.Month, f.Published.Value.Day).Build();
                clustering.Add(writer.PutArticle(pageId, article, f), f);
            }
            clustering.Flush(writer, DateTimeOffset.UnixEpoch);
            writer.Commit();
        }
    }

    private static List<string> Placement(IKabarStore store) =>
        store.Articles().Select(a => $"{a.Article.Source} {a.EventId} {a.StoryId}").ToList();
}
