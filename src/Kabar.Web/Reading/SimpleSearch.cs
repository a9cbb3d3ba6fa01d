using System.Globalization;
using Kabar.Model;

namespace Kabar.Web.Reading;

/// <summary>
/// Search over articles held in memory, for when there is no store and so no search index: every
/// word of the query must occur (case- and accent-insensitive) in the title or body; ranked by
/// how often the words occur.
/// </summary>
public static class SimpleSearch
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
    private const int SnippetRadius = 90;

    public static IReadOnlyList<(Article Article, string Snippet, int Score)> Find(IEnumerable<Article> articles, string query, int limit)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'')).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return [];
        var hits = new List<(Article, string, int)>();
        foreach (var article in articles)
        {
            var text = article.Title + "\n\n" + article.Body;
            var counts = words.Select(w => Count(text, w)).ToList();
            if (counts.Any(c => c == 0)) continue;
            var first = Compare.IndexOf(article.Body, words[0], Options);
            hits.Add((article, Snippet(article.Body, first, words[0].Length), counts.Sum()));
        }
        return hits.OrderByDescending(h => h.Item3).Take(limit).ToList();
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var at = Compare.IndexOf(text, word, Options); at >= 0; at = Compare.IndexOf(text, word, at + word.Length, Options)) n++;
        return n;
    }

    private static string Snippet(string body, int at, int length)
    {
        if (at < 0) return body.Length <= 2 * SnippetRadius ? body : body[..(2 * SnippetRadius)] + "…";
        var start = Math.Max(0, at - SnippetRadius);
        var end = Math.Min(body.Length, at + length + SnippetRadius);
        while (start > 0 && !char.IsWhiteSpace(body[start - 1])) start++;
        while (end < body.Length && !char.IsWhiteSpace(body[end])) end++;
        return (start > 0 ? "…" : "") + body[start..end].Replace("\n\n", " ") + (end < body.Length ? "…" : "");
    }
}
