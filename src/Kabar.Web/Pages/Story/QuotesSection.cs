using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>Quotes by speaker.</summary>
internal sealed class QuotesSection : IStorySection
{
    public string Id => "quotes";

    public bool Has(Brief brief) => brief.Quotes.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "quotes")))
        {
            h.Element("h2", t["section.quotes"]);
            foreach (var group in brief.Quotes)
            {
                using (h.Tag("div", ("class", "quote-group")))
                {
                    h.Element("h3", group.Speaker == QuoteSpeakers.Unattributed ? t["article.unknown_speaker"] : group.Speaker);
                    foreach (var q in group.Quotes)
                    {
                        using (h.Tag("figure", ("class", q.Direct ? "quote" : "quote reported")))
                        {
                            h.Element("blockquote", q.Text);
                            using (h.Tag("figcaption"))
                            {
                                h.Text(q.Direct ? t["quote.direct"] : t["quote.reported"]).Text(" · ");
                                foreach (var c in q.Citations) cites.Write(h, context, c);
                            }
                        }
                    }
                }
            }
        }
    }
}
