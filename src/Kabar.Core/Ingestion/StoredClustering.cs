using System.Globalization;
using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// Keeps a <see cref="StoryEngine"/> in step with a store. The engine is rebuilt by replaying the
/// stored features of its window in stored order (no re-annotation: <see cref="IKabarStore.Window"/>,
/// the articles of every event not frozen, with the IDF of the rest from the stored document
/// frequencies) and caught up, inside each write transaction, with what another process stored
/// meanwhile. Where nothing would have frozen, the window is the whole store and the replay gives
/// the engine one process would hold; beyond, the events it replays are re-placed without the frozen
/// ones around them (the first flush writes whatever came out otherwise). The engine knows each article by its
/// store id (given to it as the features' source), so its events map straight back to stored
/// articles. Event and story ids come from content and change when events merge or a story
/// grows, so after each chunk the live events are compared with what the store holds and only the
/// differences are written: renamed or merged events, articles that moved, stories that changed.
/// What it remembers of the store follows the engine: a frozen event's articles and a frozen story are forgotten.
/// </summary>
public sealed class StoredClustering
{
    private readonly StoryEngine _engine;
    /// <summary>What the store holds: each event's story and size, each article's event.</summary>
    private readonly Dictionary<string, (string Story, int Size)> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _eventOf = [];
    /// <summary>Each stored story's lowest article id (to tell stories this run created from those it changed).</summary>
    private Dictionary<string, long> _storyFirstArticle = new(StringComparer.Ordinal);
    private long _lastArticleId;
    /// <summary>The document frequencies of the articles this engine clustered since the last flush (the store adds them to its own).</summary>
    private FrequencyCounts _learnt = new();
    private readonly ClusteringSettings _settings;
    /// <summary>True until the first flush after the store's clustering was read: the engine and the store may then differ anywhere.</summary>
    private bool _compareAll = true;
    /// <summary>Whether the first look at the store (<see cref="Start"/>) was taken.</summary>
    private bool _started;
    /// <summary>Whether the store held events outside the window at the first look: events frozen before this engine.</summary>
    private bool _storeHeldFrozen;

    /// <summary>An empty engine: <see cref="CatchUp"/> replays the store's window into it, or <see cref="Add"/> gives it every article (a recluster).</summary>
    public StoredClustering(ClusteringSettings? settings = null)
    {
        _settings = settings ?? new ClusteringSettings();
        _engine = new StoryEngine(_settings);
    }

    /// <summary>What the engine holds in memory.</summary>
    public StoryEngineSize EngineSize => _engine.Size;

    /// <summary>How many articles the last start replayed (the window).</summary>
    public int Replayed { get; private set; }

    public static StoredClustering Replay(IKabarStore store, ClusteringSettings? settings = null)
    {
        var clustering = new StoredClustering(settings);
        clustering.CatchUp(store);
        return clustering;
    }

    /// <summary>The last article the engine holds: articles after it are new to this run.</summary>
    public long LastArticleId => _lastArticleId;

    /// <summary>
    /// Replays what was stored since this engine last looked (at first, the window); inside a write
    /// transaction, nothing can slip in between.
    /// </summary>
    public void CatchUp(IKabarStore store)
    {
        // Replayed articles were placed by their writer, thaws included (the flush after compares the outcome).
        _engine.FrozenLookup = null;
        if (_lastArticleId == 0 && !_started)
        {
            Start(store);
            _engine.FrozenLookup = LookupIn(store);
            return;
        }
        var replayed = false;
        foreach (var stored in store.Features(_lastArticleId))
        {
            Place(stored.ArticleId, stored.Features);
            replayed = true;
        }
        // Another writer clustered these too: compare with what it stored, as far as the window reaches.
        if (replayed) Mirror(store.Window(_settings.FreezeAfterDays, _settings.FreezeAfterArticles).Clusters);
        // A late article of this chunk finds the events that froze, here or in an earlier run, in the store:
        // those it holds that this clustering does not (it forgets an event when it freezes).
        _engine.FrozenLookup = LookupIn(store);
    }

    private StoredFrozenEvents? LookupIn(IKabarStore store) =>
        _settings.LateLookup > 0 ? new StoredFrozenEvents(store, _events.ContainsKey, _storeHeldFrozen) : null;

    /// <summary>Late articles that looked up frozen events in the store, the frozen candidates found, and those thawed.</summary>
    public (long Lookups, long Found, long Thawed) Thaws => (_engine.LateLookups, _engine.FrozenLookedUp, _engine.Thawed);

    /// <summary>
    /// The first look: the window with the IDF of the rest (the stored counts less those of the window),
    /// or, in a store clustered before it counted frequencies, every article, counted for the next flush.
    /// </summary>
    private void Start(IKabarStore store)
    {
        _started = true;
        var counts = store.Frequencies();
        var clustered = store.Counts().Articles;
        if (counts.Articles == 0 && clustered > 0)
        {
            Replayed = 0;
            foreach (var stored in store.Features())
            {
                Place(stored.ArticleId, stored.Features);
                _learnt.Add(stored.Features);
                Replayed++;
            }
            Mirror(store.Clusters());
            return;
        }
        var window = store.Window(_settings.FreezeAfterDays, _settings.FreezeAfterArticles);
        _storeHeldFrozen = store.Counts().Events > window.Clusters.StoryOfEvent.Count;
        foreach (var stored in window.Features) counts.Add(stored.Features, -1);
        _engine.Seed(counts);
        foreach (var stored in window.Features) Place(stored.ArticleId, stored.Features);
        Replayed = window.Features.Count;
        _lastArticleId = Math.Max(_lastArticleId, window.LastArticleId);
        _engine.AdvanceArrivals(_lastArticleId);
        Mirror(window.Clusters);
    }

    /// <summary>Clusters one stored article; <see cref="Flush"/> writes where it went.</summary>
    public void Add(long articleId, ArticleFeatures features)
    {
        Place(articleId, features);
        _learnt.Add(features);
    }

    /// <summary>
    /// Gives the engine one stored article. The store id counts the articles before it as arrived, so events
    /// freeze after as many articles in an engine that replayed only the window as in one that saw them all.
    /// </summary>
    private void Place(long articleId, ArticleFeatures features)
    {
        _engine.AdvanceArrivals(articleId - 1);
        _engine.Add(Keyed(articleId, features));
        _lastArticleId = Math.Max(_lastArticleId, articleId);
    }

    /// <summary>
    /// Writes what changed since the store was last in step: events that are new, renamed, grew or
    /// moved story; articles whose event changed; stories that appeared, changed or were merged away.
    /// Returns the stories written. After a replay of what the store holds, every live event is
    /// compared with it; otherwise only what the engine reports it changed, so a chunk's flush
    /// costs in proportion to the chunk, not to the store.
    /// </summary>
    public IReadOnlySet<string> Flush(IStoreWriter writer, DateTimeOffset now)
    {
        if (!_learnt.IsEmpty) writer.AddFrequencies(_learnt);
        _learnt = new FrequencyCounts();
        if (_compareAll) return FlushAll(writer, now);
        var changes = _engine.TakeChanges();
        var frozen = _engine.TakeFrozen();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in changes.Events.Concat(frozen.Events))
        {
            var first = Write(writer, e, touched);
            _storyFirstArticle[e.StoryId] = Math.Min(_storyFirstArticle.GetValueOrDefault(e.StoryId, long.MaxValue), first);
        }
        foreach (var gone in changes.GoneEvents)
            if (_events.Remove(gone)) writer.RemoveEvent(gone);
        foreach (var story in touched) writer.TouchStory(story, now);
        foreach (var merge in changes.GoneStories)
            if (_storyFirstArticle.Remove(merge.Gone)) writer.MoveStory(merge.Gone, merge.Into);
        Forget(frozen);
        return touched;
    }

    /// <summary>Forgets what froze: it is stored as it was and changes no more (a story merge moves it in the store).</summary>
    private void Forget(FrozenClusters frozen)
    {
        foreach (var e in frozen.Events)
        {
            _events.Remove(e.Id);
            foreach (var source in e.Sources) _eventOf.Remove(long.Parse(source, CultureInfo.InvariantCulture));
        }
        foreach (var story in frozen.Stories) _storyFirstArticle.Remove(story);
    }

    /// <summary>Compares every live event (and those that froze since the replay) with what the store holds (after a replay, when the two may differ).</summary>
    private IReadOnlySet<string> FlushAll(IStoreWriter writer, DateTimeOffset now)
    {
        var frozen = _engine.TakeFrozen();
        var live = _engine.Events.Concat(frozen.Events).ToList();
        _engine.ForgetChanges();
        var liveIds = new HashSet<string>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var storyFirst = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in live)
        {
            liveIds.Add(e.Id);
            var first = Write(writer, e, touched);
            storyFirst[e.StoryId] = Math.Min(storyFirst.GetValueOrDefault(e.StoryId, long.MaxValue), first);
        }
        foreach (var gone in _events.Keys.Where(id => !liveIds.Contains(id)).ToList())
        {
            writer.RemoveEvent(gone);
            _events.Remove(gone);
        }
        foreach (var story in touched) writer.TouchStory(story, now);
        foreach (var gone in _storyFirstArticle.Keys.Where(id => !storyFirst.ContainsKey(id)))
            writer.RemoveStory(gone);
        _storyFirstArticle = storyFirst;
        _compareAll = false;
        Forget(frozen);
        return touched;
    }

    /// <summary>Writes one live event if the store holds it otherwise (and its articles that moved); returns its lowest article id.</summary>
    private long Write(IStoreWriter writer, EventCluster e, HashSet<string> touched)
    {
        var unchanged = _events.TryGetValue(e.Id, out var held) && held.Story == e.StoryId && held.Size == e.Sources.Count;
        var first = long.MaxValue;
        foreach (var source in e.Sources)
        {
            var articleId = long.Parse(source, CultureInfo.InvariantCulture);
            first = Math.Min(first, articleId);
            if (unchanged) continue;
            if (!_eventOf.TryGetValue(articleId, out var was) || was != e.Id)
            {
                writer.AssignEvent(articleId, e.Id);
                _eventOf[articleId] = e.Id;
            }
        }
        if (unchanged) return first;
        writer.PutEvent(e.Id, e.StoryId);
        _events[e.Id] = (e.StoryId, e.Sources.Count);
        touched.Add(e.StoryId);
        return first;
    }

    /// <summary>Of <paramref name="stories"/>, those that still exist, split into created (every article after <paramref name="before"/>) and changed.</summary>
    public StoryChanges Classify(IEnumerable<string> stories, long before)
    {
        var created = new SortedSet<string>(StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in stories)
        {
            if (!_storyFirstArticle.TryGetValue(id, out var first)) continue;
            (first > before ? created : changed).Add(id);
        }
        return new StoryChanges(created, changed);
    }

    /// <summary>Takes the store's clustering as what the next <see cref="Flush"/> compares against (it may differ from the engine's after a change of clusterer; the flush then corrects it).</summary>
    private void Mirror(StoredClusters stored)
    {
        _eventOf.Clear();
        _events.Clear();
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (articleId, eventId) in stored.EventOfArticle)
        {
            _eventOf[articleId] = eventId;
            sizes[eventId] = sizes.GetValueOrDefault(eventId) + 1;
            if (stored.StoryOfEvent.TryGetValue(eventId, out var story))
                first[story] = Math.Min(first.GetValueOrDefault(story, long.MaxValue), articleId);
        }
        foreach (var (eventId, story) in stored.StoryOfEvent)
            _events[eventId] = (story, sizes.GetValueOrDefault(eventId));
        _storyFirstArticle = stored.Stories.ToDictionary(s => s, s => first.GetValueOrDefault(s, long.MaxValue), StringComparer.Ordinal);
        _compareAll = true;
    }

    /// <summary>The features as the engine gets them: the store id stands in for the source path.</summary>
    internal static ArticleFeatures Keyed(long articleId, ArticleFeatures features) =>
        features with { Source = articleId.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>Story ids that a run created and changed.</summary>
public sealed record StoryChanges(IReadOnlySet<string> Created, IReadOnlySet<string> Changed);
