using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Briefs;

/// <summary>One article of a story as the brief reads it: its outlet, its stems, and the words around a span.</summary>
internal sealed class StoryArticle
{
    public StoryArticle(AnnotatedArticle annotated)
    {
        Annotated = annotated;
        Words = TextStems.Of(annotated);
    }

    public AnnotatedArticle Annotated { get; }
    public Article Article => Annotated.Article;
    public string Source => Annotated.Source;
    public string Body => Annotated.Body;
    public IReadOnlyList<StemmedWord> Words { get; }

    /// <summary>The outlet's name, else its domain, else the source path: what a reader knows the article by.</summary>
    public string Outlet => Article.Outlet ?? Article.OutletDomain ?? Source;

    public Citation Cite(TextSpan span) => new(Source, span.Start, span.End, Excerpt(span));

    private const int MaxExcerptChars = 260;

    /// <summary>
    /// The sentence around a span (the sentences, when it runs over several), on one line. A sentence
    /// too long to show is cut to a window that starts a little before the cited words, at a word.
    /// </summary>
    private string Excerpt(TextSpan span)
    {
        var start = SentenceAt(span.Start)?.Span.Start ?? span.Start;
        var end = Math.Max(span.End, SentenceAt(Math.Max(span.Start, span.End - 1))?.Span.End ?? span.End);
        var lead = "";
        if (end - start > MaxExcerptChars && span.Start - start > MaxExcerptChars / 3)
        {
            start = Body.IndexOf(' ', span.Start - MaxExcerptChars / 3, MaxExcerptChars / 3) is var space and >= 0 ? space + 1 : span.Start;
            lead = "…";
        }
        var text = Body[start..end].Replace("\n\n", " ").Replace('\n', ' ').Trim();
        return lead + (text.Length > MaxExcerptChars ? text[..MaxExcerptChars] + "…" : text);
    }

    public IEnumerable<StemmedWord> WordsIn(TextSpan span) => Words.Where(w => w.Start >= span.Start && w.End <= span.End);

    /// <summary>The stems of a span, with entity canonicals and names marked <c>@</c>, for comparing what two spans are about.</summary>
    public HashSet<string> Stems(TextSpan span) => WordsIn(span).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Who and what a span names: canonical entities inside it, else the stems of its capitalised words.</summary>
    public HashSet<string> Names(TextSpan span)
    {
        var names = Annotated.Entities.Where(e => span.Contains(e.Span)).Select(e => e.Canonical.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // Month and day names are capitalised too, but they say when, not who.
        foreach (var w in WordsIn(span).Where(w => w.Name && !Annotated.Entities.Any(e => e.Span.Overlaps(new TextSpan(w.Start, w.End)))
                                                 && !Annotated.Times.Any(t => t.Span.Overlaps(new TextSpan(w.Start, w.End)))))
            names.Add(w.Stem);
        return names;
    }

    public Sentence? SentenceAt(int offset) => Annotated.Sentences.FirstOrDefault(s => s.Span.Contains(offset));

    /// <summary>
    /// The clause around <paramref name="span"/>: its sentence cut at commas, semicolons and dashes. A clause that is
    /// little more than the expression itself ('Satu hari setelahnya,') takes in the next clause, which says what happens.
    /// </summary>
    public TextSpan ClauseAround(TextSpan span)
    {
        var sentence = SentenceAt(span.Start)?.Span ?? new TextSpan(0, Body.Length);
        // Inside a quote the clause is the quoted words of its sentence, whole: a cut at a comma
        // would leave a fragment that opens with the quote mark and stops mid-thought.
        if (QuoteAround(span) is { } quote)
        {
            var inside = new TextSpan(Math.Max(sentence.Start, quote.Start), Math.Min(sentence.End, quote.End));
            return Trim(inside.Contains(span) ? inside : quote);
        }
        // Parentheses are not clause bounds: 'Amerika Serikat (AS)', 'Selasa (1/2)'.
        static bool Cut(char c) => c is ',' or ';' or '–' or '—';
        var start = span.Start;
        while (start > sentence.Start && !Cut(Body[start - 1])) start--;
        var end = span.End;
        while (end < sentence.End && !Cut(Body[end])) end++;
        var clause = new TextSpan(start, end);
        // A name alone after the expression ('Pada 15 Desember, Yury Ushakov,') is not yet what happened either.
        while (WordsIn(clause).Count() - WordsIn(span).Count() < 3 && end < sentence.End)
        {
            end++;
            while (end < sentence.End && !Cut(Body[end])) end++;
            clause = new TextSpan(start, end);
        }
        return Trim(new TextSpan(start, end));
    }

    /// <summary>The span of the direct quote that holds <paramref name="span"/>, if any.</summary>
    public TextSpan? QuoteAround(TextSpan span) =>
        Annotated.Quotes.Where(q => q.Direct && q.Span.Contains(span)).Select(q => (TextSpan?)q.Span).FirstOrDefault();

    /// <summary>The span without surrounding spaces and punctuation other than closing marks.</summary>
    public TextSpan Trim(TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && (char.IsWhiteSpace(Body[s]) || Body[s] is ',' or ';' or '-' or '–')) s++;
        while (e > s && (char.IsWhiteSpace(Body[e - 1]) || Body[e - 1] is ',' or ';' or '-' or '–')) e--;
        return new TextSpan(s, e);
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
