using System.Text;
using Kabar.Stories;

namespace Kabar.Storage.Sql;

/// <summary>
/// What a restarted story engine reads instead of the whole store: the window it replays
/// (<see cref="Window"/>) and the document frequencies of the rest (<c>frequencies</c>, added to in the
/// transaction that clusters the articles they count).
/// </summary>
public sealed partial class SqlStore
{
    /// <summary>Ids bound in one <c>IN (...)</c> list: under every driver's parameter limit.</summary>
    private const int IdsPerQuery = 400;

    public FrequencyCounts Frequencies() => Guard(() =>
    {
        var counts = new FrequencyCounts();
        using var reader = Reader("SELECT key, articles FROM frequencies");
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (key == FrequencyCounts.ArticlesKey) counts.Articles = reader.GetInt64(1);
            else counts.Add(key, reader.GetInt64(1));
        }
        return counts;
    });

    public StoredWindow Window(double days, long recentArticles) => Guard(() =>
    {
        var last = Scalar("SELECT MAX(id) FROM articles") is { } max ? Convert.ToInt64(max, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var events = new SortedSet<string>(StringComparer.Ordinal);
        if (NewestDay() is { } newest)
            ReadStrings(events, "SELECT DISTINCT event_id FROM articles WHERE published_day >= @since AND event_id IS NOT NULL",
                ("since", Dialect.Day(newest.AddDays(-(int)Math.Floor(days)))));
        ReadStrings(events, "SELECT DISTINCT event_id FROM articles WHERE id >= @recent AND event_id IS NOT NULL", ("recent", last - recentArticles));

        var features = new List<StoredFeatures>();
        var eventOfArticle = new Dictionary<long, string>();
        var storyOfEvent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var batch in events.Chunk(IdsPerQuery))
        {
            var (list, args) = InList(batch);
            using (var reader = Reader($"SELECT id, features, event_id FROM articles WHERE event_id IN ({list})", args))
                while (reader.Read())
                {
                    features.Add(new StoredFeatures(reader.GetInt64(0), StageJson.ReadFeatures(reader.GetString(1))));
                    eventOfArticle[reader.GetInt64(0)] = reader.GetString(2);
                }
            using (var reader = Reader($"SELECT id, story_id FROM events WHERE id IN ({list})", args))
                while (reader.Read()) storyOfEvent[reader.GetString(0)] = reader.GetString(1);
        }
        using (var reader = Reader("SELECT id, features FROM articles WHERE event_id IS NULL"))
            while (reader.Read()) features.Add(new StoredFeatures(reader.GetInt64(0), StageJson.ReadFeatures(reader.GetString(1))));
        features.Sort((a, b) => a.ArticleId.CompareTo(b.ArticleId));
        var stories = storyOfEvent.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new StoredWindow(features, new StoredClusters(storyOfEvent, eventOfArticle, stories), last);
    });

    private DateOnly? NewestDay()
    {
        using var reader = Reader("SELECT MAX(published_day) FROM articles");
        return reader.Read() && !reader.IsDBNull(0) ? Dialect.ReadDay(reader, 0) : null;
    }

    private void ReadStrings(ICollection<string> into, string sql, params (string Name, object? Value)[] args)
    {
        using var reader = Reader(sql, args);
        while (reader.Read()) into.Add(reader.GetString(0));
    }

    private static (string List, (string Name, object? Value)[] Args) InList(IReadOnlyList<string> values)
    {
        var list = new StringBuilder();
        var args = new (string, object?)[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            list.Append(i == 0 ? "" : ", ").Append("@v").Append(i);
            args[i] = ($"v{i}", values[i]);
        }
        return (list.ToString(), args);
    }

    private sealed partial class Writer
    {
        public void AddFrequencies(FrequencyCounts counts) => store.Guard(() =>
        {
            if (counts.IsEmpty) return;
            IEnumerable<KeyValuePair<string, long>> rows = counts.Keys;
            if (counts.Articles != 0) rows = rows.Append(new(FrequencyCounts.ArticlesKey, counts.Articles));
            AddCounts("frequencies", "key", "articles", rows);
        });
    }
}
