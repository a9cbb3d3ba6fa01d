using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// Keeps a <see cref="StoryEngine"/> in step with a store. The engine is rebuilt by replaying the
/// stored features in stored order (no re-annotation), caught up with what other processes stored
/// before each write, and after each chunk only the events whose story changed are written.
/// </summary>
public sealed class StoredClustering
{
    private readonly StoryEngine _engine = new();
    /// <summary>Each event's story as the store has it.</summary>
    private readonly Dictionary<string, string> _storedStoryOf = [];
    private readonly HashSet<string> _storedStories = [];
    private readonly HashSet<string> _touchedEvents = [];
    private long _lastArticleId;

    public StoryEngine Engine => _engine;

    /// <summary>An engine holding every article the store has clustered.</summary>
    public static StoredClustering Replay(IKabarStore store)
    {
        var clustering = new StoredClustering();
        clustering.CatchUp(store);
        return clustering;
    }

    /// <summary>Replays what was stored since this engine last looked (by another process); call inside the write transaction.</summary>
    public void CatchUp(IKabarStore store)
    {
        var replayed = false;
        foreach (var stored in store.Features(_lastArticleId))
        {
            _engine.Add(stored.Features);
            _lastArticleId = stored.ArticleId;
            replayed = true;
        }
        if (!replayed) return;
        foreach (var e in _engine.Events)
        {
            _storedStoryOf[e.Id] = e.StoryId;
            _storedStories.Add(e.StoryId);
        }
    }

    /// <summary>Clusters one stored article and records its event.</summary>
    public ClusterAssignment Add(IStoreWriter writer, long articleId, ArticleFeatures features)
    {
        var assignment = _engine.Add(features);
        writer.AssignEvent(articleId, assignment.EventId);
        _touchedEvents.Add(assignment.EventId);
        _lastArticleId = Math.Max(_lastArticleId, articleId);
        return assignment;
    }

    /// <summary>Writes the events that are new, gained articles or moved to another story; returns the stories created and changed.</summary>
    public StoryChanges Flush(IStoreWriter writer, DateTimeOffset now)
    {
        var created = new HashSet<string>();
        var changed = new HashSet<string>();
        var leftBehind = new HashSet<string>();
        foreach (var e in _engine.Events)
        {
            var known = _storedStoryOf.TryGetValue(e.Id, out var storedStory);
            if (known && storedStory == e.StoryId && !_touchedEvents.Contains(e.Id)) continue;
            writer.PlaceEvent(e.Id, e.StoryId, now);
            if (known && storedStory != e.StoryId) { leftBehind.Add(storedStory!); changed.Add(storedStory!); }
            _storedStoryOf[e.Id] = e.StoryId;
            if (_storedStories.Add(e.StoryId)) created.Add(e.StoryId);
            else changed.Add(e.StoryId);
        }
        foreach (var story in leftBehind)
        {
            writer.RemoveStoryIfEmpty(story);
            if (!_storedStoryOf.ContainsValue(story)) { _storedStories.Remove(story); changed.Remove(story); }
        }
        _touchedEvents.Clear();
        changed.ExceptWith(created);
        return new StoryChanges(created, changed);
    }
}

/// <summary>Story ids that a write created and changed.</summary>
public sealed record StoryChanges(IReadOnlySet<string> Created, IReadOnlySet<string> Changed);
