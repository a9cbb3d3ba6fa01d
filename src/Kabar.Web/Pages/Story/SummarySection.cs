using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>The summary, each sentence with its citation.</summary>
internal sealed class SummarySection : IStorySection
{
    public string Id => "summary";

    public bool Has(Brief brief) => brief.Summary.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        using (h.Tag("section", ("id", "summary"), ("class", "summary")))
        {
            h.Element("h2", context.Text["section.summary"]);
            using (h.Tag("div", ("class", "summary-text")))
            {
                foreach (var sentence in brief.Summary)
                {
                    using (h.Tag("p"))
                    {
                        h.Text(sentence.Text).Text(" ");
                        cites.Write(h, context, sentence.Article, sentence.Start, sentence.End, sentence.Text);
                    }
                }
            }
        }
    }
}
