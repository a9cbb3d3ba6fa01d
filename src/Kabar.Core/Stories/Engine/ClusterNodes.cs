namespace Kabar.Stories.Engine;

/// <summary>
/// One event in the <see cref="ClusterForest"/>: its centroid, its articles and the story it
/// belongs to. <see cref="Parent"/> points to the event that absorbed it (itself while it lives).
/// </summary>
internal sealed class EventNode(int index)
{
    public int Index { get; } = index;
    public int Parent { get; set; } = index;
    public int Story { get; set; }
    public Centroid Centroid { get; } = new();
    public List<string> Sources { get; } = [];
    /// <summary>The content key of the event's first article: its id, fixed once given.</summary>
    public string Key { get; private set; } = "";
    public bool Live => Parent == Index;

    public void Add(ArticleFeatures f, int maxTerms)
    {
        Centroid.Add(f, maxTerms);
        Sources.Add(f.Source);
        if (Key.Length == 0) Key = f.Key.Length > 0 ? f.Key : ArticleFeaturizer.ContentKey(f.Source);
    }

    public void Absorb(EventNode other, int maxTerms)
    {
        Centroid.Absorb(other.Centroid, maxTerms);
        Sources.AddRange(other.Sources);
    }
}

/// <summary>One story (a thread of events) in the <see cref="ClusterForest"/>.</summary>
internal sealed class StoryNode(int index)
{
    public int Index { get; } = index;
    public int Parent { get; set; } = index;
    public Centroid Centroid { get; } = new();
    public string Key { get; private set; } = "";
    /// <summary>Every event ever opened in this story or in a story it absorbed (some since merged away): who changes story when it is absorbed.</summary>
    public List<int> Events { get; } = [];

    /// <summary>A story is named once, after its first event.</summary>
    public void Name(string key) { if (Key.Length == 0) Key = key; }
}
