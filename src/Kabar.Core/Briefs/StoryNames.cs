using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Briefs;

/// <summary>
/// What a brief shows as a person, organisation or speaker must be a name or a role that
/// identifies someone. A bare pronoun ('Mereka') identifies no one and is left out; a bare common
/// noun ('Kementerian', Resources/Briefs/bare-nouns.txt) becomes the one body of that kind its
/// article names ('Kementerian Luar Negeri Rusia'), else is left out; a cut-off copy of a long name
/// ('Organisasi untuk Keamanan dan Kerjasama') is merged into the entity whose name or spelling it
/// begins ('OSCE', printed 'Organisasi untuk Keamanan dan Kerjasama di Eropa').
/// </summary>
internal sealed class StoryNames
{
    private static readonly Lazy<HashSet<string>> Pronouns = new(() => KabarResources.Rows("Quotes/pronouns.tsv")
        .Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> BareNouns = new(() => KabarResources.Lines("Briefs/bare-nouns.txt")
        .Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    /// <summary>Each canonical entity of the story with the spellings printed for it and how often it is mentioned.</summary>
    private readonly List<(string Canonical, string[][] Forms, int Count)> _entities;

    public StoryNames(IReadOnlyList<StoryArticle> articles)
    {
        _entities = articles.SelectMany(a => a.Annotated.Entities)
            .Where(e => e.Type is EntityTypes.Person or EntityTypes.Organisation)
            .GroupBy(e => e.Canonical, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(e => e.Text).Append(g.Key).Distinct(StringComparer.OrdinalIgnoreCase).Select(Words).ToArray(), g.Count()))
            .ToList();
    }

    public static bool IsPronoun(string name) => Pronouns.Value.Contains(name.Trim().ToLowerInvariant());

    /// <summary>The name to show for <paramref name="name"/> as printed in <paramref name="article"/>, or null when it identifies no one.</summary>
    public string? Resolve(StoryArticle article, string name)
    {
        var words = Words(name);
        if (words.Length == 0 || IsPronoun(name)) return null;
        if (words.Length == 1 && BareNouns.Value.Contains(words[0]))
        {
            var bodies = article.Annotated.Entities
                .Where(e => e.Type == EntityTypes.Organisation && Words(e.Canonical) is { Length: > 1 } w && w[0] == words[0])
                .Select(e => e.Canonical).Distinct(StringComparer.Ordinal).ToList();
            return bodies.Count == 1 ? bodies[0] : null;
        }
        if (words.Length >= 2)
        {
            var whole = _entities
                .Where(e => e.Canonical != name && e.Forms.Any(f => f.Length > words.Length && f.Take(words.Length).SequenceEqual(words)))
                .OrderByDescending(e => e.Count).ThenBy(e => e.Canonical, StringComparer.Ordinal)
                .Select(e => e.Canonical).FirstOrDefault();
            if (whole is not null) return whole;
        }
        return name;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '(', ')', '"')).Where(w => w.Length > 0).ToArray();
}
