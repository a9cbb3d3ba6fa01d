namespace Kabar.Stories.Engine;

/// <summary>
/// One event in the <see cref="ClusterForest"/>: its centroid, its articles and the story it
/// belongs to. <see cref="Parent"/> points to the event that absorbed it (itself while it lives).
/// A frozen event (<see cref="Release"/>) keeps only what keeps ids stable: its index, parent,
/// story and key; its centroid and articles have left memory (the store holds its rows).
/// </summary>
internal sealed class EventNode(int index)
{
    public int Index { get; } = index;
    public int Parent { get; set; } = index;
    public int Story { get; set; }
    public Centroid Centroid { get; private set; } = new();
    public List<string> Sources { get; private set; } = [];
    /// <summary>The content key of the event's first article: its id, fixed once given.</summary>
    public string Key { get; private set; } = "";
    /// <summary>How many articles the engine had placed when the last one joined this event (<see cref="FreezeQueue"/>).</summary>
    public long LastArrival { get; set; }
    public bool Frozen { get; private set; }
    /// <summary>Opened before every event of this forest: a frozen event brought back (<see cref="ClusterForest.ThawEvent"/>), whose id a merge keeps.</summary>
    public bool Thawed { get; init; }
    public bool Live => Parent == Index;

    public void Add(ArticleFeatures f, int maxTerms)
    {
        Centroid.Add(f, maxTerms);
        Sources.Add(f.Source);
        if (Key.Length == 0) Key = f.Key.Length > 0 ? f.Key : ArticleFeaturizer.ContentKey(f.Source);
    }

    /// <summary>Gives a thawed event the key its stored id was made from, before its articles are added back.</summary>
    public void Named(string key) => Key = key;

    public void Absorb(EventNode other, int maxTerms)
    {
        Centroid.Absorb(other.Centroid, maxTerms);
        Sources.AddRange(other.Sources);
        LastArrival = Math.Max(LastArrival, other.LastArrival);
    }

    /// <summary>
    /// Lets go of the centroid and the articles: the event was absorbed by another (which holds them
    /// now) or frozen. Only the id's part of the key is kept.
    /// </summary>
    public void Release(bool frozen)
    {
        Centroid = Centroid.Released;
        Sources = [];
        Key = Key[..Math.Min(ClusterForest.IdLength, Key.Length)];
        Frozen = frozen;
    }
}

/// <summary>One story (a thread of events) in the <see cref="ClusterForest"/>.</summary>
internal sealed class StoryNode(int index)
{
    public int Index { get; } = index;
    public int Parent { get; set; } = index;
    public Centroid Centroid { get; private set; } = new();
    public string Key { get; private set; } = "";
    /// <summary>Every event ever opened in this story or in a story it absorbed (some since merged away): who changes story when it is absorbed.</summary>
    public List<int> Events { get; private set; } = [];
    /// <summary>Its events that are neither merged away nor frozen: at none the story can no longer be reached and is frozen.</summary>
    public int LiveEvents { get; set; }

    /// <summary>A story is named once, after its first event.</summary>
    public void Name(string key) { if (Key.Length == 0) Key = key; }

    /// <summary>Lets go of the centroid and the event list (the story was absorbed, or all its events froze).</summary>
    public void Release()
    {
        Centroid = Centroid.Released;
        Events = [];
        Key = Key[..Math.Min(ClusterForest.IdLength, Key.Length)];
    }
}
