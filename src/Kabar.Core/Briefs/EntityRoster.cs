using Kabar.Model;

namespace Kabar.Briefs;

/// <summary>People and organisations of a story, each once under its canonical name, with the roles each outlet prints.</summary>
internal static class EntityRoster
{
    private const int MaxCitations = 5;

    public static IReadOnlyList<EntityEntry> Build(IReadOnlyList<StoryArticle> articles, string type) => articles
        .SelectMany(a => a.Annotated.Entities.Where(e => e.Type == type).Select(e => (Article: a, Mention: e)))
        .GroupBy(x => x.Mention.Canonical)
        .OrderByDescending(g => g.Select(x => x.Article).Distinct().Count()).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new EntityEntry(
            g.Key,
            type,
            g.Select(x => x.Mention.Text).Where(t => t != g.Key).Distinct().Order(StringComparer.Ordinal).ToList(),
            Roles(g),
            g.Take(MaxCitations).Select(x => x.Article.Cite(x.Mention.Span)).ToList()))
        .ToList();

    private static List<RoleClaim> Roles(IEnumerable<(StoryArticle Article, EntityMention Mention)> mentions) => mentions
        .Where(x => !string.IsNullOrWhiteSpace(x.Mention.Role))
        .GroupBy(x => (Role: Words(x.Mention.Role!), x.Article.Outlet))
        .Select(g => new RoleClaim(g.First().Mention.Role!.Trim(), g.Key.Outlet,
            g.Select(x => x.Article.Cite(x.Mention.RoleSpan ?? x.Mention.Span)).Distinct().ToList()))
        .ToList();

    /// <summary>
    /// A person printed with different roles by different articles. Roles differ when neither is a
    /// run of the other's words: 'Presiden' and 'Presiden AS' agree, 'Menteri Luar Negeri Rusia'
    /// and 'juru bicara Kementerian Luar Negeri Rusia' do not.
    /// </summary>
    public static IReadOnlyList<Disagreement> RoleDisagreements(IReadOnlyList<StoryArticle> articles)
    {
        var result = new List<Disagreement>();
        var people = articles
            .SelectMany(a => a.Annotated.Entities.Where(e => e.Type == EntityTypes.Person && !string.IsNullOrWhiteSpace(e.Role)).Select(e => (Article: a, Mention: e)))
            .GroupBy(x => x.Mention.Canonical);
        foreach (var person in people.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var roles = person.GroupBy(x => string.Join(' ', Words(x.Mention.Role!))).ToList();
            var conflicting = roles.Where(r => roles.Any(o => o.Key != r.Key && !Within(r.Key, o.Key) && !Within(o.Key, r.Key)
                                                             && o.Select(x => x.Article).Except(r.Select(x => x.Article)).Any())).ToList();
            if (conflicting.Count < 2) continue;
            result.Add(new Disagreement($"role of {person.Key}",
                conflicting.Select(r => new Claim(r.First().Mention.Role!.Trim(),
                    r.Select(x => x.Article.Cite(x.Mention.RoleSpan ?? x.Mention.Span)).Distinct().ToList())).ToList()));
        }
        return result;
    }

    private static string[] Words(string role) => role.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool Within(string inner, string outer) => (" " + outer + " ").Contains(" " + inner + " ", StringComparison.Ordinal);
}
