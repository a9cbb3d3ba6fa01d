using System.Globalization;
using System.Text;
using Kabar.Storage.Postgres;
using Kabar.Storage.Sql;

namespace Kabar.Search;

/// <summary>
/// Search on a PostgreSQL store: the terms are in the articles table (a tsvector of the stems
/// Lucene's Indonesian analyzer made, GIN-indexed), written in the same transaction as each
/// article, so there is nothing to update and several writers on several machines never leave
/// it behind. A query goes through the same analyzer and becomes a tsquery: words must all match,
/// "phrases" match in order, OR joins two alternatives, -word excludes; ts_rank orders the hits
/// (title terms weigh more, as in the Lucene index).
/// </summary>
public sealed class PostgresArticleSearch(SqlStore store) : IArticleSearch
{
    public int Update(Action? onArticleIndexed = null) => 0;

    public int Pending() => 0;

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var terms = new List<(string Name, object? Value)>();
        var tsquery = Translate(query.Text, terms);
        if (tsquery is null) return [];
        var found = Find(tsquery, terms, string.IsNullOrWhiteSpace(query.Outlet) ? null : query.Outlet, query.From, query.To, Math.Max(1, query.Limit));
        return SearchHits.Build(store, query.Text, found);
    }

    /// <summary>
    /// Articles whose search terms match <paramref name="tsquery"/> (a tsquery expression over the
    /// given parameters), best first, with the filters a search takes.
    /// </summary>
    private List<(long Id, float Rank)> Find(string tsquery, IReadOnlyList<(string Name, object? Value)> terms, string? outlet, DateOnly? from, DateOnly? to, int limit) => store.Guard(() =>
    {
        var args = new List<(string, object?)>(terms) { ("outlet", outlet), ("from", from), ("to", to), ("limit", (long)limit) };
        using var reader = store.Reader($"""
            SELECT id, ts_rank(search, query.q) AS rank
            FROM articles CROSS JOIN (SELECT {tsquery} AS q) AS query
            WHERE search @@ query.q
              AND (@outlet::text IS NULL OR lower(outlet) = lower(trim(@outlet::text)))
              AND (@from::date IS NULL OR published_day >= @from::date)
              AND (@to::date IS NULL OR published_day <= @to::date)
            ORDER BY rank DESC, id
            LIMIT @limit
            """, [.. args]);
        var found = new List<(long, float)>();
        while (reader.Read()) found.Add((reader.GetInt64(0), reader.GetFloat(1)));
        return found;
    });

    /// <summary>
    /// The query as a tsquery expression over parameters <c>@t0, @t1...</c> (each the stems of one
    /// word or phrase), or null when it keeps nothing to look for (only stop words, or only exclusions).
    /// </summary>
    internal static string? Translate(string text, List<(string Name, object? Value)> terms)
    {
        var groups = new List<List<string>>(); // AND of groups; each group is an OR of clauses
        var excluded = new List<string>();
        var joinNext = false;
        foreach (var (word, phrase, negated) in Tokens(text))
        {
            if (!phrase && word == "OR") { joinNext = groups.Count > 0; continue; }
            if (!phrase && (word == "AND" || word == "&&")) continue;
            var stems = PostgresDialect.SearchTerms(word);
            if (stems.Length == 0) { joinNext = false; continue; }
            var name = "t" + terms.Count.ToString(CultureInfo.InvariantCulture);
            terms.Add((name, stems));
            var clause = $"{(phrase ? "phraseto_tsquery" : "plainto_tsquery")}('simple', @{name}::text)";
            if (negated) excluded.Add(clause);
            else if (joinNext) groups[^1].Add(clause);
            else groups.Add([clause]);
            joinNext = false;
        }
        if (groups.Count == 0) return null;
        var parts = groups.Select(g => g.Count == 1 ? g[0] : "(" + string.Join(" || ", g) + ")")
            .Concat(excluded.Select(c => "!!" + c));
        return string.Join(" && ", parts);
    }

    /// <summary>Words and "quoted phrases", with a leading - (or NOT before them) marking exclusion.</summary>
    private static IEnumerable<(string Text, bool Phrase, bool Negated)> Tokens(string text)
    {
        var i = 0;
        var negateNext = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var negated = negateNext;
            negateNext = false;
            if (text[i] is '-' or '!') { negated = true; i++; }
            else if (text[i] == '+') i++;
            if (i >= text.Length) yield break;
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) end = text.Length;
                yield return (text[(i + 1)..end], true, negated);
                i = end + 1;
                continue;
            }
            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') word.Append(text[i++]);
            if (word.ToString() == "NOT") { negateNext = true; continue; }
            yield return (word.ToString(), false, negated);
        }
    }

    public void Dispose() { }
}
