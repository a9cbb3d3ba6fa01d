using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// What the HTML extractor knows about markup, read from Resources/Extraction/Html/content-hints.json:
/// tags to drop or cut, class/id words that mark boilerplate or content, schema.org types, byline
/// and date hints. Class/id matching: a hint of four letters or more matches anywhere in the
/// lower-cased class and id; a shorter one only as a whole token ('ad' matches 'ad-slot', not 'header').
/// </summary>
internal sealed class ContentHints
{
    public static readonly ContentHints Default = Load();

    public required IReadOnlySet<string> DropTags { get; init; }
    public required IReadOnlyDictionary<string, string> CutTags { get; init; }
    public required IReadOnlyDictionary<string, string> CutRoles { get; init; }
    public required IReadOnlySet<string> KeepTags { get; init; }
    public required IReadOnlySet<string> ArticleTypes { get; init; }
    public required IReadOnlySet<string> PageTypes { get; init; }
    public required WordMatcher<string> Negative { get; init; }
    public required WordMatcher<bool> Positive { get; init; }
    public required WordMatcher<bool> DateHints { get; init; }
    public required WordMatcher<bool> BylineHints { get; init; }
    /// <summary>Class words a theme puts on the post's own heading ('entry-title', 'article__headline').</summary>
    public required WordMatcher<bool> TitleHints { get; init; }
    /// <summary>itemprop values that mark an element as the post's headline.</summary>
    public required IReadOnlySet<string> TitleItemprops { get; init; }
    public required IReadOnlyList<string> BylinePrefixes { get; init; }
    /// <summary>An editor's credit, "Editor: Name" with any of the editor prefixes; built once, not per page.</summary>
    public required Regex EditorLine { get; init; }
    public required IReadOnlyList<string> ModifiedWords { get; init; }
    /// <summary>Words that label a printed date as the publish date ('Published', 'diterbitkan').</summary>
    public required IReadOnlyList<string> PublishedWords { get; init; }
    /// <summary>Meta names and properties that state a publish time, a modify time, an author, the site's name; most trusted first.</summary>
    public required IReadOnlyList<string> PublishedMeta { get; init; }
    public required IReadOnlyList<string> ModifiedMeta { get; init; }
    public required IReadOnlyList<string> AuthorMeta { get; init; }
    public required IReadOnlyList<string> SiteNameMeta { get; init; }
    /// <summary>Words in a meta name the lists above do not name that say it states a publish time ('w-published-date') or a modify time ('Updated Date').</summary>
    public required IReadOnlyList<string> PublishedMetaWords { get; init; }
    public required IReadOnlyList<string> ModifiedMetaWords { get; init; }
    /// <summary>Page languages (html lang, og:locale; lower case, '-') whose numeric dates put the month first: 3/4/2025 is 4 March.</summary>
    public required IReadOnlySet<string> MonthFirstLanguages { get; init; }
    /// <summary>Keys of a publish date in the JSON state that script-built pages embed ("publishDate":"2025-05-27").</summary>
    public required ScriptDateFinder ScriptDate { get; init; }
    /// <summary>Paragraph patterns that are not article text (Baca juga, Advertisement ...), each with its cut reason.</summary>
    public required IReadOnlyList<(Regex Pattern, string Reason)> BoilerplateLines { get; init; }

    private sealed record HintsFile(
        [property: JsonPropertyName("drop_tags")] List<string> DropTags,
        [property: JsonPropertyName("cut_tags")] Dictionary<string, string> CutTags,
        [property: JsonPropertyName("cut_roles")] Dictionary<string, string> CutRoles,
        [property: JsonPropertyName("negative")] Dictionary<string, string> Negative,
        [property: JsonPropertyName("positive")] List<string> Positive,
        [property: JsonPropertyName("keep_tags")] List<string> KeepTags,
        [property: JsonPropertyName("article_types")] List<string> ArticleTypes,
        [property: JsonPropertyName("page_types")] List<string> PageTypes,
        [property: JsonPropertyName("date_hints")] List<string> DateHints,
        [property: JsonPropertyName("byline_hints")] List<string> BylineHints,
        [property: JsonPropertyName("title_hints")] List<string> TitleHints,
        [property: JsonPropertyName("title_itemprops")] List<string> TitleItemprops,
        [property: JsonPropertyName("byline_prefixes")] List<string> BylinePrefixes,
        [property: JsonPropertyName("editor_prefixes")] List<string> EditorPrefixes,
        [property: JsonPropertyName("modified_words")] List<string> ModifiedWords,
        [property: JsonPropertyName("published_words")] List<string> PublishedWords,
        [property: JsonPropertyName("published_meta")] List<string> PublishedMeta,
        [property: JsonPropertyName("modified_meta")] List<string> ModifiedMeta,
        [property: JsonPropertyName("author_meta")] List<string> AuthorMeta,
        [property: JsonPropertyName("site_name_meta")] List<string> SiteNameMeta,
        [property: JsonPropertyName("published_meta_words")] List<string> PublishedMetaWords,
        [property: JsonPropertyName("modified_meta_words")] List<string> ModifiedMetaWords,
        [property: JsonPropertyName("month_first_languages")] List<string> MonthFirstLanguages,
        [property: JsonPropertyName("script_date_keys")] List<string> ScriptDateKeys);

    private static ContentHints Load()
    {
        var file = JsonSerializer.Deserialize<HintsFile>(KabarResources.Text("Extraction/Html/content-hints.json"))
            ?? throw new InvalidDataException("Extraction/Html/content-hints.json is empty");
        var lines = KabarResources.Rows("Extraction/Html/boilerplate-lines.tsv", minColumns: 2)
            .Select(r => (new Regex(r[0], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option), r[1]))
            .ToList();
        var ordinal = StringComparer.OrdinalIgnoreCase;
        return new ContentHints
        {
            DropTags = file.DropTags.ToHashSet(ordinal),
            CutTags = new Dictionary<string, string>(file.CutTags, ordinal),
            CutRoles = new Dictionary<string, string>(file.CutRoles, ordinal),
            KeepTags = file.KeepTags.ToHashSet(ordinal),
            ArticleTypes = file.ArticleTypes.ToHashSet(ordinal),
            PageTypes = file.PageTypes.ToHashSet(ordinal),
            Negative = new WordMatcher<string>(file.Negative),
            Positive = new WordMatcher<bool>(file.Positive.ToDictionary(w => w, _ => true)),
            DateHints = new WordMatcher<bool>(file.DateHints.ToDictionary(w => w, _ => true)),
            BylineHints = new WordMatcher<bool>(file.BylineHints.ToDictionary(w => w, _ => true)),
            TitleHints = new WordMatcher<bool>(file.TitleHints.ToDictionary(w => w, _ => true)),
            TitleItemprops = file.TitleItemprops.ToHashSet(StringComparer.Ordinal),
            BylinePrefixes = file.BylinePrefixes.OrderByDescending(p => p.Length).ToList(),
            EditorLine = new Regex($@"\b(?:{string.Join("|", file.EditorPrefixes.Select(Regex.Escape))})\s*:\s*(?<name>\p{{Lu}}[\p{{L}}.'’\-]*(?:\s+\p{{Lu}}[\p{{L}}.'’\-]*){{0,4}})",
                RegexOptions.IgnoreCase),
            ModifiedWords = file.ModifiedWords,
            PublishedWords = file.PublishedWords,
            PublishedMeta = file.PublishedMeta,
            ModifiedMeta = file.ModifiedMeta,
            AuthorMeta = file.AuthorMeta,
            SiteNameMeta = file.SiteNameMeta,
            PublishedMetaWords = file.PublishedMetaWords,
            ModifiedMetaWords = file.ModifiedMetaWords,
            MonthFirstLanguages = file.MonthFirstLanguages.ToHashSet(ordinal),
            ScriptDate = new ScriptDateFinder(new Regex($@"[""']?\b(?:{string.Join("|", file.ScriptDateKeys.Select(Regex.Escape))})[""']?\s*:\s*[""'](?<date>(?:19|20)\d\d-[01]\d-[0-3]\d[^""']{{0,30}})[""']",
                RegexOptions.CultureInvariant | PatternCompilation.Option), file.ScriptDateKeys),
            BoilerplateLines = lines,
        };
    }
}

/// <summary>Matches hint words against class and id values (see <see cref="ContentHints"/>).</summary>
internal sealed class WordMatcher<T>
{
    private readonly Dictionary<string, T> _tokens;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _tokensBySpan;

    /// <summary>
    /// The substring hints (four letters or more) by their first two letters, each with its place in the list: a
    /// class value is read once, looking up the hints that start at each position, rather than searched once per hint
    /// (PageTree asks every element with a class or id).
    /// </summary>
    private readonly Dictionary<int, (int Order, string Word, T Value)[]> _substringsByStart;

    public WordMatcher(IReadOnlyDictionary<string, T> words)
    {
        _tokens = words.Where(w => w.Key.Length < 4).ToDictionary(w => w.Key.ToLowerInvariant(), w => w.Value);
        _tokensBySpan = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _substringsByStart = words.Where(w => w.Key.Length >= 4).Select((w, order) => (Order: order, Word: w.Key.ToLowerInvariant(), w.Value))
            .GroupBy(w => StartKey(w.Word, 0)).ToDictionary(g => g.Key, g => g.ToArray());
    }

    private static int StartKey(string s, int at) => s[at] << 16 | s[at + 1];

    private static readonly SearchValues<char> Separators = SearchValues.Create(" -_\t\n:./");

    /// <summary>The value of the first hint (in the data file's order) that matches <paramref name="classAndId"/> (lower-cased), if any.</summary>
    public bool TryMatch(string classAndId, out T value)
    {
        var bestOrder = int.MaxValue;
        value = default!;
        for (var i = 0; i + 4 <= classAndId.Length; i++)
        {
            if (!_substringsByStart.TryGetValue(StartKey(classAndId, i), out var hints)) continue;
            foreach (var (order, word, v) in hints)
                if (order < bestOrder && classAndId.AsSpan(i).StartsWith(word, StringComparison.Ordinal)) (bestOrder, value) = (order, v);
        }
        if (bestOrder != int.MaxValue) return true;
        if (_tokens.Count > 0)
        {
            var rest = classAndId.AsSpan();
            while (rest.Length > 0)
            {
                var end = rest.IndexOfAny(Separators);
                var token = end < 0 ? rest : rest[..end];
                if (token.Length > 0 && _tokensBySpan.TryGetValue(token, out var t)) { value = t; return true; }
                rest = end < 0 ? [] : rest[(end + 1)..];
            }
        }
        return false;
    }

    public bool Matches(string classAndId) => TryMatch(classAndId, out _);
}
