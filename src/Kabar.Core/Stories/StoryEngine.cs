using Kabar.Stories.Engine;

namespace Kabar.Stories;

/// <summary>
/// Streaming event and story clustering, one article at a time, in arrival order. Each article
/// looks up candidate events in the <see cref="CandidateIndex"/>, scores them by
/// <see cref="Similarity.Event"/> (the learnt <see cref="EventLink"/>, under an IDF learnt as
/// articles arrive in <see cref="DocumentFrequencies"/>), and joins the best one whose probability
/// reaches <see cref="ClusteringSettings.EventThreshold"/> or opens an event. An event that grows is
/// compared with its other candidates and merged when they have become the same. A new event
/// joins the story of the candidate whose thread it shares (<see cref="Similarity.Story"/>), or
/// opens one. Events and stories live in the <see cref="ClusterForest"/>.
/// The engine is bounded by its window, not by the archive: an event that has had no article for
/// <see cref="ClusteringSettings.FreezeAfterArticles"/> articles and whose last one was published
/// more than <see cref="ClusteringSettings.FreezeAfterDays"/> before the newest seen is frozen
/// (<see cref="FreezeQueue"/>): it leaves memory, its id stays. A late article (one whose event days
/// fall so far behind the newest article that an event of theirs may have frozen) asks
/// <see cref="FrozenLookup"/> (a store: <see cref="Ingestion.StoredFrozenEvents"/>), once anything froze,
/// for a bounded number of events of its days that share its keys; those the engine holds (live, or
/// frozen or merged away since the store was told) are passed over, the others get centroids rebuilt
/// from their stored articles and are scored by the same link, and the best is thawed when it beats
/// the live candidates and passes the bar (<see cref="ClusterForest.ThawEvent"/>): it keeps its stored
/// id and story, a merge keeps its id, and it freezes again, late articles and all, when it goes quiet.
/// Without a look-up a late article opens an event of its own or joins a live one.
/// </summary>
public sealed class StoryEngine
{
    private readonly ClusteringSettings _settings;
    private readonly DocumentFrequencies _frequencies = new();
    private readonly CandidateIndex _index;
    private readonly Similarity _similarity;
    private readonly ClusterForest _forest;
    private readonly FreezeQueue _freeze;
    private List<EventCluster> _frozenEvents = [];
    private List<string> _frozenStories = [];
    /// <summary>The ids of <see cref="_frozenEvents"/>: a store does not have their last articles yet.</summary>
    private HashSet<string> _frozenUntold = new(StringComparer.Ordinal);
    private int _frozenTotal, _frozenSinceSweep;
    /// <summary>Articles placed (and the arrivals <see cref="AdvanceArrivals"/> counted), and the newest publish day seen.</summary>
    private long _arrived;
    private int? _newestDay;

    public StoryEngine(ClusteringSettings? settings = null)
    {
        _settings = settings ?? new ClusteringSettings();
        _index = new CandidateIndex(_settings, _frequencies);
        _similarity = new Similarity(_settings, _frequencies);
        _forest = new ClusterForest(_settings.MaxCentroidTerms);
        _freeze = new FreezeQueue(_settings);
    }

    /// <summary>Where late articles look for frozen events (null: they do not).</summary>
    public IFrozenEvents? FrozenLookup { get; set; }

    /// <summary>Late articles that asked the look-up, the frozen events it returned (those this engine holds left out), and those thawed back.</summary>
    public long LateLookups { get; private set; }
    public long FrozenLookedUp { get; private set; }
    public long Thawed { get; private set; }

    /// <summary>What the engine holds in memory (it follows the window, not the archive).</summary>
    public StoryEngineSize Size => new(_forest.LiveCount, _forest.LiveStoryCount, _index.Entries, _index.Keys, _frozenTotal);

    /// <summary>
    /// Starts the document frequencies from <paramref name="counts"/>: articles placed before this engine
    /// was made and not replayed into it (a restart that replays only the window). Call before any article.
    /// </summary>
    public void Seed(FrequencyCounts counts) => _frequencies.Seed(counts);

    /// <summary>
    /// Counts <paramref name="placed"/> articles as arrived, when more than this engine placed (the store's
    /// article ids: a replay of the window skips the rest), so events freeze after as many articles as they
    /// would have in one engine. Never moves back.
    /// </summary>
    public void AdvanceArrivals(long placed) => _arrived = Math.Max(_arrived, placed);

    /// <summary>The events and stories that froze since the last call, and forgets them.</summary>
    public FrozenClusters TakeFrozen()
    {
        var frozen = new FrozenClusters(_frozenEvents, _frozenStories);
        _frozenEvents = [];
        _frozenUntold = new(StringComparer.Ordinal);
        _frozenStories = [];
        return frozen;
    }

    public static ArticleFeatures Features(Model.AnnotatedArticle article) => ArticleFeaturizer.Features(article);

    /// <summary>Live events (not frozen), oldest first.</summary>
    public IReadOnlyList<EventCluster> Events => _forest.LiveEvents().Select(Cluster).ToList();

    /// <summary>
    /// What changed since the last call (or since <see cref="ForgetChanges"/>), and forgets it: the
    /// live events that were opened, grew, absorbed another or moved story, oldest first as in
    /// <see cref="Events"/>, and the ids of the events and stories merged away. Its cost follows the
    /// change, not the number of events held.
    /// </summary>
    public ClusterChanges TakeChanges()
    {
        var (events, goneEvents, goneStories) = _forest.TakeChanges();
        return new ClusterChanges(ClusterForest.Oldest(events).Select(Cluster).ToList(), goneEvents, goneStories);
    }

    /// <summary>Forgets what changed (the caller has just read every event).</summary>
    public void ForgetChanges() => _forest.ForgetChanges();

    private EventCluster Cluster(EventNode e) =>
        new(ClusterForest.EventId(e), ClusterForest.StoryId(_forest.StoryOf(e)), e.Sources.Order(StringComparer.Ordinal).ToList());

    public IReadOnlyList<StoryCluster> Stories => _forest.LiveEvents()
        .GroupBy(_forest.StoryOf)
        .Select(g => new StoryCluster(ClusterForest.StoryId(g.Key), g.Select(ClusterForest.EventId).ToList()))
        .ToList();

    /// <summary>
    /// Adds a set that has no order of its own, one article at a time in <see cref="ArrivalOrder.OfUnorderedSet"/>,
    /// exactly as <see cref="Add"/> places a stream: there is no second way to place a batch.
    /// </summary>
    public void AddRange(IEnumerable<ArticleFeatures> set)
    {
        foreach (var f in ArrivalOrder.OfUnorderedSet(set)) Add(f);
    }

    /// <summary>Places one article: the next in arrival order.</summary>
    public ClusterAssignment Add(ArticleFeatures features)
    {
        _frequencies.Learn(features);
        Arrive(features);
        var article = new Centroid();
        article.Add(features, int.MaxValue);

        var scored = _index.Find(features, _forest.RootEvent, i => _forest.Node(i).Frozen).Select(_forest.Event)
            .Select(e => (Event: e, Score: _similarity.Event(article, e.Centroid)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Event.Key, StringComparer.Ordinal)
            .ToList();

        var thawed = Thaw(features, article, scored.Count == 0 ? 0 : scored[0].Score);
        var newEvent = thawed is null && (scored.Count == 0 || scored[0].Score < _settings.EventThreshold);
        var newStory = false;
        var target = thawed ?? (newEvent ? _forest.OpenEvent(BestStory(article, scored.Select(c => c.Event)), out newStory) : scored[0].Event);

        target.Add(features, _settings.MaxCentroidTerms);
        _forest.Grew(target);
        var home = _forest.StoryOf(target);
        home.Centroid.Add(features, _settings.MaxCentroidTerms);
        if (!newEvent) MergeLookAlikes(target, (thawed is null ? scored.Skip(1) : scored).Select(c => c.Event));
        _index.Post(features, target.Index);

        var root = _forest.Event(target.Index);
        FreezeDue(root);
        return new ClusterAssignment(features.Source, ClusterForest.EventId(root), ClusterForest.StoryId(_forest.StoryOf(root)), newEvent, newStory);
    }

    /// <summary>
    /// For a late article, the frozen event it belongs to, thawed: the look-up's candidates that this engine
    /// does not hold get centroids rebuilt from their stored articles and are scored by the event link; the
    /// best is brought back when it passes the bar and beats <paramref name="bestLive"/>. Null when the
    /// article is not late, nothing was found or nothing passed.
    /// </summary>
    private EventNode? Thaw(ArticleFeatures features, Centroid article, double bestLive)
    {
        if (FrozenLookup is not { } lookup || _frozenTotal == 0 && !lookup.HeldFrozenAtStart || LateSpan(features) is not { } span) return null;
        var found = lookup.Find(new FrozenQuery(_index.StemAndEntityKeys(features), span.From, span.To));
        LateLookups++;
        FrozenEvent? best = null;
        var bestScore = Math.Max(bestLive, _settings.EventThreshold);
        foreach (var candidate in found.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            // The store lists what it was last told: an event held here (live, or frozen or merged away since) is no frozen one.
            if (_forest.Holds(candidate.Id, _frozenUntold)) continue;
            FrozenLookedUp++;
            var centroid = new Centroid();
            foreach (var f in candidate.Articles) centroid.Add(f, _settings.MaxCentroidTerms);
            var score = _similarity.Event(article, centroid);
            if (score > bestScore || best is null && score >= bestScore) (best, bestScore) = (candidate, score);
        }
        if (best is null) return null;
        var e = _forest.ThawEvent(best.Id, best.StoryId, best.Articles);
        foreach (var f in best.Articles) _index.Post(f, e.Index);
        Thawed++;
        return e;
    }

    /// <summary>
    /// The days a late article's happening may lie in (its event days, or its publish day, widened by the event
    /// day window), when one of them falls so far behind the newest article that an event of that day may have frozen.
    /// A day named without its year (an undated page, <see cref="YearlessDays"/>) says nothing of lateness.
    /// </summary>
    private (DateOnly From, DateOnly To)? LateSpan(ArticleFeatures f)
    {
        IReadOnlyList<DateOnly> days = f.EventDays?.Where(d => !YearlessDays.IsYearless(d)).ToList() is { Count: > 0 } named ? named : f.Published is { } p ? [p] : [];
        if (days.Count == 0 || _newestDay is not { } newest) return null;
        var first = days.Min();
        if (newest - first.DayNumber <= _settings.FreezeAfterDays - _settings.EventDayWindow) return null;
        return (first.AddDays(-_settings.EventDayWindow), days.Max().AddDays(_settings.EventDayWindow));
    }

    private void Arrive(ArticleFeatures features)
    {
        _arrived++;
        if (features.Published is { } day && !(_newestDay >= day.DayNumber)) _newestDay = day.DayNumber;
    }

    /// <summary>Notes that <paramref name="grown"/> just got an article, then freezes the events that are due.</summary>
    private void FreezeDue(EventNode grown)
    {
        grown.LastArrival = _arrived;
        _freeze.Touched(grown);
        foreach (var e in _freeze.Due(_arrived, _newestDay, _forest.Node))
        {
            _frozenEvents.Add(Cluster(e));
            _frozenUntold.Add(ClusterForest.EventId(e));
            if (_forest.Freeze(e) is { } story) _frozenStories.Add(ClusterForest.StoryId(story));
            _frozenTotal++;
            _frozenSinceSweep++;
        }
        // Sweeping reads every index entry: done once the events frozen since the last sweep are half as many
        // as those live, so its cost per frozen event stays constant however large the window.
        if (_frozenSinceSweep >= Math.Max(MinSweep, _forest.LiveCount / 2))
        {
            _index.Sweep(i => _forest.Event(i).Frozen);
            _frozenSinceSweep = 0;
        }
    }

    private const int MinSweep = 64;

    /// <summary>
    /// An event that grew may have become the same as one of its next candidates (an early article
    /// opened an event of its own before the IDF knew which words are common): merge them.
    /// </summary>
    private void MergeLookAlikes(EventNode grown, IEnumerable<EventNode> others)
    {
        foreach (var other in others.Take(4).ToList())
        {
            var a = _forest.Event(grown.Index);
            var b = _forest.Event(other.Index);
            if (a == b || _similarity.Event(a.Centroid, b.Centroid) < _settings.MergeThreshold) continue;
            _forest.Merge(a, b);
        }
    }

    /// <summary>The story of a candidate event whose thread the new event shares best, if any is close enough.</summary>
    private StoryNode? BestStory(Centroid article, IEnumerable<EventNode> candidates) => candidates
        .Select(_forest.StoryOf).Distinct()
        .Select(s => (Story: s, Score: _similarity.Story(article, s.Centroid)))
        .Where(s => s.Score >= _settings.StoryThreshold)
        .OrderByDescending(s => s.Score).ThenBy(s => s.Story.Index)
        .Select(s => s.Story).FirstOrDefault();
}
