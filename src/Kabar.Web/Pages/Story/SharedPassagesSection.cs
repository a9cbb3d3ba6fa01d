using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>Text several articles share.</summary>
internal sealed class SharedPassagesSection : IStorySection
{
    public string Id => "shared";

    public bool Has(Brief brief) => brief.SharedPassages.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "shared")))
        {
            h.Element("h2", t["section.shared"]);
            foreach (var p in brief.SharedPassages)
            {
                using (h.Tag("figure", ("class", "shared-passage")))
                {
                    h.Element("blockquote", p.Text);
                    using (h.Tag("figcaption"))
                    {
                        h.Text(t.Format("shared.carried", p.Articles.Count)).Text(" ");
                        foreach (var c in p.Citations) cites.Write(h, context, c);
                    }
                }
            }
        }
    }
}
