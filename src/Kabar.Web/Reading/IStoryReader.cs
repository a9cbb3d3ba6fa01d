using Kabar.Briefs;
using Kabar.Model;
using Kabar.Search;
using Kabar.Storage;

namespace Kabar.Web.Reading;

/// <summary>
/// What the web face reads: stories, their briefs, annotated articles and search. Articles are
/// addressed by an opaque id, never by a path from the request.
/// </summary>
public interface IStoryReader
{
    /// <summary>Stories matching <paramref name="filter"/>, newest activity first.</summary>
    IReadOnlyList<StorySummary> Stories(StoryFilter filter);

    StorySummary? Story(string storyId);

    Brief? Brief(string storyId);

    ArticleRecord? Article(string articleId);

    /// <summary>Every outlet that has an article, for the filter.</summary>
    IReadOnlyList<string> Outlets { get; }

    /// <exception cref="SearchQueryException">The query cannot be read; the message says why.</exception>
    IReadOnlyList<SearchHit> Search(SearchQuery query);
}

/// <summary>Filters of the stories list; null means no filter.</summary>
public sealed record StoryFilter(string? Outlet = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly StoryFilter None = new();

    public bool Matches(StorySummary story) =>
        (Outlet is null || story.Outlets.Contains(Outlet, StringComparer.OrdinalIgnoreCase))
        && (From is null || story.LastPublished is null || story.LastPublished >= From)
        && (To is null || story.FirstPublished is null || story.FirstPublished <= To);
}

/// <summary>An annotated article with its id and its story.</summary>
public sealed record ArticleRecord(string Id, AnnotatedArticle Annotated, StorySummary? Story);
