using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Annotation.Entities;

/// <summary>
/// Gives one canonical name to an entity spelt differently across the articles of a batch
/// (Sergei/Sergey Lavrov, Yury/Yuri Ushakov). Two canonical names of the same type are one entity
/// when they have the same number of words and each pair of words is the same spelling: equal,
/// listed together in <c>Entities/name-variants.txt</c>, or (for people) one letter apart with the
/// same first letter in a word of five letters or more. The surname (last word) must always
/// match that way. The spelling used most often in the batch wins (the earliest on a tie), so
/// the name the outlets agree on is the one shown. It renames the entity layer only: a quote refers
/// to its speaker's mention, so its speaker follows the entity.
/// </summary>
public sealed class BatchEntityLinker : IBatchAnnotator
{
    private static readonly Lazy<Dictionary<string, int>> Variants = new(() => LoadVariants(KabarResources.Lines("Entities/name-variants.txt")));

    public string Name => "entity-linking";
    public AnnotationLayers Requires => AnnotationLayers.Entities;
    public AnnotationLayers Produces => AnnotationLayers.LinkedEntities;

    public IReadOnlyList<AnnotatedArticle> Annotate(IReadOnlyList<AnnotatedArticle> articles)
    {
        var rename = Renames(articles);
        if (rename.Count == 0) return articles;
        return articles.Select(a => a with
        {
            Entities = a.Entities.Select(e => rename.TryGetValue((e.Type, e.Canonical), out var c) ? e with { Canonical = c } : e).ToList(),
        }).ToList();
    }

    /// <summary>(type, canonical) -> the batch's canonical, for every name that changes.</summary>
    private static Dictionary<(string Type, string Canonical), string> Renames(IReadOnlyList<AnnotatedArticle> articles)
    {
        // How often each canonical name is used, and in which order they first appear.
        var counts = new Dictionary<(string Type, string Canonical), int>();
        var order = new List<(string Type, string Canonical)>();
        foreach (var a in articles)
            foreach (var e in a.Entities)
            {
                var key = (e.Type, e.Canonical);
                if (counts.TryAdd(key, 1)) order.Add(key);
                else counts[key]++;
            }

        var rename = new Dictionary<(string, string), string>();
        // A person named by surname alone in one article ('Putin') is the one full name in the batch with that surname.
        var bySurname = order.Where(k => k.Type == EntityTypes.Person && k.Canonical.Contains(' '))
            .GroupBy(k => SpellingKey(LastWord(k.Canonical)))
            .Where(g => g.Select(k => SpellingKey(FirstWord(k.Canonical))).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => counts[k]).First().Canonical);
        foreach (var key in order)
            if (key.Type == EntityTypes.Person && !key.Canonical.Contains(' ') && bySurname.TryGetValue(SpellingKey(key.Canonical), out var full))
                rename[key] = full;
        // Names that could be spellings of each other share a type and a surname spelling; group by those first.
        foreach (var group in order.GroupBy(k => (k.Type, Surname: SpellingKey(LastWord(k.Canonical)))))
        {
            var names = group.ToList();
            if (names.Count < 2) continue;
            var taken = new bool[names.Count];
            for (var i = 0; i < names.Count; i++)
            {
                if (taken[i]) continue;
                var cluster = new List<int> { i };
                for (var j = i + 1; j < names.Count; j++)
                    if (!taken[j] && SameName(names[i].Canonical, names[j].Canonical, names[i].Type == EntityTypes.Person))
                        cluster.Add(j);
                if (cluster.Count < 2) continue;
                var best = cluster.OrderByDescending(k => counts[names[k]]).ThenBy(k => k).First();
                var winner = rename.GetValueOrDefault(names[best], names[best].Canonical);
                foreach (var k in cluster)
                {
                    taken[k] = true;
                    if (k != best || winner != names[best].Canonical) rename[names[k]] = winner;
                }
            }
        }
        return rename;
    }

    private static bool SameName(string a, string b, bool person)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        if (wa.Length != wb.Length) return false;
        for (var i = 0; i < wa.Length; i++)
            if (!SameWord(wa[i], wb[i], person)) return false;
        return true;
    }

    private static bool SameWord(string a, string b, bool person)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        if (SpellingKey(a) == SpellingKey(b)) return true;
        return person && a.Length >= 5 && b.Length >= 5 && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0])
            && EditDistanceIsOne(a.ToLowerInvariant(), b.ToLowerInvariant());
    }

    /// <summary>The variant group of a word, so 'Sergei' and 'Sergey' give the same key; else the word itself.</summary>
    private static string SpellingKey(string word)
    {
        var lower = word.ToLowerInvariant();
        return Variants.Value.TryGetValue(lower, out var group) ? "#" + group : lower;
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];
    private static string FirstWord(string name) => name.Split(' ')[0];

    private static bool EditDistanceIsOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) == 1;
    }

    private static Dictionary<string, int> LoadVariants(IEnumerable<string> lines)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in lines)
        {
            foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                groups.TryAdd(w.ToLowerInvariant(), n);
            n++;
        }
        return groups;
    }
}
