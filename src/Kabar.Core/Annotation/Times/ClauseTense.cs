using System.Text.RegularExpressions;
using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>
/// Reads the direction of the clause around a bare weekday, month or day-month from its tense words
/// ('akan dimulai Januari' is next January; 'pada Kamis' with no tense word is last Thursday). The
/// clause ends at punctuation and at words such as 'bahwa' and 'kata', so that in
/// 'akan diadakan pada 10 Januari, kata Zakharova pada Kamis' the 'akan' is not Thursday's.
/// </summary>
public static partial class ClauseTense
{
    /// <summary>How far to look either way: a clause is rarely longer, and it keeps the work linear.</summary>
    private const int Window = 160;

    [GeneratedRegex(@"[\p{L}'’-]+|[,;:""“”‘()\[\]—–!?]", RegexOptions.CultureInvariant)]
    private static partial Regex Piece();

    /// <summary>
    /// +1, -1, or null when the clause has no tense word. The words before the phrase count; those after it
    /// only when it opens its clause ('Pada Senin, ia akan berkunjung'), not in 'diumumkan pada Senin dan akan diperbarui'.
    /// </summary>
    /// <param name="phrases">The phrases of the sentence in order; <paramref name="index"/> is the one to read the tense for.</param>
    public static int? Of(string text, TextSpan sentence, IReadOnlyList<TimePhrase> phrases, int index)
    {
        var phrase = phrases[index];
        var from = Math.Max(sentence.Start, phrase.Span.Start - Window);
        var to = Math.Min(sentence.End, phrase.Span.End + Window);
        var others = new List<TimePhrase>();
        for (var i = index - 1; i >= 0 && phrases[i].Span.End > from; i--) others.Add(phrases[i]);
        for (var i = index + 1; i < phrases.Count && phrases[i].Span.Start < to; i++) others.Add(phrases[i]);
        var before = Pieces(text, from, phrase.Span.Start, others);
        before.Reverse();
        var after = Pieces(text, phrase.Span.End, to, others);
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

    /// <summary>The words and punctuation in [start, end), leaving out other time expressions ('pekan depan' is not a tense).</summary>
    private static List<string> Pieces(string text, int start, int end, IReadOnlyList<TimePhrase> others)
    {
        var pieces = new List<string>();
        for (var m = Piece().Match(text, start, end - start); m.Success; m = m.NextMatch())
            if (!others.Any(o => o.Span.Contains(m.Index)))
                pieces.Add(m.Value);
        return pieces;
    }
}
