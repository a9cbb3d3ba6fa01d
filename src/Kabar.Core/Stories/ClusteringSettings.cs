namespace Kabar.Stories;

/// <summary>
/// The knobs of <see cref="StoryEngine"/>. Defaults are tuned on ECB+ (look-alike events kept apart)
/// and checked on the sample pages; `kabar eval clusters --threshold` tries others.
/// </summary>
public sealed record ClusteringSettings
{
    /// <summary>An article joins the best event scoring at least this; otherwise it opens one.</summary>
    public double EventThreshold { get; init; } = 0.275;
    /// <summary>Two events whose centroids score at least this are one event (makes input order matter less).</summary>
    public double MergeThreshold { get; init; } = 0.5;
    /// <summary>A new event joins the best story scoring at least this. At 0.12 stories chained into ever larger ones on the generated corpus (59 stories for 129 true at 1,000 articles); 0.25 gives 101 and keeps the samples one story.</summary>
    public double StoryThreshold { get; init; } = 0.25;
    /// <summary>Share of the score that comes from canonical entities when both sides have some.</summary>
    public double EntityWeight { get; init; } = 0.15;
    /// <summary>Added when the article and the event name the same day.</summary>
    public double SharedDateBonus { get; init; } = 0.08;
    /// <summary>When every day one side names is further than this from every day the other names, the score is multiplied by <see cref="DateConflictFactor"/>.</summary>
    public int DateConflictDays { get; init; } = 365;
    public double DateConflictFactor { get; init; } = 1.0;
    /// <summary>When every day one event's articles say it happened on (<see cref="ArticleFeatures.EventDays"/>) is further than this from every such day of the other, the event score is multiplied by <see cref="EventDayConflictFactor"/>.</summary>
    public int EventDayWindow { get; init; } = 2;
    public double EventDayConflictFactor { get; init; } = 0.2;
    /// <summary>When the places most of one event's articles name in their lead (<see cref="ArticleFeatures.Places"/>) and the other's share none, the event score is multiplied by this.</summary>
    public double PlaceConflictFactor { get; init; } = 0.5;
    /// <summary>Published this many days from an event's articles costs nothing; beyond it the score decays.</summary>
    public double EventWindowDays { get; init; } = 10;
    public double EventDecayDays { get; init; } = 7;
    public double StoryWindowDays { get; init; } = 45;
    public double StoryDecayDays { get; init; } = 30;
    /// <summary>How many of an article's heaviest stems look up candidates in the index.</summary>
    public int QueryTerms { get; init; } = 15;
    /// <summary>Only the most recent events of a posting list are candidates, so retrieval stays flat as the corpus grows.</summary>
    public int PostingCap { get; init; } = 64;
    /// <summary>How many candidate events are scored in full.</summary>
    public int MaxCandidates { get; init; } = 24;
    /// <summary>An event keeps at most this many stems in its centroid.</summary>
    public int MaxCentroidTerms { get; init; } = 400;
}
