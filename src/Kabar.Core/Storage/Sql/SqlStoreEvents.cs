namespace Kabar.Storage.Sql;

/// <summary>
/// The look-up a late article makes for frozen events (<see cref="IKabarStore.EventsAbout"/>): the articles
/// published on the days of its span (the index on the publish day) whose stored features spell one of its keys (a quoted JSON string),
/// grouped by event; then the chosen events' articles (the index on the event).
/// </summary>
public sealed partial class SqlStore
{
    public IReadOnlyList<StoredEvent> EventsAbout(DateOnly from, DateOnly to, IReadOnlyList<string> keys, int maxEvents, int maxArticles) => Guard(() =>
    {
        if (keys.Count == 0 || maxEvents <= 0) return (IReadOnlyList<StoredEvent>)[];
        var args = new List<(string Name, object? Value)> { ("from", Dialect.Day(from)), ("to", Dialect.Day(to)), ("limit", (long)maxEvents) };
        var likes = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            likes.Add(Dialect.Holds("features", $"@k{i}"));
            args.Add(($"k{i}", StageJson.Quoted(keys[i])));
        }
        var ranked = new List<string>();
        ReadStrings(ranked, $"""
            SELECT event_id FROM articles
            WHERE published_day >= @from AND published_day <= @to AND event_id IS NOT NULL AND ({string.Join(" OR ", likes)})
            GROUP BY event_id ORDER BY COUNT(*) DESC, event_id LIMIT @limit
            """, [.. args]);
        if (ranked.Count == 0) return [];

        var (list, inArgs) = InList(ranked);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var stories = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = Reader($"SELECT event_id, COUNT(*) FROM articles WHERE event_id IN ({list}) GROUP BY event_id", inArgs))
            while (reader.Read()) sizes[reader.GetString(0)] = reader.GetInt64(1);
        using (var reader = Reader($"SELECT id, story_id FROM events WHERE id IN ({list})", inArgs))
            while (reader.Read()) stories[reader.GetString(0)] = reader.GetString(1);
        var chosen = new List<string>();
        long total = 0;
        foreach (var id in ranked)
        {
            if (!stories.ContainsKey(id) || total + sizes.GetValueOrDefault(id) > maxArticles) continue;
            chosen.Add(id);
            total += sizes.GetValueOrDefault(id);
        }
        if (chosen.Count == 0) return [];

        var articles = chosen.ToDictionary(id => id, _ => new List<StoredFeatures>(), StringComparer.Ordinal);
        (list, inArgs) = InList(chosen);
        using (var reader = Reader($"SELECT id, features, event_id FROM articles WHERE event_id IN ({list}) ORDER BY id", inArgs))
            while (reader.Read())
                articles[reader.GetString(2)].Add(new StoredFeatures(reader.GetInt64(0), StageJson.ReadFeatures(reader.GetString(1))));
        return chosen.Select(id => new StoredEvent(id, stories[id], articles[id])).ToList();
    });
}
