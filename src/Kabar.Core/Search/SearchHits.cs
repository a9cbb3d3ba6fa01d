using Kabar.Language;
using Kabar.Model;
using Kabar.Storage;

namespace Kabar.Search;

/// <summary>What a search shows of each article found, whichever search found it: the sentence that shares most stems with the query, and the story.</summary>
internal static class SearchHits
{
    public static IReadOnlyList<SearchHit> Build(IKabarStore store, string queryText, IEnumerable<(long Id, float Score)> found)
    {
        var stems = Stems(queryText);
        var hits = new List<SearchHit>();
        foreach (var (id, score) in found)
        {
            if (store.Annotated(id) is not { } article) continue;
            var snippet = BestSentence(article, stems);
            hits.Add(new SearchHit(id, article.Source, article.Article.Title, article.Article.Outlet, article.Article.Published,
                score, article.Text(snippet), snippet, store.StoryOfArticle(id)));
        }
        return hits;
    }

    /// <summary>The sentence sharing most stems with the query (the first sentence when none does).</summary>
    private static TextSpan BestSentence(AnnotatedArticle article, HashSet<string> stems)
    {
        var sentences = article.Sentences.Select(s => s.Span).ToList();
        if (sentences.Count == 0) return new TextSpan(0, Math.Min(article.Body.Length, 240));
        var best = sentences[0];
        var bestScore = 0;
        foreach (var sentence in sentences)
        {
            var score = Stems(article.Text(sentence)).Count(stems.Contains);
            if (score > bestScore) (best, bestScore) = (sentence, score);
        }
        return best;
    }

    /// <summary>Stems as search indexes them: Lucene's Indonesian analyzer, whatever the article's language.</summary>
    public static HashSet<string> Stems(string text) => new(TextAnalysis.Terms(text, "id"), StringComparer.Ordinal);
}
