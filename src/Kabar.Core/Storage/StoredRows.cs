using System.Data.Common;
using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Storage;

/// <summary>
/// What both stores read, made into the records <see cref="IKabarStore"/> returns: the stores
/// differ in their SQL dialect and column types, not in how rows become clusters and stories.
/// </summary>
internal static class StoredRows
{
    /// <summary>The clustering as stored, read through <paramref name="read"/> (the same SQL on every store).</summary>
    public static StoredClusters Clusters(Func<string, DbDataReader> read)
    {
        var storyOfEvent = new Dictionary<string, string>(StringComparer.Ordinal);
        var eventOfArticle = new Dictionary<long, string>();
        var stories = new List<string>();
        using (var reader = read("SELECT id, story_id FROM events"))
            while (reader.Read()) storyOfEvent[reader.GetString(0)] = reader.GetString(1);
        using (var reader = read("SELECT id, event_id FROM articles WHERE event_id IS NOT NULL"))
            while (reader.Read()) eventOfArticle[reader.GetInt64(0)] = reader.GetString(1);
        using (var reader = read("SELECT id FROM stories"))
            while (reader.Read()) stories.Add(reader.GetString(0));
        return new StoredClusters(storyOfEvent, eventOfArticle, stories);
    }

    /// <summary>One member article of a story: its event, its source, a publish key that sorts as time does (ISO 8601 in UTC, null when unknown), and its store id.</summary>
    public readonly record struct Member(string EventId, string Source, string? PublishedKey, long ArticleId);

    /// <summary>
    /// A story's contents: its events ordered by their earliest publish time (events without one
    /// last, then by id), each with its articles' sources, and the articles the brief reads.
    /// Null when the story has no events.
    /// </summary>
    public static StoryContents? Contents(string storyId, IEnumerable<Member> members, IReadOnlyList<AnnotatedArticle> articles)
    {
        var events = new Dictionary<string, (List<string> Sources, string? First)>(StringComparer.Ordinal);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            ids[m.Source] = m.ArticleId;
            var entry = events.TryGetValue(m.EventId, out var found) ? found : ([], null);
            entry.Sources.Add(m.Source);
            if (m.PublishedKey is not null && (entry.First is null || string.CompareOrdinal(m.PublishedKey, entry.First) < 0)) entry.First = m.PublishedKey;
            events[m.EventId] = entry;
        }
        if (events.Count == 0) return null;
        var ordered = events.OrderBy(e => e.Value.First is null).ThenBy(e => e.Value.First, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        return new StoryContents(
            new StoryCluster(storyId, ordered.Select(e => e.Key).ToList()),
            ordered.Select(e => new EventCluster(e.Key, storyId, e.Value.Sources)).ToList(),
            articles,
            ids);
    }
}
