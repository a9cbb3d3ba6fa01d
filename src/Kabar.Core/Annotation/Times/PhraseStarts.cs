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
    /// <summary>The leading ASCII letters of each start word, lower-case ('tgl.' → 'tgl', 'Hari Raya' → 'hari').</summary>
    private readonly HashSet<string> _leads = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byspan;
    private readonly int _longest;

    public PhraseStarts(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var n = 0;
            while (n < word.Length && char.IsAsciiLetter(word[n])) n++;
            // A word that starts with anything else starts where the test always answers true.
            if (n > 0) _leads.Add(word[..n].ToLowerInvariant());
        }
        _longest = _leads.Count == 0 ? 0 : _leads.Max(l => l.Length);
        _byspan = _leads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a phrase may begin at <paramref name="text"/>[<paramref name="at"/>].</summary>
    public bool MayStartAt(string text, int at)
    {
        if (!char.IsAsciiLetter(text[at])) return true;
        Span<char> lower = stackalloc char[_longest];
        var n = 0;
        while (n < _longest && at + n < text.Length && char.IsAsciiLetter(text[at + n]))
        {
            lower[n] = char.ToLowerInvariant(text[at + n]);
            n++;
            if (_byspan.Contains(lower[..n])) return true;
        }
        // The letters go on past the ASCII ones: a start word could match them when case is ignored.
        return n < _longest && at + n < text.Length && char.IsLetter(text[at + n]);
    }
}
