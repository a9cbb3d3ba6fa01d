using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>
/// Reads the direction of the clause around a bare weekday, month or day-month from its tense words
/// ('akan dimulai Januari' is next January; 'pada Kamis' with no tense word is last Thursday). The
/// clause ends at punctuation and at words such as 'bahwa' and 'kata', so that in
/// 'akan diadakan pada 10 Januari, kata Zakharova pada Kamis' the 'akan' is not Thursday's.
/// </summary>
public static class ClauseTense
{
    /// <summary>How far to look either way: a clause is rarely longer, and it keeps the work linear.</summary>
    private const int Window = 160;

    /// <summary>The punctuation that ends a clause; other marks ('.', '/', '%') inside a sentence do not.</summary>
    private const string ClauseMarks = ",;:\"“”‘()[]—–!?";

    /// <summary>
    /// +1, -1, or null when the clause has no tense word. The words before the phrase count; those after it
    /// only when it opens its clause ('Pada Senin, ia akan berkunjung'), not in 'diumumkan pada Senin dan akan diperbarui'.
    /// </summary>
    /// <param name="phrases">The phrases of the sentence in order; <paramref name="index"/> is the one to read the tense for.</param>
    /// <param name="tokens">The document's tokens (the shared tokenizer's), in order.</param>
    public static int? Of(IReadOnlyList<Token> tokens, TextSpan sentence, IReadOnlyList<TimePhrase> phrases, int index)
    {
        var phrase = phrases[index];
        var from = Math.Max(sentence.Start, phrase.Span.Start - Window);
        var to = Math.Min(sentence.End, phrase.Span.End + Window);
        var others = new List<TimePhrase>();
        for (var i = index - 1; i >= 0 && phrases[i].Span.End > from; i--) others.Add(phrases[i]);
        for (var i = index + 1; i < phrases.Count && phrases[i].Span.Start < to; i++) others.Add(phrases[i]);
        var before = Pieces(tokens, from, phrase.Span.Start, others);
        before.Reverse();
        var after = Pieces(tokens, phrase.Span.End, to, others);
        var (tense, opensClause) = Nearest(before);
        return tense ?? (opensClause ? Nearest(after).Tense : null);
    }

    /// <summary>The first tense word before the clause ends, and whether only prepositions came before it.</summary>
    private static (int? Tense, bool OnlyCues) Nearest(IEnumerable<string> pieces)
    {
        var onlyCues = true;
        foreach (var piece in pieces)
        {
            if (piece.Length == 1 && !char.IsLetter(piece[0])) break;
            if (TimeWords.Tense.TryGetValue(piece, out var sign)) return (sign, false);
            if (TimeWords.ClauseBoundaries.Contains(piece)) break;
            onlyCues &= TimeWords.DateCueSet.Contains(piece);
        }
        return (null, onlyCues);
    }

    /// <summary>The words and clause marks among the tokens in [start, end), leaving out other time expressions ('pekan depan' is not a tense).</summary>
    private static List<string> Pieces(IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<TimePhrase> others)
    {
        var pieces = new List<string>();
        for (var k = FirstAtOrAfter(tokens, start); k < tokens.Count && tokens[k].Span.Start < end; k++)
        {
            var t = tokens[k];
            var piece = char.IsLetter(t.Text[0]) || t.Text.Length == 1 && ClauseMarks.Contains(t.Text[0]);
            if (piece && !others.Any(o => o.Span.Contains(t.Span.Start))) pieces.Add(t.Text);
        }
        return pieces;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
