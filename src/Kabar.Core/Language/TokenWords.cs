namespace Kabar.Language;

/// <summary>
/// A per-thread memo of each distinct token text and its stem, looked up by span: a word seen
/// before (most words of a news article) costs one hash lookup, no string and no analyzer call.
/// The memo is emptied when it grows past <see cref="MaxEntries"/>, so memory stays bounded.
/// </summary>
internal sealed class TokenWords
{
    private const int MaxEntries = 200_000;

    [ThreadStatic] private static Dictionary<string, TokenWords>? _byLanguage;

    private readonly string _language;
    private readonly Dictionary<string, (string Text, string? Stem)> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, string? Stem)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TokenWords(string language)
    {
        _language = language;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TokenWords For(string? language)
    {
        var key = string.IsNullOrEmpty(language) ? "id" : language;
        _byLanguage ??= new Dictionary<string, TokenWords>(StringComparer.Ordinal);
        if (!_byLanguage.TryGetValue(key, out var words))
            _byLanguage[key] = words = new TokenWords(key);
        return words;
    }

    /// <summary>The token's text as a (shared) string and its stem; null stem for stop words and punctuation.</summary>
    public (string Text, string? Stem) Get(ReadOnlySpan<char> token)
    {
        if (_lookup.TryGetValue(token, out var known)) return known;
        if (_words.Count >= MaxEntries) _words.Clear();
        var text = token.ToString();
        var entry = (text, char.IsLetterOrDigit(text[0]) || text.Length > 1 ? TextAnalysis.Stem(text, _language) : null);
        _words[text] = entry;
        return entry;
    }
}
