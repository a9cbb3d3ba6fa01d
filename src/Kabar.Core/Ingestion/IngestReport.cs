namespace Kabar.Ingestion;

/// <summary>What one `kabar ingest` run did.</summary>
public sealed class IngestReport
{
    public int NewArticles { get; set; }
    /// <summary>Pages whose content was already stored (or came twice in this run).</summary>
    public int Duplicates { get; set; }
    public List<IngestFailure> Failures { get; } = [];
    public SortedSet<string> StoriesCreated { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> StoriesChanged { get; } = new(StringComparer.Ordinal);
    /// <summary>Why the run stopped early (the store could not be written), null when it completed.</summary>
    public string? StoppedBecause { get; set; }

    public void Add(ChunkCommitter.Committed chunk)
    {
        NewArticles += chunk.NewArticles;
        Duplicates += chunk.Duplicates;
        Failures.AddRange(chunk.Failures);
    }

    public void Add(StoryChanges changes)
    {
        StoriesCreated.UnionWith(changes.Created);
        StoriesChanged.UnionWith(changes.Changed);
    }
}

/// <param name="Stored">True when the raw input was kept in the store (false when it could not even be read).</param>
public sealed record IngestFailure(string Source, string Reason, bool Stored);
