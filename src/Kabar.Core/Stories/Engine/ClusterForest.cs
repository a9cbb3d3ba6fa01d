namespace Kabar.Stories.Engine;

/// <summary>
/// The events and stories made so far, as two union-find forests: merging two events (or two
/// stories) points the younger at the older, so an id once given lives on and a look-up of any
/// event ever made reaches the one that holds it now.
/// </summary>
internal sealed class ClusterForest(int maxCentroidTerms)
{
    private readonly List<EventNode> _events = [];
    private readonly List<StoryNode> _stories = [];

    /// <summary>A new event in <paramref name="story"/>, or in a new story when it is null.</summary>
    public EventNode OpenEvent(StoryNode? story, out bool newStory)
    {
        newStory = story is null;
        if (story is null)
        {
            story = new StoryNode(_stories.Count);
            _stories.Add(story);
        }
        var e = new EventNode(_events.Count) { Story = story.Index };
        _events.Add(e);
        return e;
    }

    /// <summary>The live event that holds event <paramref name="index"/> (itself, or the one that absorbed it).</summary>
    public EventNode Event(int index) => _events[RootEvent(index)];

    public int RootEvent(int i)
    {
        while (_events[i].Parent != i) i = _events[i].Parent = _events[_events[i].Parent].Parent;
        return i;
    }

    /// <summary>The live story an event belongs to.</summary>
    public StoryNode StoryOf(EventNode e) => _stories[RootStory(e.Story)];

    /// <summary>One event absorbs the other; the older one survives, and their stories become one.</summary>
    public void Merge(EventNode a, EventNode b)
    {
        var (keep, gone) = a.Index <= b.Index ? (a, b) : (b, a);
        keep.Absorb(gone, maxCentroidTerms);
        gone.Parent = keep.Index;
        UniteStories(keep.Story, gone.Story);
    }

    /// <summary>Live events, oldest first (first publish day, then content key).</summary>
    public IEnumerable<EventNode> LiveEvents() => _events.Where(e => e.Live)
        .OrderBy(e => e.Centroid.FirstPublished ?? DateOnly.MaxValue).ThenBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>
    /// Ids come from the content key of the first article of an event (of the first event of a
    /// story): readable, fixed once given, and the same for the same pages in the same order.
    /// </summary>
    public static string EventId(EventNode e) => "e" + e.Key[..Math.Min(10, e.Key.Length)];

    public static string StoryId(StoryNode s) => "s" + s.Key[..Math.Min(10, s.Key.Length)];

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
    }
}
