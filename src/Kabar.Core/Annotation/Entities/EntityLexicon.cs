using Kabar.Resources;

namespace Kabar.Annotation.Entities;

/// <summary>One known entity: its type and the one standard (Indonesian) name used for it everywhere.</summary>
public sealed record LexiconEntry(string Type, string Canonical);

/// <summary>
/// General knowledge about names, read from <c>Resources/Entities</c>: countries, capitals and
/// international bodies under their Indonesian, English and short names (<c>aliases.tsv</c>),
/// epithets that stand for a country (<c>epithets.tsv</c>), and the title and role words that
/// are printed before or after a person's name (<c>roles.txt</c>). Phrases are matched on
/// lower-cased tokens, longest first.
/// </summary>
public sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(() => new EntityLexicon(
        KabarResources.Rows("Entities/aliases.tsv", minColumns: 2).Concat(KabarResources.Rows("Entities/epithets.tsv", minColumns: 2)),
        KabarResources.Lines("Entities/roles.txt"),
        KabarResources.Lines("Entities/connectors.txt"),
        KabarResources.Rows("Entities/word-classes.tsv", minColumns: 2)));

    /// <summary>The lexicon built from the embedded data files, loaded once.</summary>
    public static EntityLexicon Default => Shared.Value;

    private readonly PhraseTrie<LexiconEntry> _names = new();
    private readonly PhraseTrie<bool> _roles = new();
    private readonly HashSet<string> _connectors;
    private readonly Dictionary<string, LexiconEntry> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _caseSensitive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wordClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<uint, string> _wordClassesByKey = [];

    /// <param name="aliasRows"><c>TYPE, Canonical[, alias|alias|...]</c>, as <see cref="KabarResources.Rows"/> reads them.</param>
    /// <param name="roleLines">One role or title phrase a line, lower case.</param>
    /// <param name="connectorLines">Small words that may sit inside a role ('untuk', 'urusan', 'dan').</param>
    /// <param name="wordClassRows"><c>word, CLASS</c>: given names, words that open an organisation's or a place's name.</param>
    public EntityLexicon(IEnumerable<string[]> aliasRows, IEnumerable<string> roleLines, IEnumerable<string> connectorLines,
        IEnumerable<string[]> wordClassRows)
    {
        foreach (var parts in wordClassRows)
            if (parts.Length >= 2 && _wordClasses.TryAdd(parts[0].ToLowerInvariant(), parts[1]))
                _wordClassesByKey.TryAdd(Tagging.WordClusters.KeyOf(parts[0].ToLowerInvariant()), parts[1]);
        foreach (var parts in aliasRows)
        {
            if (parts.Length < 2) continue;
            var entry = new LexiconEntry(parts[0], parts[1]);
            AddName(entry.Canonical, entry);
            if (parts.Length > 2)
                foreach (var alias in parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    AddName(alias, entry);
        }
        foreach (var role in roleLines)
            _roles.Add(Words(role), true);
        _connectors = new HashSet<string>(connectorLines.Select(c => c.ToLowerInvariant()), StringComparer.Ordinal);
    }

    private void AddName(string name, LexiconEntry entry)
    {
        var words = Words(name);
        if (words.Length == 0) return;
        _names.Add(words, entry);
        _byName.TryAdd(string.Join(' ', words), entry);
        // Short all-capital aliases (AS, UE, PBB) are only names when written in capitals:
        // 'as' and 'ue' are ordinary words or noise in lower case.
        if (words.Length == 1 && name.Length <= 4 && name.All(c => !char.IsLower(c)))
            _caseSensitive.Add(name);
    }

    /// <summary>Splits a phrase into lower-cased words the way the tokenizer does for names.</summary>
    public static string[] Words(string phrase) => phrase
        .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.ToLowerInvariant())
        .ToArray();

    /// <summary>The entry a whole name stands for ('AS', 'United States', 'Negeri Beruang Merah'), if known.</summary>
    public LexiconEntry? Lookup(string name)
    {
        var key = string.Join(' ', Words(name));
        return _byName.TryGetValue(key, out var entry) ? entry : null;
    }

    /// <summary>
    /// The longest known name starting at <paramref name="start"/> of <paramref name="lower"/>
    /// (lower-cased tokens); <paramref name="cased"/>, when given, rules out short capital aliases
    /// written in lower case. Returns the number of tokens matched, 0 for none.
    /// </summary>
    public int MatchName(IReadOnlyList<string> lower, int start, out LexiconEntry? entry, IReadOnlyList<string>? cased = null)
    {
        var length = _names.LongestMatch(lower, start, out entry);
        if (length == 1 && cased is not null && entry is not null && _caseSensitive.Contains(cased[start].ToUpperInvariant())
            && cased[start] != cased[start].ToUpperInvariant())
        {
            entry = null;
            return 0;
        }
        return length;
    }

    /// <summary>The length of the longest role phrase ('menteri luar negeri', 'juru bicara') starting at <paramref name="start"/>.</summary>
    public int MatchRole(IReadOnlyList<string> lower, int start) => _roles.LongestMatch(lower, start, out _);

    public bool IsConnector(string lowerWord) => _connectors.Contains(lowerWord);

    /// <summary>GIVEN, ORGHEAD, LOCHEAD or the empty string, for a lower-cased word.</summary>
    public string WordClass(string lowerWord) => _wordClasses.TryGetValue(lowerWord, out var c) ? c : "";

    /// <summary>
    /// <see cref="WordClass"/> looked up by the tagger's hash of the lower-cased word
    /// (<see cref="Tagging.WordClusters.KeyOf"/>), so tagging hashes each word once.
    /// </summary>
    internal string WordClassByKey(uint lowerKey) => _wordClassesByKey.TryGetValue(lowerKey, out var c) ? c : "";
}

/// <summary>A word trie: phrases as sequences of lower-cased words, longest match first.</summary>
internal sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool HasValue;
        public T? Value;
    }

    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> words, T value)
    {
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(w, out var child)) node.Next[w] = child = new Node();
            node = child;
        }
        if (node.HasValue) return; // the first line that names a phrase wins
        node.HasValue = true;
        node.Value = value;
    }

    public int LongestMatch(IReadOnlyList<string> words, int start, out T? value)
    {
        value = default;
        var best = 0;
        var node = _root;
        for (var i = start; i < words.Count; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(words[i], out var child)) break;
            node = child;
            if (node.HasValue)
            {
                best = i - start + 1;
                value = node.Value;
            }
        }
        return best;
    }
}
