using System.Buffers;
using System.Text.RegularExpressions;

namespace Kabar.Extraction.Html;

/// <summary>
/// Finds the publish date a page's scripts state in their JSON state ("publishDate":"2025-05-27"): the first match
/// of <see cref="Pattern"/>. Scripts are most of a page's bytes and most name none of the keys, so a script in which
/// no key occurs (one vectorised search for all keys) is not given to the pattern, whose own search for a place to
/// start is weak (it may start with a quote or a word boundary). A match needs a key, so the answer is the same.
/// </summary>
internal sealed class ScriptDateFinder(Regex pattern, IEnumerable<string> keys)
{
    public Regex Pattern { get; } = pattern;

    private readonly SearchValues<string> _keys = SearchValues.Create(keys.ToArray(), StringComparison.Ordinal);

    public string? Find(ReadOnlySpan<char> script)
    {
        if (script.IndexOfAny(_keys) < 0) return null;
        foreach (var m in Pattern.EnumerateMatches(script))
            return Pattern.Match(script[m.Index..(m.Index + m.Length)].ToString()).Groups["date"].Value;
        return null;
    }
}
