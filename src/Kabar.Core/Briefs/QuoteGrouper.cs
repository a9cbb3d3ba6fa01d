using Kabar.Stories.Passages;

namespace Kabar.Briefs;

/// <summary>
/// Quotes by speaker. A quote that several articles carry (the same wire copy, translated the same
/// way) is shown once with all of them: two quotes are one when most of the shorter one's words
/// lie in passages they share. A speaker that identifies no one (a bare pronoun, a bare common
/// noun its article does not resolve, see <see cref="StoryNames"/>) is no group of its own: its
/// quotes go with the unattributed ones.
/// </summary>
internal static class QuoteGrouper
{
    private const double SameQuote = 0.6;
    public const string Unattributed = QuoteSpeakers.Unattributed;

    public static IReadOnlyList<QuoteGroup> Build(IReadOnlyList<StoryArticle> articles, StoryNames names)
    {
        var quotes = articles.SelectMany(a => a.Annotated.Quotes.Select(q => (Article: a, Quote: q, Print: PassageFinder.Fingerprint(q.Text),
            Speaker: Speaker(a, q, names)))).ToList();
        return quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key == Unattributed).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var merged = new List<List<(StoryArticle Article, Model.Quote Quote, PassageFinder.Fingerprinted Print, string Speaker)>>();
                foreach (var q in g)
                {
                    var home = merged.FirstOrDefault(m => m.Any(o => o.Article != q.Article && Same(o.Quote.Text, q.Quote.Text, o.Print, q.Print)));
                    if (home is null) merged.Add([q]); else home.Add(q);
                }
                return new QuoteGroup(g.Key, merged.Select(m => new BriefQuote(
                    m.OrderByDescending(x => x.Quote.Text.Length).First().Quote.Text,
                    m.Any(x => x.Quote.Direct),
                    m.Select(x => x.Article.Outlet).Distinct().ToList(),
                    m.Select(x => x.Article.Cite(x.Quote.Span)).ToList())).ToList());
            })
            .ToList();
    }

    private static string Speaker(StoryArticle article, Model.Quote quote, StoryNames names)
    {
        var printed = article.Annotated.SpeakerOf(quote)?.Name;
        if (string.IsNullOrWhiteSpace(printed)) return Unattributed;
        return names.Resolve(article, printed.Trim()) ?? Unattributed;
    }

    private static bool Same(string a, string b, PassageFinder.Fingerprinted pa, PassageFinder.Fingerprinted pb) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase) || PassageFinder.Overlap(pa, pb) >= SameQuote;
}
