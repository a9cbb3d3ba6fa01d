using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>Where outlets differ, side by side, labelled by kind and strength in the reader's language.</summary>
internal sealed class DisagreementsSection : IStorySection
{
    public string Id => "disagreements";

    public bool Has(Brief brief) => brief.Disagreements.Count > 0;

    public void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        var t = context.Text;
        using (h.Tag("section", ("id", "disagreements")))
        {
            h.Element("h2", t["section.disagreements"]);
            foreach (var d in brief.Disagreements)
            {
                using (h.Tag("div", ("class", "disagreement")))
                {
                    // The label is the reader's language; only the subject comes from the page.
                    using (h.Tag("h3"))
                    {
                        h.Text(t.Format("disagreement.kind." + d.Kind, d.About)).Text(" ");
                        h.Element("span", t["disagreement.strength." + d.Strength], ("class", "badge strength-" + d.Strength), ("data-strength", d.Strength));
                    }
                    using (h.Tag("div", ("class", "claims")))
                    {
                        foreach (var claim in d.Claims)
                        {
                            using (h.Tag("div", ("class", "claim")))
                            {
                                if (DateOnly.TryParseExact(claim.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                                    using (h.Tag("p", ("class", "claim-value"))) h.Element("time", t.Dates.LongDay(day), ("datetime", claim.Value));
                                else h.Element("p", claim.Value, ("class", "claim-value"));
                                using (h.Tag("ul", ("class", "plain claim-sources")))
                                {
                                    foreach (var c in claim.Citations)
                                    {
                                        using (h.Tag("li"))
                                        {
                                            cites.Write(h, context, c);
                                            if (c.Excerpt is { Length: > 0 } excerpt) h.Element("q", excerpt, ("class", "excerpt"));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
