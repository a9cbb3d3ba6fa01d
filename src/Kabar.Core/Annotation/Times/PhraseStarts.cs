namespace Kabar.Annotation.Times;

/// <summary>
/// The words a time phrase can begin with, as a quick test of where <see cref="TimeRecognizer"/>'s
/// regex is worth running: nearly every word of a text begins no phrase, and trying the regex there
/// costs more than the rest of annotation. The test only rules out: it answers true wherever a
/// phrase might start, and false only at ASCII letters that begin none of the start words (compared
/// without case, as the regex compares). Digits, other characters and non-ASCII letters (which the
/// regex may equate with an ASCII letter when it ignores case) are always worth a try.
/// </summary>
internal sealed class PhraseStarts
{
    /// <summary>Start words the pattern wants a non-letter after ('dua', 'a', 'setiap'), by their ASCII letters, lower-case.</summary>
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    /// <summary>Start words that may run on into more letters ('sehari', 'akhir-'), by their leading ASCII letters ('tgl.' → 'tgl').</summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _word;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefix;
    private readonly int _longest;

    /// <param name="words">Start words followed by a non-letter in every phrase they begin.</param>
    /// <param name="prefixes">Every other start word.</param>
    public PhraseStarts(IEnumerable<string> words, IEnumerable<string> prefixes)
    {
        foreach (var word in words)
            if (LeadingLetters(word) is { Length: > 0 } lead)
            {
                // 'tiap-tiap' stands alone as far as its letters go; 'a.m.' does not end after 'a'.
                if (lead.Length == word.Length || !char.IsLetter(word[lead.Length])) _words.Add(lead);
                else _prefixes.Add(lead);
            }
        // A word that starts with anything but an ASCII letter starts where the test always answers true.
        foreach (var word in prefixes)
            if (LeadingLetters(word) is { Length: > 0 } lead) _prefixes.Add(lead);
        _longest = _words.Concat(_prefixes).Select(w => w.Length).DefaultIfEmpty(0).Max();
        _word = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefix = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a phrase may begin at <paramref name="text"/>[<paramref name="at"/>].</summary>
    public bool MayStartAt(string text, int at)
    {
        if (!char.IsAsciiLetter(text[at])) return true;
        Span<char> lower = stackalloc char[_longest + 1];
        var n = 0;
        while (n <= _longest && at + n < text.Length && char.IsAsciiLetter(text[at + n]))
        {
            lower[n] = char.ToLowerInvariant(text[at + n]);
            n++;
            if (n <= _longest && _prefix.Contains(lower[..n])) return true;
        }
        // Longer than every start word: no phrase starts here.
        if (n > _longest) return false;
        // The letters go on past the ASCII ones: a start word could match them when case is ignored.
        if (at + n < text.Length && char.IsLetter(text[at + n])) return true;
        return _word.Contains(lower[..n]);
    }

    private static string LeadingLetters(string word)
    {
        var n = 0;
        while (n < word.Length && char.IsAsciiLetter(word[n])) n++;
        return word[..n].ToLowerInvariant();
    }
}
