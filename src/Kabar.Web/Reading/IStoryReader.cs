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

    StoryListing? Story(string storyId);

    Brief? Brief(string storyId);

    ArticleRecord? Article(string articleId);

    /// <summary>The id of the article a brief cites by its source; null when it is not stored.</summary>
    string? ArticleIdOf(string source);

    /// <summary>Every outlet that has an article, for the filter.</summary>
    IReadOnlyList<string> Outlets { get; }

    /// <exception cref="Kabar.Search.SearchQueryException">The query cannot be read; the message says why.</exception>
    IReadOnlyList<SearchHit> Search(string query, int limit);
}

/// <summary>Filters of the stories list; null means no filter.</summary>
public sealed record StoryFilter(string? Outlet = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly StoryFilter None = new();

    public bool Matches(StoryListing story) =>
        (Outlet is null || story.Outlets.Contains(Outlet, StringComparer.OrdinalIgnoreCase))
        && (From is null || story.LastDay is null || story.LastDay >= From)
        && (To is null || story.FirstDay is null || story.FirstDay <= To);
}

/// <summary>One line of the stories list.</summary>
public sealed record StoryListing(
    string Id,
    string Title,
    IReadOnlyList<string> Outlets,
    int ArticleCount,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    DateTimeOffset Updated,
    string? Summary);

/// <summary>An annotated article with its id and the story it belongs to.</summary>
public sealed record ArticleRecord(string Id, AnnotatedArticle Annotated, string? StoryId, string? StoryTitle);

/// <summary>A search result: the article, the best matching sentence (a span of its body), and its story.</summary>
public sealed record SearchHit(string ArticleId, string Title, string? Outlet, PageTime? Published, string Snippet, int SnippetStart, int SnippetEnd, string? StoryId, string? StoryTitle);
