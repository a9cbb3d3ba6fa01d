namespace Kabar.Stories;

/// <summary>
/// What clustering keeps of one article: small enough to store and to replay into a fresh
/// clusterer without annotating again.
/// </summary>
/// <param name="Terms">Stem to weight (1 + log tf; names count more, see <see cref="ArticleFeaturizer"/>).</param>
/// <param name="Entities">Canonical entity names, one per entity.</param>
/// <param name="Dates">Days the article's time expressions resolve to; a day named without a year on an undated page is in <see cref="YearlessDays.Year"/>.</param>
/// <param name="Key">A hash of the article's content: stable ids and a tie-break that does not depend on input order.</param>
/// <param name="EventDays">The days its happening took place on, as far as the article says: the days named in its lead,
/// else its publish day; empty when it says neither (null in features stored before this field existed). A day named
/// without a year on an undated page is in <see cref="YearlessDays.Year"/>.</param>
/// <param name="Places">Where its happening took place: the places its dateline and lead name, upper-cased (null in features stored before).</param>
public sealed record ArticleFeatures(
    string Source,
    DateOnly? Published,
    IReadOnlyDictionary<string, float> Terms,
    IReadOnlyList<string> Entities,
    IReadOnlyList<DateOnly> Dates,
    string Key = "",
    IReadOnlyList<DateOnly>? EventDays = null,
    IReadOnlyList<string>? Places = null);

/// <summary>Where one article went: its event and story, and whether either was new.</summary>
public sealed record ClusterAssignment(string Source, string EventId, string StoryId, bool NewEvent, bool NewStory);

/// <summary>One happening and the articles (sources) that report it.</summary>
public sealed record EventCluster(string Id, string StoryId, IReadOnlyList<string> Sources);

/// <summary>A thread of related events.</summary>
public sealed record StoryCluster(string Id, IReadOnlyList<string> EventIds);

/// <summary>
/// What a <see cref="StoryEngine"/> changed since it was last asked: live events that were opened,
/// grew, absorbed another or moved story (oldest first), and the ids of events and stories merged away.
/// </summary>
public sealed record ClusterChanges(IReadOnlyList<EventCluster> Events, IReadOnlyList<string> GoneEvents, IReadOnlyList<StoryMerge> GoneStories);

/// <summary>A story merged into another: every event that carried <paramref name="Gone"/> (frozen ones too) now carries <paramref name="Into"/>.</summary>
public sealed record StoryMerge(string Gone, string Into);

/// <summary>
/// What froze since a <see cref="StoryEngine"/> was last asked: the events that left memory, each as
/// it was when it froze (it never changes again), and the stories whose events have all frozen.
/// </summary>
public sealed record FrozenClusters(IReadOnlyList<EventCluster> Events, IReadOnlyList<string> Stories);

/// <summary>What a <see cref="StoryEngine"/> holds in memory: live events and stories, index entries and keys, and the events frozen so far.</summary>
public sealed record StoryEngineSize(int Events, int Stories, long Postings, int Keys, int FrozenEvents);
