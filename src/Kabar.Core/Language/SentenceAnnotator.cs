using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Language;

/// <summary>
/// Splits the body into sentences over its tokens, in one pass. A sentence ends at a line break
/// (paragraphs and headings always end one), or after '.', '!', '?' or '…' with the closing quote
/// marks and brackets that follow it, when the next token starts a sentence: not a lower-case word
/// and not punctuation that continues one ('diplomasi," kata ...' stays one sentence). Full stops
/// that belong to a token (Dr., U.S., 1.350.000, Liputan6.com) are never candidates, because the
/// tokenizer keeps them inside the token.
/// </summary>
public sealed class SentenceAnnotator : IAnnotator
{
    public string Name => "sentences";
    public AnnotationLayers Requires => AnnotationLayers.Tokens;
    public AnnotationLayers Produces => AnnotationLayers.Sentences;

    public void Annotate(AnnotationDocument document) => Split(document.Text, document.Tokens, document.Sentences);

    public static void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> into)
    {
        if (tokens.Count == 0) return;
        var first = 0;
        var straightQuoteOpen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > first && HasLineBreak(text, tokens[i - 1].Span.End, tokens[i].Span.Start))
            {
                into.Add(Span(tokens, first, i - 1));
                first = i;
                straightQuoteOpen = false;
            }
            var t = tokens[i].Text;
            if (t == "\"") straightQuoteOpen = !straightQuoteOpen;
            if (!IsTerminator(t)) continue;

            // Take in what closes after the stop: more stops, closing quote marks and brackets.
            var last = i;
            while (last + 1 < tokens.Count && !HasLineBreak(text, tokens[last].Span.End, tokens[last + 1].Span.Start))
            {
                var next = tokens[last + 1].Text;
                if (IsTerminator(next) || IsCloser(next)) last++;
                else if (next == "\"" && straightQuoteOpen) { straightQuoteOpen = false; last++; }
                else break;
            }
            if (last + 1 < tokens.Count
                && !HasLineBreak(text, tokens[last].Span.End, tokens[last + 1].Span.Start)
                && !StartsSentence(tokens[last + 1].Text))
            {
                i = last;
                continue;
            }
            into.Add(Span(tokens, first, last));
            first = last + 1;
            i = last;
        }
        if (first < tokens.Count) into.Add(Span(tokens, first, tokens.Count - 1));
    }

    private static Sentence Span(IReadOnlyList<Token> tokens, int first, int last) =>
        new(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End));

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }

    private static bool IsTerminator(string token) =>
        token is "!" or "?" or "…" or "‼" or "⁇" or "。" or "！" or "？" || token.Length > 0 && token.AsSpan().IndexOfAnyExcept('.') < 0;

    private static bool IsCloser(string token) => token is "”" or "’" or "»" or "›" or ")" or "]" or "」" or "』" or "'";

    /// <summary>A lower-case word or punctuation that continues a sentence (',' ';' ':' ')') means the stop did not end it.</summary>
    private static bool StartsSentence(string token)
    {
        var c = token[0];
        if (char.IsLetter(c)) return !char.IsLower(c);
        return c is not (',' or ';' or ':' or '-' or '–' or '—' or '%');
    }
}
