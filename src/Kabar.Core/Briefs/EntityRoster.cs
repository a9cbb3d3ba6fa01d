using Kabar.Model;

namespace Kabar.Briefs;

/// <summary>People and organisations of a story, each once under its canonical name, with the roles each outlet prints.</summary>
internal static class EntityRoster
{
    private const int MaxCitations = 5;

    private static IEnumerable<(StoryArticle Article, EntityMention Mention, string Name)> Named(IReadOnlyList<StoryArticle> articles, StoryNames names, string type) =>
        articles.SelectMany(a => a.Annotated.Entities.Where(e => e.Type == type)
                .Select(e => (Article: a, Mention: e, Name: names.Resolve(a, e.Canonical))))
            .Where(x => x.Name is not null)
            .Select(x => (x.Article, x.Mention, x.Name!));

    public static IReadOnlyList<EntityEntry> Build(IReadOnlyList<StoryArticle> articles, StoryNames names, string type) => Named(articles, names, type)
        .GroupBy(x => x.Name)
        .OrderByDescending(g => g.Select(x => x.Article).Distinct().Count()).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new EntityEntry(
            g.Key,
            type,
            g.Select(x => x.Mention.Text).Where(t => t != g.Key).Distinct().Order(StringComparer.Ordinal).ToList(),
            Roles(g),
            g.Take(MaxCitations).Select(x => x.Article.Cite(x.Mention.Span)).ToList()))
        .ToList();

    private static List<RoleClaim> Roles(IEnumerable<(StoryArticle Article, EntityMention Mention, string Name)> mentions) => mentions
        .Where(x => !string.IsNullOrWhiteSpace(x.Mention.Role))
        .GroupBy(x => (Role: RoleWords.Normalise(x.Mention.Role!), x.Article.Outlet))
        .Select(g => new RoleClaim(g.First().Mention.Role!.Trim(), g.Key.Outlet,
            g.Select(x => x.Article.Cite(x.Mention.RoleSpan ?? x.Mention.Span)).Distinct().ToList()))
        .ToList();

    /// <summary>
    /// A person printed with different offices by different articles. Roles are compared in
    /// standard words (<see cref="RoleWords"/>) and differ when neither is a run of the other's:
    /// 'Presiden' and 'Presiden AS' agree, so do 'Menteri Luar Negeri AS' and 'Menteri Luar Negeri
    /// Amerika'; 'Menteri Luar Negeri Rusia' and 'juru bicara Kementerian Luar Negeri Rusia' do not.
    /// Two offices cannot both be one person's, so such a difference is a conflict.
    /// </summary>
    public static IReadOnlyList<Disagreement> RoleDisagreements(IReadOnlyList<StoryArticle> articles, StoryNames names)
    {
        var result = new List<Disagreement>();
        var people = Named(articles, names, EntityTypes.Person)
            .Where(x => !string.IsNullOrWhiteSpace(x.Mention.Role))
            .GroupBy(x => x.Name);
        foreach (var person in people.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var roles = person.GroupBy(x => RoleWords.Normalise(x.Mention.Role!)).ToList();
            var conflicting = roles.Where(r => roles.Any(o => o.Key != r.Key && !RoleWords.Agree(r.Key, o.Key)
                                                             && o.Select(x => x.Article).Except(r.Select(x => x.Article)).Any())).ToList();
            if (conflicting.Count < 2) continue;
            result.Add(new Disagreement(DisagreementKinds.Role, DisagreementStrengths.Conflict, person.Key,
                conflicting.Select(r => new Claim(r.First().Mention.Role!.Trim(),
                    r.Select(x => x.Article.Cite(x.Mention.RoleSpan ?? x.Mention.Span)).Distinct().ToList())).ToList()));
        }
        return result;
    }
}
