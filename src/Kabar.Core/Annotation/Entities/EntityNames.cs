using System.Text.RegularExpressions;
using Kabar.Model;

namespace Kabar.Annotation.Entities;

/// <summary>
/// Canonical names within one article. Places and bodies: the lexicon's standard name ('AS',
/// 'United States' -> 'Amerika Serikat'), also when a known place ends a body's name
/// ('Kementerian Luar Negeri AS' -> 'Departemen Luar Negeri Amerika Serikat'), or an acronym
/// pair seen in the article; otherwise the text as written. People: the full name; a mention of
/// one word ('Lavrov') takes the nearest full name before it that ends (or starts) with that
/// word, else the first one after it.
/// </summary>
internal sealed partial class EntityNames
{
    private readonly EntityLexicon _lexicon;
    private readonly Dictionary<string, LexiconEntry> _article = new(StringComparer.OrdinalIgnoreCase);

    public EntityNames(EntityLexicon lexicon) => _lexicon = lexicon;

    public LexiconEntry? Known(string name)
    {
        var folded = Fold(name);
        return _article.GetValueOrDefault(folded) ?? _lexicon.Lookup(folded) ?? ViaPlace(folded);
    }

    /// <summary>Records that <paramref name="acronym"/> and <paramref name="longName"/> name one entity in this article.</summary>
    public void Alias(string longName, string acronym, string type)
    {
        var entry = Known(longName) ?? Known(acronym) ?? new LexiconEntry(type, Fold(longName));
        _article[Fold(longName)] = entry;
        _article[acronym] = entry;
    }

    public void Canonicalise(List<Candidate> all, string body)
    {
        foreach (var c in all)
        {
            if (c.Type == EntityTypes.Person) continue;
            var text = c.Text(body);
            if (Known(text) is { } entry)
            {
                c.Canonical = entry.Canonical;
                if (entry.Type.Length > 0) c.Type = entry.Type;
            }
            else c.Canonical ??= Fold(text);
        }
        ResolvePeople(all.Where(c => c.Type == EntityTypes.Person).ToList(), body);
    }

    /// <summary>
    /// 'Kementerian Luar Negeri AS' -> 'Kementerian Luar Negeri Amerika Serikat', then the lexicon's
    /// name for that if it has one; only for names that open with a body's head word (kementerian, dewan).
    /// </summary>
    private LexiconEntry? ViaPlace(string name)
    {
        var words = name.Split(' ');
        if (_lexicon.WordClass(words[0].ToLowerInvariant()) != "ORGHEAD") return null;
        for (var k = 1; k < words.Length; k++)
        {
            var place = _lexicon.Lookup(string.Join(' ', words[k..]));
            if (place is null || place.Type != EntityTypes.Location) continue;
            var replaced = string.Join(' ', words[..k]) + " " + place.Canonical;
            return _lexicon.Lookup(replaced) ?? new LexiconEntry("", replaced);
        }
        return null;
    }

    private static void ResolvePeople(List<Candidate> people, string body)
    {
        var names = people.Select(p => Fold(p.Text(body))).ToList();
        // Where each word ends or starts a full name, in mention order, so a look-up is a binary search.
        var byLast = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byFirst = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var space = names[i].IndexOf(' ');
            if (space < 0) continue;
            Index(byFirst, names[i][..space], i);
            Index(byLast, names[i][(names[i].LastIndexOf(' ') + 1)..], i);
        }
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Contains(' ')) { people[i].Canonical = names[i]; continue; }
            var full = Nearest(byLast, names[i], i) ?? Nearest(byFirst, names[i], i);
            people[i].Canonical = full is { } k ? names[k] : names[i];
        }
    }

    private static void Index(Dictionary<string, List<int>> index, string word, int i)
    {
        if (!index.TryGetValue(word, out var list)) index[word] = list = [];
        list.Add(i);
    }

    /// <summary>The nearest full name before mention <paramref name="i"/>, else the first after it.</summary>
    private static int? Nearest(Dictionary<string, List<int>> index, string word, int i)
    {
        if (!index.TryGetValue(word, out var list)) return null;
        var at = list.BinarySearch(i);
        if (at < 0) at = ~at;
        if (at > 0) return list[at - 1];
        return at < list.Count ? list[at] : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string Fold(string text) => Whitespace().Replace(text, " ").Trim();
}
