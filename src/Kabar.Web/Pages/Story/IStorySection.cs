using Kabar.Briefs;
using Kabar.Web.Html;

namespace Kabar.Web.Pages.Story;

/// <summary>One section of the story page: its anchor (also its menu entry), whether the brief has anything for it, and its HTML.</summary>
internal interface IStorySection
{
    /// <summary>The section's element id; its heading and menu label are the string <c>section.{Id}</c>.</summary>
    string Id { get; }

    bool Has(Brief brief);

    void Write(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites);
}
