using Kabar.Briefs;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>People or organisations as cards: name, other spellings, the role each outlet prints.</summary>
internal sealed class EntitiesSection(string id, Func<Brief, IReadOnlyList<EntityEntry>> entitiesOf) : IStorySection
{
    public string Id => id;

    public bool Has(Brief brief) => entitiesOf(brief).Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var entities = entitiesOf(brief);
        var t = context.Text;
        using (h.Tag("section", ("id", Id)))
        {
            h.Element("h2", t["section." + Id]);
            using (h.Tag("ul", ("class", "entity-grid")))
            {
                foreach (var e in entities)
                {
                    using (h.Tag("li", ("class", "entity-card")))
                    {
                        h.Element("h3", e.Name);
                        var aliases = e.Aliases.Where(a => a != e.Name).ToList();
                        if (aliases.Count > 0) h.Element("p", t["entity.aka"] + " " + string.Join(", ", aliases), ("class", "aliases"));
                        if (e.Roles.Count > 0)
                        {
                            using (h.Tag("dl", ("class", "roles")))
                            {
                                foreach (var role in e.Roles)
                                {
                                    h.Element("dt", role.Outlet);
                                    using (h.Tag("dd"))
                                    {
                                        h.Text(role.Role).Text(" ");
                                        foreach (var c in role.Citations.Take(1)) cites.Write(h, context, c, "↗");
                                    }
                                }
                            }
                        }
                        h.Element("p", t.Format("entity.mentions", e.Citations.Count), ("class", "small"));
                    }
                }
            }
        }
    }
}
