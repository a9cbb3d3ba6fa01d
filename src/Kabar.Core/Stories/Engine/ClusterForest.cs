namespace Kabar.Stories.Engine;

/// <summary>
/// The events and stories made so far, as two union-find forests: merging two events (or two
/// stories) points the younger at the older, so an id once given lives on and a look-up of any
/// event ever made reaches the one that holds it now. It also notes what changed (events that
/// grew, moved story or were merged away; stories merged away) until <see cref="TakeChanges"/>,
/// so a store can be kept in step at a cost that follows the change, not the whole forest. A frozen
/// event (<see cref="Freeze"/>) stays in the forest as a node without centroid or articles, so ids
/// and indices stay stable; a story whose events are all frozen or merged away is frozen with them.
/// </summary>
internal sealed class ClusterForest(int maxCentroidTerms)
{
    private readonly List<EventNode> _events = [];
    private readonly List<StoryNode> _stories = [];
    private HashSet<int> _changedEvents = [];
    private List<string> _goneEvents = [];
    private List<StoryMerge> _goneStories = [];
    /// <summary>Live events and stories by id (what a late article's look-up in a store is told apart from), and the merged-away ids not yet taken.</summary>
    private readonly Dictionary<string, int> _liveEvents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _liveStories = new(StringComparer.Ordinal);
    private HashSet<string> _goneEventIds = new(StringComparer.Ordinal);

    /// <summary>How many characters of a content key an id takes.</summary>
    public const int IdLength = 10;

    /// <summary>Events neither merged away nor frozen.</summary>
    public int LiveCount { get; private set; }

    /// <summary>Stories with a live event.</summary>
    public int LiveStoryCount { get; private set; }

    /// <summary>A new event in <paramref name="story"/>, or in a new story when it is null.</summary>
    public EventNode OpenEvent(StoryNode? story, out bool newStory)
    {
        newStory = story is null;
        if (story is null)
        {
            story = new StoryNode(_stories.Count);
            _stories.Add(story);
            LiveStoryCount++;
        }
        var e = new EventNode(_events.Count) { Story = story.Index };
        _events.Add(e);
        story.Events.Add(e.Index);
        story.LiveEvents++;
        LiveCount++;
        _changedEvents.Add(e.Index);
        return e;
    }

    /// <summary>
    /// Brings a frozen event back from its stored articles: a new node named by its stored id (<paramref name="eventId"/>
    /// without its prefix), in the live story that carries <paramref name="storyId"/>, or in a new story node named so
    /// (its centroid rebuilt from these articles only). The stored ids are kept; the old frozen node, if this forest
    /// has one, stays frozen and is never reported again. Call only for an id this forest does not hold (<see cref="Holds"/>).
    /// </summary>
    public EventNode ThawEvent(string eventId, string storyId, IEnumerable<ArticleFeatures> articles)
    {
        // A live story still holds the frozen event's articles in its centroid (after a restart, those of its window
        // only); a story made here gets them back.
        var found = _liveStories.TryGetValue(storyId, out var index);
        var story = found ? _stories[index] : new StoryNode(_stories.Count);
        if (!found)
        {
            story.Name(storyId[1..]);
            _stories.Add(story);
            _liveStories[storyId] = story.Index;
            LiveStoryCount++;
        }
        var e = new EventNode(_events.Count) { Story = story.Index, Thawed = true };
        e.Named(eventId[1..]);
        _events.Add(e);
        _liveEvents[eventId] = e.Index;
        story.Events.Add(e.Index);
        story.LiveEvents++;
        LiveCount++;
        foreach (var f in articles)
        {
            e.Add(f, maxCentroidTerms);
            if (!found) story.Centroid.Add(f, maxCentroidTerms);
        }
        _changedEvents.Add(e.Index);
        return e;
    }

    /// <summary>
    /// Whether this forest holds the event a store names <paramref name="eventId"/>: live, or frozen or merged away
    /// since the store was last told (<paramref name="untold"/>: the frozen ones the engine has not handed over).
    /// A store's frozen event is one it does not hold.
    /// </summary>
    public bool Holds(string eventId, IReadOnlySet<string> untold) =>
        _liveEvents.ContainsKey(eventId) || untold.Contains(eventId) || _goneEventIds.Contains(eventId);

    /// <summary>Notes that an event got an article; a new event (and a new story) takes its id from it.</summary>
    public void Grew(EventNode e)
    {
        _changedEvents.Add(e.Index);
        _liveEvents.TryAdd(EventId(e), e.Index);
        var story = StoryOf(e);
        if (story.Key.Length > 0) return;
        story.Name(e.Key);
        _liveStories.TryAdd(StoryId(story), story.Index);
    }

    /// <summary>
    /// What changed since the last call, and forgets it: the live events that grew, were opened,
    /// absorbed another or moved story (by index, ascending), and the ids of events and stories
    /// merged away (some may have been made and merged away since the last call). Frozen events are not
    /// among them: they are told once, when they freeze.
    /// </summary>
    public (IReadOnlyList<EventNode> Events, IReadOnlyList<string> GoneEvents, IReadOnlyList<StoryMerge> GoneStories) TakeChanges()
    {
        var live = new SortedSet<int>();
        foreach (var i in _changedEvents)
            if (RootEvent(i) is var root && !_events[root].Frozen) live.Add(root);
        var changes = (live.Select(i => _events[i]).ToList(), _goneEvents, _goneStories);
        _changedEvents = [];
        _goneEvents = [];
        _goneEventIds = new(StringComparer.Ordinal);
        _goneStories = [];
        return changes;
    }

    /// <summary>Forgets what changed (the caller has just compared everything).</summary>
    public void ForgetChanges()
    {
        _changedEvents = [];
        _goneEvents = [];
        _goneEventIds = new(StringComparer.Ordinal);
        _goneStories = [];
    }

    /// <summary>Event <paramref name="index"/> itself, whether it lives, was absorbed or froze.</summary>
    public EventNode Node(int index) => _events[index];

    /// <summary>The live event that holds event <paramref name="index"/> (itself, or the one that absorbed it).</summary>
    public EventNode Event(int index) => _events[RootEvent(index)];

    public int RootEvent(int i)
    {
        while (_events[i].Parent != i) i = _events[i].Parent = _events[_events[i].Parent].Parent;
        return i;
    }

    /// <summary>The live story an event belongs to.</summary>
    public StoryNode StoryOf(EventNode e) => _stories[RootStory(e.Story)];

    /// <summary>One event absorbs the other; the older one survives (a thawed one before any other), and their stories become one.</summary>
    public void Merge(EventNode a, EventNode b)
    {
        var (keep, gone) = (!a.Thawed, a.Index).CompareTo((!b.Thawed, b.Index)) <= 0 ? (a, b) : (b, a);
        keep.Absorb(gone, maxCentroidTerms);
        gone.Parent = keep.Index;
        _changedEvents.Add(keep.Index);
        _goneEvents.Add(EventId(gone));
        _goneEventIds.Add(EventId(gone));
        Forget(_liveEvents, EventId(gone), gone.Index);
        StoryOf(gone).LiveEvents--;
        LiveCount--;
        UniteStories(keep.Story, gone.Story);
        gone.Release(frozen: false);
    }

    /// <summary>
    /// Freezes a live event: it lets go of its centroid and articles and is never a candidate again.
    /// Returns its story when that story has no live event left and froze with it.
    /// </summary>
    public StoryNode? Freeze(EventNode e)
    {
        var story = StoryOf(e);
        Forget(_liveEvents, EventId(e), e.Index);
        e.Release(frozen: true);
        LiveCount--;
        if (--story.LiveEvents > 0) return null;
        Forget(_liveStories, StoryId(story), story.Index);
        story.Release();
        LiveStoryCount--;
        return story;
    }

    /// <summary>Live events, oldest first (first publish day, then content key).</summary>
    public IEnumerable<EventNode> LiveEvents() => Oldest(_events.Where(e => e.Live && !e.Frozen));

    /// <summary>Events oldest first (first publish day, then content key; ties keep the given order).</summary>
    public static IEnumerable<EventNode> Oldest(IEnumerable<EventNode> events) =>
        events.OrderBy(e => e.Centroid.FirstPublished ?? DateOnly.MaxValue).ThenBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>
    /// Ids come from the content key of the first article of an event (of the first event of a
    /// story): readable, fixed once given, and the same for the same pages in the same order.
    /// </summary>
    public static string EventId(EventNode e) => "e" + e.Key[..Math.Min(IdLength, e.Key.Length)];

    public static string StoryId(StoryNode s) => "s" + s.Key[..Math.Min(IdLength, s.Key.Length)];

    private int RootStory(int i)
    {
        while (_stories[i].Parent != i) i = _stories[i].Parent = _stories[_stories[i].Parent].Parent;
        return i;
    }

    private void UniteStories(int a, int b)
    {
        var ra = RootStory(a);
        var rb = RootStory(b);
        if (ra == rb) return;
        var (keep, gone) = ra < rb ? (ra, rb) : (rb, ra);
        _stories[keep].Centroid.Absorb(_stories[gone].Centroid, maxCentroidTerms);
        _stories[gone].Parent = keep;
        // Every event of the absorbed story now carries the other story's id (a frozen one in the store: StoryMerge).
        _changedEvents.UnionWith(_stories[gone].Events);
        _stories[keep].Events.AddRange(_stories[gone].Events);
        _stories[keep].LiveEvents += _stories[gone].LiveEvents;
        LiveStoryCount--;
        _goneStories.Add(new StoryMerge(StoryId(_stories[gone]), StoryId(_stories[keep])));
        Forget(_liveStories, StoryId(_stories[gone]), gone);
        _stories[gone].Release();
    }

    /// <summary>Drops an id that leaves the forest, unless another node (an id clash, or a thawed event) holds it now.</summary>
    private static void Forget(Dictionary<string, int> byId, string id, int index)
    {
        if (byId.TryGetValue(id, out var held) && held == index) byId.Remove(id);
    }
}
