namespace Kabar.Briefs;

/// <summary>
/// A span of an article's body that a brief item rests on. <c>Article</c> is the article's source
/// path, the key of <see cref="Brief.Articles"/>; <c>Excerpt</c> is the sentence around the span, so
/// a reader sees the cited words in their context without opening the article.
/// </summary>
public sealed record Citation(string Article, int Start, int End, string? Excerpt = null);

/// <summary>
/// One article a brief cites, with what a reader knows it by. <c>Id</c> is its store id (null when
/// the brief was made from articles that are not stored), so a page links to it without a look-up.
/// </summary>
public sealed record BriefArticle(string Source, long? Id, string Title, string? Outlet, string? Published, string? Url);

/// <summary>
/// What a person reads instead of a story's articles. Every item cites spans of the stored bodies.
/// Serialized with <see cref="Kabar.Serialization.KabarJson"/> this is the JSON shape tools rely on.
/// </summary>
public sealed record Brief(
    string Id,
    string Title,
    IReadOnlyList<BriefEvent> Events,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<EntityEntry> People,
    IReadOnlyList<EntityEntry> Organisations,
    IReadOnlyList<QuoteGroup> Quotes,
    IReadOnlyList<OutletCoverage> Coverage,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<SharedPassage> SharedPassages,
    IReadOnlyList<BriefArticle> Articles);

/// <summary>One happening reported by one or more articles (their source paths).</summary>
public sealed record BriefEvent(string Id, string Title, IReadOnlyList<string> Articles);

public sealed record SummarySentence(string Text, string Article, int Start, int End);

/// <param name="Date">ISO date as precise as known (2022-01-10, 2022-01, 2021-W52).</param>
/// <param name="Precision">day, week, month or year.</param>
/// <param name="Background">True for a week, month or year that restates context ('bulan lalu'); such
/// entries come after the story's own days.</param>
public sealed record TimelineEntry(string Date, string Precision, string What, IReadOnlyList<TimelineCitation> Citations, bool Background = false);

/// <summary>A citation of a timeline entry, with the phrase that states the date ('Satu hari setelahnya') and the sentence around it.</summary>
public sealed record TimelineCitation(string Article, int Start, int End, string Phrase, string? Excerpt = null);

/// <summary>A canonical person or organisation with the roles each outlet prints for it.</summary>
public sealed record EntityEntry(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<RoleClaim> Roles, IReadOnlyList<Citation> Citations);

public sealed record RoleClaim(string Role, string Outlet, IReadOnlyList<Citation> Citations);

public sealed record QuoteGroup(string Speaker, IReadOnlyList<BriefQuote> Quotes);

public static class QuoteSpeakers
{
    /// <summary>The speaker of the group of quotes no one identifiable said; pages show it in the reader's language.</summary>
    public const string Unattributed = "(unattributed)";
}

/// <summary>A quote, shown once however many outlets carry it.</summary>
public sealed record BriefQuote(string Text, bool Direct, IReadOnlyList<string> Outlets, IReadOnlyList<Citation> Citations);

public sealed record OutletCoverage(string Outlet, IReadOnlyList<CoveredArticle> Articles, IReadOnlyList<string> WireSources, bool ReportedFirst);

public sealed record CoveredArticle(string Article, string Title, string? Published);

/// <summary>
/// Outlets stating different things about the same fact. <c>About</c> is the subject in the page's
/// words (a person's name, the clause of a happening, the counted thing and who it is about); the
/// label around it ('date of', 'tanggal') is the reader's language and comes from <c>Kind</c>.
/// </summary>
/// <param name="Kind">What differs: <see cref="DisagreementKinds"/>.</param>
/// <param name="Strength"><c>conflict</c> when both claims cannot be true, <c>soft</c> when they can (overlapping ranges).</param>
public sealed record Disagreement(string Kind, string Strength, string About, IReadOnlyList<Claim> Claims);

public static class DisagreementKinds
{
    public const string Date = "date";
    public const string Role = "role";
    public const string Figure = "figure";
    public const string Place = "place";
}

public static class DisagreementStrengths
{
    public const string Conflict = "conflict";
    public const string Soft = "soft";
}

public sealed record Claim(string Value, IReadOnlyList<Citation> Citations);

/// <summary>Text that several articles share (a wire copy, a quote translated the same way).</summary>
public sealed record SharedPassage(IReadOnlyList<string> Articles, string Text, IReadOnlyList<Citation> Citations);
