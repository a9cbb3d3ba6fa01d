namespace Kabar.Web.Pages.Story;

/// <summary>The story page's sections in page order, listed once: the contents menu and the body both read this list.</summary>
internal static class StorySections
{
    public static readonly IReadOnlyList<IStorySection> All =
    [
        new SummarySection(),
        new TimelineSection(),
        new CoverageSection(),
        new DisagreementsSection(),
        new EntitiesSection("people", b => b.People),
        new EntitiesSection("organisations", b => b.Organisations),
        new QuotesSection(),
        new SharedPassagesSection(),
        new EventsSection(),
    ];
}
