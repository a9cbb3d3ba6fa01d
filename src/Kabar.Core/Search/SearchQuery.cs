using Kabar.Model;
using Kabar.Storage;

namespace Kabar.Search;

/// <summary>
/// A search over stored articles. <see cref="Text"/> uses Lucene's query syntax (words, "phrases",
/// OR, -excluded); every word must match by default, after Indonesian stemming.
/// </summary>
public sealed record SearchQuery(string Text, string? Outlet = null, DateOnly? From = null, DateOnly? To = null, int Limit = 20);

/// <summary>One article found, with the sentence that matched best (its span in the body) and its story.</summary>
public sealed record SearchHit(
    long ArticleId,
    string Source,
    string Title,
    string? Outlet,
    PageTime? Published,
    float Score,
    string Snippet,
    TextSpan SnippetSpan,
    StorySummary? Story);

/// <summary>The query text cannot be parsed; the message says where.</summary>
public sealed class SearchQueryException(string message, Exception inner) : Exception(message, inner);
