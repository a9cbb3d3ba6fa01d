using Kabar.Briefs;
using Kabar.Model;

namespace Kabar.Web.Reading;

/// <summary>Makes the stories-list line of a brief from the articles it covers; shared by every reader.</summary>
public static class StoryListings
{
    public static StoryListing From(Brief brief, IReadOnlyList<Article> articles)
    {
        var times = articles.Select(a => a.Published ?? a.Modified).OfType<PageTime>().OrderBy(t => t.Value).ToList();
        var outlets = articles.Select(a => a.Outlet).OfType<string>()
            .Concat(brief.Coverage.Select(c => c.Outlet))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var summary = brief.Summary.Count > 0 ? brief.Summary[0].Text : FirstSentence(articles.FirstOrDefault()?.Body);
        return new StoryListing(brief.Id, brief.Title, outlets, articles.Count,
            times.FirstOrDefault()?.Date, times.LastOrDefault()?.Date, times.LastOrDefault(), summary);
    }

    public static bool Matches(StoryListing story, StoryFilter filter) =>
        (filter.Outlet is null || story.Outlets.Contains(filter.Outlet, StringComparer.OrdinalIgnoreCase))
        && (filter.From is null || story.LastDay is null || story.LastDay >= filter.From)
        && (filter.To is null || story.FirstDay is null || story.FirstDay <= filter.To);

    /// <summary>Newest activity first; stories with no dates last.</summary>
    public static IReadOnlyList<StoryListing> Order(IEnumerable<StoryListing> stories) => stories
        .OrderByDescending(s => s.LatestActivity?.Value ?? DateTimeOffset.MinValue)
        .ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static string? FirstSentence(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        var paragraph = body.Split("\n\n", 2)[0];
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? paragraph[..(end + 1)] : paragraph;
    }
}
