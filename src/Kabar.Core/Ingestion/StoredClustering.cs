using System.Globalization;
using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// Keeps a <see cref="StoryEngine"/> in step with a store. The engine is rebuilt by replaying the
/// stored features in stored order (no re-annotation) and caught up, inside each write
/// transaction, with what another process stored meanwhile. The engine knows each article by its
/// store id (given to it as the features' source), so its events map straight back to stored
/// articles. Event and story ids come from content and change when events merge or a story
/// grows, so after each chunk the live events are compared with what the store holds and only the
/// differences are written: renamed or merged events, articles that moved, stories that changed.
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
    /// <summary>True until the first flush after the store's clustering was read: the engine and the store may then differ anywhere.</summary>
    private bool _compareAll = true;

    /// <summary>An engine holding every article the store has clustered.</summary>
    public StoredClustering(ClusteringSettings? settings = null) => _engine = new StoryEngine(settings);

    public static StoredClustering Replay(IKabarStore store, ClusteringSettings? settings = null)
    {
        var clustering = new StoredClustering(settings);
        clustering.CatchUp(store);
        return clustering;
    }

    /// <summary>The last article the engine holds: articles after it are new to this run.</summary>
    public long LastArticleId => _lastArticleId;

    /// <summary>Replays what was stored since this engine last looked; inside a write transaction, nothing can slip in between.</summary>
    public void CatchUp(IKabarStore store)
    {
        var replayed = false;
        foreach (var stored in store.Features(_lastArticleId))
        {
            _engine.Add(Keyed(stored.ArticleId, stored.Features));
            _lastArticleId = stored.ArticleId;
            replayed = true;
        }
        if (replayed || _lastArticleId == 0) Mirror(store.Clusters());
    }

    /// <summary>Clusters one stored article; <see cref="Flush"/> writes where it went.</summary>
    public void Add(long articleId, ArticleFeatures features)
    {
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
        if (_compareAll) return FlushAll(writer, now);
        var changes = _engine.TakeChanges();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in changes.Events)
        {
            var first = Write(writer, e, touched);
            _storyFirstArticle[e.StoryId] = Math.Min(_storyFirstArticle.GetValueOrDefault(e.StoryId, long.MaxValue), first);
        }
        foreach (var gone in changes.GoneEvents)
            if (_events.Remove(gone)) writer.RemoveEvent(gone);
        foreach (var story in touched) writer.TouchStory(story, now);
        foreach (var gone in changes.GoneStories)
            if (_storyFirstArticle.Remove(gone)) writer.RemoveStory(gone);
        return touched;
    }

    /// <summary>Compares every live event with what the store holds (after a replay, when the two may differ).</summary>
    private IReadOnlySet<string> FlushAll(IStoreWriter writer, DateTimeOffset now)
    {
        var live = _engine.Events;
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
    private static ArticleFeatures Keyed(long articleId, ArticleFeatures features) =>
        features with { Source = articleId.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>Story ids that a run created and changed.</summary>
public sealed record StoryChanges(IReadOnlySet<string> Created, IReadOnlySet<string> Changed);
