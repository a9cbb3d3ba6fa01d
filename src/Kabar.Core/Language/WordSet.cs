using Kabar.Resources;

namespace Kabar.Language;

/// <summary>
/// A read-only, case-insensitive set of words that is looked up by span, so that checking a token
/// of the body against a word list allocates nothing.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words of an embedded list (one a line, <c>#</c> comments), e.g. <c>Language/abbreviations.txt</c>.</summary>
    public static WordSet FromResource(string path) => new(KabarResources.Lines(path));

    public int Count => _words.Count;
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    public bool Contains(string word) => _words.Contains(word);
    public IEnumerable<string> Words => _words;
}
