using Kabar.Briefs;
using Kabar.Model;

namespace Kabar.Web.Reading;

/// <summary>
/// What the web face reads: stories, their briefs, annotated articles and search. Articles are
/// addressed by an opaque id, never by a path from the request.
/// </summary>
public interface IStoryReader
{
    /// <summary>Stories matching <paramref name="filter"/>, newest activity first.</summary>
    IReadOnlyList<StoryListing> Stories(StoryFilter filter);

    Brief? Brief(string storyId);

    ArticleRecord? Article(string articleId);

    /// <summary>The id of the article a brief cites by its source; null when it is not stored.</summary>
    string? ArticleIdOf(string source);

    /// <summary>Every outlet that has an article, for the filter.</summary>
    IReadOnlyList<string> Outlets { get; }

    IReadOnlyList<SearchHit> Search(string query, int limit);
}

/// <summary>Filters of the stories list; null means no filter.</summary>
public sealed record StoryFilter(string? Outlet = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly StoryFilter None = new();
}

/// <summary>One line of the stories list.</summary>
public sealed record StoryListing(
    string Id,
    string Title,
    IReadOnlyList<string> Outlets,
    int ArticleCount,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    PageTime? LatestActivity,
    string? Summary);

/// <summary>An annotated article with its id and the story it belongs to.</summary>
public sealed record ArticleRecord(string Id, AnnotatedArticle Annotated, string? StoryId, string? StoryTitle);

/// <summary>A search result: the article, a passage around the match, and its story.</summary>
public sealed record SearchHit(string ArticleId, string Title, string? Outlet, PageTime? Published, string Snippet, string? StoryId, string? StoryTitle);
