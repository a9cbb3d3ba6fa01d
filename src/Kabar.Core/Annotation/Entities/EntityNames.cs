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

    /// <summary>'Kementerian Luar Negeri AS' -> 'Kementerian Luar Negeri Amerika Serikat', then the lexicon's name for that if it has one.</summary>
    private LexiconEntry? ViaPlace(string name)
    {
        var words = name.Split(' ');
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
        for (var i = 0; i < people.Count; i++)
        {
            if (names[i].Contains(' ')) { people[i].Canonical = names[i]; continue; }
            var full = Nearest(names, i, n => n.EndsWith(" " + names[i], StringComparison.OrdinalIgnoreCase))
                ?? Nearest(names, i, n => n.StartsWith(names[i] + " ", StringComparison.OrdinalIgnoreCase));
            people[i].Canonical = full ?? names[i];
        }
    }

    private static string? Nearest(List<string> names, int i, Func<string, bool> fits)
    {
        for (var k = i - 1; k >= 0; k--)
            if (names[k].Contains(' ') && fits(names[k])) return names[k];
        for (var k = i + 1; k < names.Count; k++)
            if (names[k].Contains(' ') && fits(names[k])) return names[k];
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string Fold(string text) => Whitespace().Replace(text, " ").Trim();
}
