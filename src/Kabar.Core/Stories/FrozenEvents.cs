namespace Kabar.Stories;

/// <summary>
/// Where a <see cref="StoryEngine"/> looks for frozen events when a late article arrives (one whose
/// event days fall before the live window): a bounded look-up that returns a few candidate events
/// with their articles' features, so the engine can rebuild their centroids and place the article by
/// the same learnt link it uses for live events.
/// </summary>
public interface IFrozenEvents
{
    /// <summary>At most a bounded number of frozen events that hold one of <see cref="FrozenQuery.Keys"/> on a day in the query's span.</summary>
    IReadOnlyList<FrozenEvent> Find(FrozenQuery query);

    /// <summary>
    /// Whether it may hold events frozen before the engine started (a restart that replayed only the window). When
    /// false the engine asks only once it froze an event itself: before, a late article could find nothing, and a
    /// stream out of publish order (an archive fed by outlet) would pay a look-up for each of them.
    /// </summary>
    bool HeldFrozenAtStart { get; }
}

/// <summary>An article's leading keys (heaviest first: "t:" + stem, "e:" + entity) and the span of days its happening may lie in.</summary>
public sealed record FrozenQuery(IReadOnlyList<string> Keys, DateOnly From, DateOnly To);

/// <summary>A frozen event as stored: its id, its story's id and its articles' features (sources are the engine's).</summary>
public sealed record FrozenEvent(string Id, string StoryId, IReadOnlyList<ArticleFeatures> Articles);
