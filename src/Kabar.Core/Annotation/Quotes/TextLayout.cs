using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>
/// Token-level indexes over one document that quote attribution needs: the sentence and paragraph
/// of each token, each sentence's first and last token, and the entity mention (if any) each token
/// falls in. Built once per document in linear time.
/// </summary>
internal sealed class TextLayout
{
    public TextLayout(AnnotationDocument document)
    {
        Text = document.Text;
        Tokens = document.Tokens;
        _documentIndex = Enumerable.Range(0, document.Entities.Count).OrderBy(i => document.Entities[i].Span.Start).ToArray();
        Entities = _documentIndex.Select(i => document.Entities[i]).ToList();
        var n = Tokens.Count;
        SentenceOf = new int[n];
        ParagraphOf = new int[n];
        EntityAt = new int[n];

        var sentences = document.Sentences.OrderBy(s => s.Span.Start).ToList();
        var firsts = new List<int>(sentences.Count);
        var lasts = new List<int>(sentences.Count);
        var s = 0;
        var paragraph = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && HasLineBreak(Tokens[i - 1].Span.End, Tokens[i].Span.Start)) paragraph++;
            ParagraphOf[i] = paragraph;
            var start = Tokens[i].Span.Start;
            while (s < sentences.Count && sentences[s].Span.End <= start) s++;
            // A token outside every sentence (there should be none) joins the next one.
            var index = Math.Min(s, Math.Max(sentences.Count - 1, 0));
            SentenceOf[i] = index;
            while (firsts.Count <= index) { firsts.Add(i); lasts.Add(i); }
            lasts[index] = i;
        }
        ParagraphLastToken = new int[n];
        for (var i = n - 1; i >= 0; i--)
            ParagraphLastToken[i] = i + 1 < n && ParagraphOf[i + 1] == ParagraphOf[i] ? ParagraphLastToken[i + 1] : i;
        SentenceFirst = firsts;
        SentenceLast = lasts;

        var e = 0;
        for (var i = 0; i < n; i++)
        {
            var span = Tokens[i].Span;
            while (e < Entities.Count && Entities[e].Span.End <= span.Start) e++;
            EntityAt[i] = e < Entities.Count && Entities[e].Span.Overlaps(span) ? e : -1;
        }
    }

    /// <summary>For each entry of <see cref="Entities"/>, its index in the document's own entity list.</summary>
    private readonly int[] _documentIndex;

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<EntityMention> Entities { get; }
    public int[] SentenceOf { get; }
    public int[] ParagraphOf { get; }
    /// <summary>The last token of each token's paragraph.</summary>
    public int[] ParagraphLastToken { get; }
    /// <summary>The index into <see cref="Entities"/> of the mention a token falls in, -1 when none.</summary>
    public int[] EntityAt { get; }
    public IReadOnlyList<int> SentenceFirst { get; }
    public IReadOnlyList<int> SentenceLast { get; }

    /// <summary>Where mention <paramref name="entity"/> (one of <see cref="Entities"/>) sits in the document's entity list: what a quote refers to its speaker by.</summary>
    public int DocumentIndexOf(EntityMention entity)
    {
        for (var k = 0; k < Entities.Count; k++)
            if (ReferenceEquals(Entities[k], entity)) return _documentIndex[k];
        throw new ArgumentException($"'{entity.Text}' is not a mention of this document", nameof(entity));
    }

    public string Word(int i) => Tokens[i].Text;
    public bool IsWord(int i) => char.IsLetterOrDigit(Tokens[i].Text[0]);
    public bool IsCapitalised(int i) => char.IsUpper(Tokens[i].Text[0]);
    public bool IsLower(int i) => char.IsLower(Tokens[i].Text[0]);

    public int SentenceStart(int token) => SentenceFirst[SentenceOf[token]];
    public int SentenceEnd(int token) => SentenceLast[SentenceOf[token]];

    public bool StartsParagraph(int token) => token == 0 || ParagraphOf[token - 1] != ParagraphOf[token];

    /// <summary>The span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    private bool HasLineBreak(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Text[k] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }
}
