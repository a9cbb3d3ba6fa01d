using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Storage;

public sealed record StoreCounts(int Pages, int Articles, int Failures, int Events, int Stories);

public sealed record StoredFeatures(long ArticleId, ArticleFeatures Features);

public sealed record StoredPage(long Id, RawDocument Document, string ContentHash, bool HasArticle);

public sealed record StoredFailure(long PageId, string Source, string Reason, DateTimeOffset IngestedAt);

/// <summary>An article as stored: the clean article, its ids and where clustering put it.</summary>
public sealed record StoredArticle(long Id, long PageId, Article Article, string? EventId, string? StoryId);

/// <summary>What a story list shows: title and one-line summary from its earliest article.</summary>
/// <param name="FirstPublished">The earliest publish day of its articles (null when none states one).</param>
public sealed record StorySummary(
    string Id,
    string Title,
    int ArticleCount,
    IReadOnlyList<string> Outlets,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    string Summary,
    DateTimeOffset Updated);

/// <summary>Everything the brief builder needs for one story.</summary>
/// <param name="Ids">The store id of each article, by source.</param>
public sealed record StoryContents(StoryCluster Story, IReadOnlyList<EventCluster> Events, IReadOnlyList<AnnotatedArticle> Articles, IReadOnlyDictionary<string, long> Ids);

/// <summary>The clustering as a store holds it.</summary>
public sealed record StoredClusters(
    IReadOnlyDictionary<string, string> StoryOfEvent,
    IReadOnlyDictionary<long, string> EventOfArticle,
    IReadOnlyList<string> Stories);

/// <summary>
/// The window of a store a restarted story engine replays (<see cref="IKabarStore.Window"/>): the features
/// in stored order, their clustering, and the last article stored (the window always ends there).
/// </summary>
public sealed record StoredWindow(IReadOnlyList<StoredFeatures> Features, StoredClusters Clusters, long LastArticleId);

/// <summary>A stored event with its story and its articles' features in stored order (what a late article may thaw: <see cref="IKabarStore.EventsAbout"/>).</summary>
public sealed record StoredEvent(string Id, string StoryId, IReadOnlyList<StoredFeatures> Articles);
