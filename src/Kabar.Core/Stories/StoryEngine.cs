namespace Kabar.Stories;

/// <summary>
/// Streaming event and story clustering. Each article added looks up candidate events through an
/// inverted index (its heaviest stems, its entities, the days it names), scores them by TF-IDF
/// cosine of stems and entities (IDF learnt as articles arrive) with a publish-date decay, and
/// joins the best one above <see cref="ClusteringSettings.EventThreshold"/> or opens an event.
/// An event that grows is compared with its other candidates and merged when they have become
/// the same, which keeps the outcome close to order-independent. A new event joins the story of
/// the candidate whose thread (entities, stems, a wider date window) it shares, or opens one.
/// Nothing scans all events: posting lists are read from their most recent end and capped.
/// </summary>
public sealed class StoryEngine
{
    private readonly ClusteringSettings _settings;
    private readonly Dictionary<string, int> _termDf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entityDf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<EventState> _events = [];
    private readonly List<StoryState> _stories = [];
    /// <summary>Source to the event it was placed in (follow merges with FindEvent).</summary>
    private readonly Dictionary<string, int> _placed = new(StringComparer.Ordinal);
    private long _articles;

    public StoryEngine(ClusteringSettings? settings = null) => _settings = settings ?? new ClusteringSettings();

    public static ArticleFeatures Features(Model.AnnotatedArticle article) => ArticleFeaturizer.Features(article);

    /// <summary>Live events, oldest first.</summary>
    public IReadOnlyList<EventCluster> Events => LiveEvents()
        .Select(e => new EventCluster(EventId(e), StoryId(FindStory(e.Story)), e.Sources.Order(StringComparer.Ordinal).ToList()))
        .ToList();

    public IReadOnlyList<StoryCluster> Stories => LiveEvents()
        .GroupBy(e => FindStory(e.Story))
        .Select(g => new StoryCluster(StoryId(g.Key), g.Select(EventId).ToList()))
        .ToList();

    /// <summary>
    /// Adds a batch in publish order (ties by content), the order news arrives in, so a batch gives
    /// the same result however it was listed; then <see cref="Consolidate"/>s.
    /// </summary>
    public void AddRange(IEnumerable<ArticleFeatures> batch)
    {
        var ordered = ArrivalOrder.OfUnorderedSet(batch).ToList();
        var fresh = _events.Count == 0;
        // The whole batch's document frequencies are learnt first, so its first articles are
        // placed with the same IDF as its last.
        foreach (var f in ordered) Learn(f);
        foreach (var f in ordered) Place(f);
        Consolidate();
        if (!fresh) return;
        for (var round = 0; round < RefineRounds && Refine(ordered); round++) { }
    }

    /// <summary>
    /// One k-means step over a batch clustered from scratch: every article moves to the event whose
    /// final centroid suits it best (an early article joined an event before it had taken shape),
    /// then events and stories are rebuilt from those groups and consolidated again.
    /// </summary>
    private const int RefineRounds = 3;

    /// <returns>Whether any article moved.</returns>
    private bool Refine(IReadOnlyList<ArticleFeatures> ordered)
    {
        var target = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var article = new Centroid();
            article.Add(ordered[i], int.MaxValue);
            var own = _events[FindEvent(_placed[ordered[i].Source])];
            // The article is compared with its own event as it would be without it.
            var ownScore = own.Centroid.Articles <= 1 ? 0 : Score(article, own.Centroid.Without(ordered[i]), _settings.EventWindowDays, _settings.EventDecayDays);
            var best = Candidates(ordered[i]).Where(e => e != own)
                .Select(e => (Event: e, Score: Score(article, e.Centroid, _settings.EventWindowDays, _settings.EventDecayDays)))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Event.Index).FirstOrDefault();
            target[i] = best.Event is not null && best.Score > ownScore && best.Score >= _settings.EventThreshold ? best.Event.Index : own.Index;
        }
        if (Enumerable.Range(0, ordered.Count).All(i => target[i] == FindEvent(_placed[ordered[i].Source]))) return false;
        _events.Clear();
        _stories.Clear();
        _postings.Clear();
        _placed.Clear();
        foreach (var group in Enumerable.Range(0, ordered.Count).GroupBy(i => target[i]).OrderBy(g => g.First()))
        {
            var e = new EventState(_events.Count);
            _events.Add(e);
            foreach (var i in group)
            {
                e.Add(ordered[i], _settings.MaxCentroidTerms);
                _placed[ordered[i].Source] = e.Index;
            }
            var candidates = Candidates(CentroidKeys(e.Centroid)).ToList();
            var story = BestStory(e.Centroid, candidates);
            if (story is null)
            {
                story = new StoryState(_stories.Count);
                _stories.Add(story);
            }
            e.Story = story.Index;
            story.Centroid.Absorb(e.Centroid, _settings.MaxCentroidTerms);
            story.Name(e.Key);
            foreach (var i in group) Post(ordered[i], e.Index);
        }
        Consolidate();
        return true;
    }

    /// <summary>
    /// Merges events that have grown alike: each live event looks up its candidates through the
    /// index by its centroid's heaviest stems and entities, and joins one whose centroid scores at
    /// least <see cref="ClusteringSettings.MergeThreshold"/>. An article that came early, before
    /// the IDF knew which words are common, may have opened an event of its own; this heals that.
    /// Cost is linear in events (candidates are capped), so it can run after every batch.
    /// </summary>
    public int Consolidate()
    {
        var merges = 0;
        for (var round = 0; round < 3; round++)
        {
            var before = merges;
            foreach (var e in _events.Where(e => e.Parent == e.Index).ToList())
            {
                if (e.Parent != e.Index) continue;
                var best = Candidates(CentroidKeys(e.Centroid))
                    .Where(c => c.Index != e.Index)
                    .Select(c => (Event: c, Score: Score(e.Centroid, c.Centroid, _settings.EventWindowDays, _settings.EventDecayDays)))
                    .Where(c => c.Score >= _settings.MergeThreshold)
                    .OrderByDescending(c => c.Score).ThenBy(c => c.Event.Key, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (best.Event is null) continue;
                Merge(e, best.Event);
                merges++;
            }
            if (merges == before) break;
        }
        return merges;
    }

    public ClusterAssignment Add(ArticleFeatures features)
    {
        Learn(features);
        return Place(features);
    }

    private ClusterAssignment Place(ArticleFeatures features)
    {
        var article = new Centroid();
        article.Add(features, int.MaxValue);

        var scored = Candidates(features)
            .Select(e => (Event: e, Score: Score(article, e.Centroid, _settings.EventWindowDays, _settings.EventDecayDays)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Event.Key, StringComparer.Ordinal)
            .ToList();

        EventState target;
        var newEvent = scored.Count == 0 || scored[0].Score < _settings.EventThreshold;
        var newStory = false;
        if (newEvent)
        {
            target = new EventState(_events.Count);
            _events.Add(target);
            var story = BestStory(article, scored.Select(c => c.Event));
            if (story is null)
            {
                story = new StoryState(_stories.Count);
                _stories.Add(story);
                newStory = true;
            }
            target.Story = story.Index;
        }
        else target = scored[0].Event;

        target.Add(features, _settings.MaxCentroidTerms);
        var home = _stories[FindStory(target.Story)];
        home.Centroid.Add(features, _settings.MaxCentroidTerms);
        home.Name(target.Key);
        if (!newEvent) MergeLookAlikes(target, scored.Skip(1).Select(c => c.Event));
        Post(features, target.Index);
        _placed[features.Source] = target.Index;

        var root = FindEvent(target.Index);
        return new ClusterAssignment(features.Source, EventId(_events[root]), StoryId(FindStory(_events[root].Story)), newEvent, newStory);
    }

    private void Learn(ArticleFeatures f)
    {
        _articles++;
        foreach (var t in f.Terms.Keys) _termDf[t] = _termDf.GetValueOrDefault(t) + 1;
        foreach (var e in f.Entities) _entityDf[e] = _entityDf.GetValueOrDefault(e) + 1;
    }

    private double TermIdf(string t) => Math.Log((_articles + 1.0) / (_termDf.GetValueOrDefault(t) + 1.0)) + 1.0;
    private double EntityIdf(string e) => Math.Log((_articles + 1.0) / (_entityDf.GetValueOrDefault(e) + 1.0)) + 1.0;

    /// <summary>The keys an article is found by: its heaviest stems under the current IDF, its entities, the days it names.</summary>
    private IEnumerable<(string Key, double Weight)> IndexKeys(ArticleFeatures f, int terms) =>
        f.Terms.Select(kv => (Key: "t:" + kv.Key, Weight: kv.Value * TermIdf(kv.Key)))
            .OrderByDescending(k => k.Weight).ThenBy(k => k.Key, StringComparer.Ordinal).Take(terms)
            .Concat(f.Entities.Select(e => (Key: "e:" + e, Weight: EntityIdf(e))))
            .Concat(f.Dates.Select(d => (Key: "d:" + d.ToString("yyyy-MM-dd"), Weight: 1.0)));

    private IEnumerable<(string Key, double Weight)> CentroidKeys(Centroid c) =>
        c.Terms.Select(kv => (Key: "t:" + kv.Key, Weight: kv.Value / c.Articles * TermIdf(kv.Key)))
            .OrderByDescending(k => k.Weight).ThenBy(k => k.Key, StringComparer.Ordinal).Take(_settings.QueryTerms)
            .Concat(c.Entities.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(_settings.QueryTerms)
                .Select(kv => (Key: "e:" + kv.Key, Weight: EntityIdf(kv.Key))));

    private IEnumerable<EventState> Candidates(ArticleFeatures f) => Candidates(IndexKeys(f, _settings.QueryTerms));

    private IEnumerable<EventState> Candidates(IEnumerable<(string Key, double Weight)> keys)
    {
        var hits = new Dictionary<int, double>();
        foreach (var (key, weight) in keys)
        {
            if (!_postings.TryGetValue(key, out var list)) continue;
            var seen = 0;
            for (var i = list.Count - 1; i >= 0 && seen < _settings.PostingCap; i--, seen++)
            {
                var root = FindEvent(list[i]);
                hits[root] = hits.GetValueOrDefault(root) + weight;
            }
        }
        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(_settings.MaxCandidates).Select(h => _events[h.Key]);
    }

    private void Post(ArticleFeatures f, int eventIndex)
    {
        foreach (var (key, _) in IndexKeys(f, _settings.QueryTerms * 2))
        {
            if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
            if (list.Count == 0 || list[^1] != eventIndex) list.Add(eventIndex);
        }
    }

    /// <summary>
    /// Similarity of two groups: cosine of IDF-weighted stems, blended with cosine of entities when
    /// both have some, plus a bonus for naming the same day, times a decay for publish dates far apart;
    /// for events (<paramref name="happening"/>), times a penalty when their leads say the happening
    /// took place on days or in places apart.
    /// </summary>
    private double Score(Centroid a, Centroid b, double windowDays, double decayDays, bool happening = true)
    {
        var terms = Cosine(a, b, a.Terms, b.Terms, TermIdf, entities: false);
        var score = terms;
        if (a.Entities.Count > 0 && b.Entities.Count > 0)
            score = (1 - _settings.EntityWeight) * terms + _settings.EntityWeight * Cosine(a, b, a.Entities, b.Entities, EntityIdf, entities: true);
        if (a.Dates.Count > 0 && b.Dates.Count > 0)
        {
            if (a.Dates.Overlaps(b.Dates)) score += happening ? _settings.SharedDateBonus : _settings.StorySharedDateBonus;
            // Look-alike events (another fire, another coach sacked) are told apart by when they happen.
            else if (Nearest(a.Dates, b.Dates) > _settings.DateConflictDays) score *= _settings.DateConflictFactor;
        }
        // One happening takes place on one day: groups whose articles say their happening took place
        // days apart are different events, however alike the words (a follow-up flood in the same
        // city, the same kind of arrest next month). Not for stories, which gather such events.
        if (happening && a.EventDays.Count > 0 && b.EventDays.Count > 0 && Nearest(a.MainEventDays(), b.MainEventDays()) > _settings.EventDayWindow)
            score *= _settings.EventDayConflictFactor;
        // Nor in two places: the same kind of happening elsewhere is another one.
        if (a.Places.Count > 0 && b.Places.Count > 0 && a.MainPlaces() is { Count: > 0 } placesA && b.MainPlaces() is { Count: > 0 } placesB
            && !placesA.Intersect(placesB, StringComparer.Ordinal).Any())
            score *= happening ? _settings.PlaceConflictFactor : _settings.StoryPlaceConflictFactor;
        return score * (happening ? Decay(a, b, windowDays, decayDays) : StoryDecay(a, b, windowDays, decayDays));
    }

    /// <summary>
    /// A story is near a new event when one of its articles was published near the event's: measured
    /// to its nearest article, not to the span from its first to its last, or a story that once
    /// chained two years would stay open to everything in between.
    /// </summary>
    private static double StoryDecay(Centroid a, Centroid b, double windowDays, double decayDays)
    {
        if (a.PublishedDays.Count == 0 || b.PublishedDays.Count == 0) return 1;
        var (small, large) = a.PublishedDays.Count <= b.PublishedDays.Count ? (a, b) : (b, a);
        var gap = int.MaxValue;
        foreach (var day in small.PublishedDays) gap = Math.Min(gap, large.DaysToNearestPublished(day) ?? 0);
        return gap <= windowDays ? 1 : Math.Exp(-(gap - windowDays) / decayDays);
    }

    private static int Nearest(IEnumerable<DateOnly> a, IEnumerable<DateOnly> b)
    {
        var best = int.MaxValue;
        foreach (var x in a)
            foreach (var y in b)
                best = Math.Min(best, Math.Abs(x.DayNumber - y.DayNumber));
        return best;
    }

    private static double Decay(Centroid a, Centroid b, double windowDays, double decayDays)
    {
        if (a.FirstPublished is not { } a0 || a.LastPublished is not { } a1 || b.FirstPublished is not { } b0 || b.LastPublished is not { } b1) return 1;
        var gap = Math.Max(0, Math.Max(a0.DayNumber - b1.DayNumber, b0.DayNumber - a1.DayNumber));
        return gap <= windowDays ? 1 : Math.Exp(-(gap - windowDays) / decayDays);
    }

    private double Cosine(Centroid a, Centroid b, Dictionary<string, float> x, Dictionary<string, float> y, Func<string, double> idf, bool entities)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        double dot = 0;
        foreach (var (k, w) in small)
            if (large.TryGetValue(k, out var v)) { var i = idf(k); dot += w * i * v * i; }
        if (dot == 0) return 0;
        return dot / (Norm(a, entities) * Norm(b, entities));
    }

    private double Norm(Centroid c, bool entities)
    {
        // IDF drifts slowly; a norm is reused until its group changes or the corpus grows by a tenth.
        if (c.NormStamp < 0 || c.TermNorm < 0 || _articles > c.NormStamp * 11 / 10 + 1)
        {
            c.TermNorm = Math.Sqrt(c.Terms.Sum(kv => Square(kv.Value * TermIdf(kv.Key))));
            c.EntityNorm = Math.Sqrt(c.Entities.Sum(kv => Square(kv.Value * EntityIdf(kv.Key))));
            c.NormStamp = _articles;
        }
        return Math.Max(1e-9, entities ? c.EntityNorm : c.TermNorm);
    }

    private static double Square(double v) => v * v;

    private void MergeLookAlikes(EventState grown, IEnumerable<EventState> others)
    {
        foreach (var other in others.Take(4).ToList())
        {
            var a = _events[FindEvent(grown.Index)];
            var b = _events[FindEvent(other.Index)];
            if (a == b || Score(a.Centroid, b.Centroid, _settings.EventWindowDays, _settings.EventDecayDays) < _settings.MergeThreshold) continue;
            Merge(a, b);
        }
    }

    /// <summary>One event absorbs the other; the older one survives, so an id once given lives on.</summary>
    private void Merge(EventState a, EventState b)
    {
        var (keep, gone) = a.Index <= b.Index ? (a, b) : (b, a);
        keep.Absorb(gone, _settings.MaxCentroidTerms);
        gone.Parent = keep.Index;
        UniteStories(keep.Story, gone.Story);
    }

    private StoryState? BestStory(Centroid article, IEnumerable<EventState> candidates) => candidates
        .Select(e => _stories[FindStory(e.Story)]).Distinct()
        .Select(s => (Story: s, Score: Score(article, s.Centroid, _settings.StoryWindowDays, _settings.StoryDecayDays, happening: false)))
        .Where(s => s.Score >= _settings.StoryThreshold)
        .OrderByDescending(s => s.Score).ThenBy(s => s.Story.Index)
        .Select(s => s.Story).FirstOrDefault();

    private void UniteStories(int a, int b)
    {
        var ra = FindStory(a);
        var rb = FindStory(b);
        if (ra == rb) return;
        var (keep, gone) = ra < rb ? (ra, rb) : (rb, ra);
        _stories[keep].Centroid.Absorb(_stories[gone].Centroid, _settings.MaxCentroidTerms);
        _stories[gone].Parent = keep;
    }

    private int FindEvent(int i)
    {
        while (_events[i].Parent != i) i = _events[i].Parent = _events[_events[i].Parent].Parent;
        return i;
    }

    private int FindStory(int i)
    {
        while (_stories[i].Parent != i) i = _stories[i].Parent = _stories[_stories[i].Parent].Parent;
        return i;
    }

    private IEnumerable<EventState> LiveEvents() => _events.Where(e => e.Parent == e.Index)
        .OrderBy(e => e.Centroid.FirstPublished ?? DateOnly.MaxValue).ThenBy(e => e.Key, StringComparer.Ordinal);

    private static string EventId(EventState e) => "e" + e.Key[..Math.Min(10, e.Key.Length)];

    /// <summary>
    /// Ids come from the content key of the first article of an event (of the first event of a
    /// story): readable, fixed once given, and the same for the same batch however it is listed,
    /// since <see cref="AddRange"/> adds in publish order with content as the tie-break.
    /// </summary>
    private string StoryId(int storyRoot) => "s" + _stories[storyRoot].Key[..Math.Min(10, _stories[storyRoot].Key.Length)];

    private sealed class EventState(int index)
    {
        public int Index { get; } = index;
        public int Parent { get; set; } = index;
        public int Story { get; set; }
        public Centroid Centroid { get; } = new();
        public List<string> Sources { get; } = [];
        /// <summary>The content key of the event's first article: its id, fixed once given.</summary>
        public string Key { get; private set; } = "";

        public void Add(ArticleFeatures f, int maxTerms)
        {
            Centroid.Add(f, maxTerms);
            Sources.Add(f.Source);
            if (Key.Length == 0) Key = f.Key.Length > 0 ? f.Key : ArticleFeaturizer.ContentKey(f.Source);
        }

        public void Absorb(EventState other, int maxTerms)
        {
            Centroid.Absorb(other.Centroid, maxTerms);
            Sources.AddRange(other.Sources);
        }
    }

    private sealed class StoryState(int index)
    {
        public int Index { get; } = index;
        public int Parent { get; set; } = index;
        public Centroid Centroid { get; } = new();
        public string Key { get; private set; } = "";
        /// <summary>A story is named once, after its first event.</summary>
        public void Name(string key) { if (Key.Length == 0) Key = key; }
    }
}
