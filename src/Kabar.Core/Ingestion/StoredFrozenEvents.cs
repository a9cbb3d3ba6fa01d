using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// The frozen events of a store, as a late article looks them up (<see cref="IFrozenEvents"/>): the events with an
/// article of the query's days that names one of its heaviest keys (<see cref="IKabarStore.EventsAbout"/>), with
/// their articles' features keyed by store id as <see cref="StoredClustering"/> gives them to the engine. The
/// store answers with every event it holds there: those the clustering holds (<paramref name="held"/>, the window's)
/// are passed over here, and the engine passes over those it made, froze or merged since the last flush.
/// </summary>
public sealed class StoredFrozenEvents(IKabarStore store, Func<string, bool> held, bool heldFrozenAtStart) : IFrozenEvents
{
    public bool HeldFrozenAtStart => heldFrozenAtStart;

    /// <summary>
    /// The heaviest stems and entities matched: each is one LIKE over the features of the span's articles, and a
    /// report of the same event shares its leading stems and its people, so the tail adds cost and hardly any event.
    /// </summary>
    public const int Keys = 8;

    /// <summary>
    /// Events returned, those with most matching articles first: the engine scores at most
    /// <see cref="ClusteringSettings.MaxCandidates"/> live candidates, and a frozen event a late article belongs to shares
    /// more of its keys than the other events of its days.
    /// </summary>
    public const int Events = 8;

    /// <summary>
    /// Articles read in all (a centroid is rebuilt from each), whatever the archive. Reading them is the cost of a look-up:
    /// on a generated crawl of 300 articles a day, 16 events and 1,000 articles took about 34 ms of CPU per late article.
    /// </summary>
    public const int Articles = 400;

    public IReadOnlyList<FrozenEvent> Find(FrozenQuery query) => store
        .EventsAbout(query.From, query.To, query.Keys.Take(Keys).Select(k => k[(k.IndexOf(':') + 1)..]).ToList(), Events, Articles)
        .Where(e => !held(e.Id))
        .Select(e => new FrozenEvent(e.Id, e.StoryId, e.Articles.Select(a => StoredClustering.Keyed(a.ArticleId, a.Features)).ToList()))
        .ToList();
}
