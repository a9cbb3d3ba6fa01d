namespace Kabar.Model;

/// <summary>
/// A clean article: what extraction makes of one <see cref="RawDocument"/>. Metadata is kept apart
/// from the text; <see cref="Body"/> is the one string that every later annotation points into.
/// </summary>
public sealed record Article
{
    /// <summary>The input path as given, or <c>FILE#N</c>.</summary>
    public required string Source { get; init; }
    public string? Url { get; init; }
    /// <summary>The outlet's name (<c>Kontan</c>), null when unknown.</summary>
    public string? Outlet { get; init; }
    public string? OutletDomain { get; init; }
    public required string Title { get; init; }
    /// <summary>True when the page has no headline and <see cref="Title"/> was made from the text.</summary>
    public bool TitleGenerated { get; init; }
    public string? Subtitle { get; init; }
    public PageTime? Published { get; init; }
    public PageTime? Modified { get; init; }
    /// <summary>
    /// When <see cref="Published"/> is the update a page prints in place of its publish time, the
    /// publish time the page states elsewhere (JSON-LD): the time the article first appeared, which
    /// relative dates in its text ('yesterday') resolve against. Null when Published is that time.
    /// </summary>
    public PageTime? FirstPublished { get; init; }

    /// <summary>The time the article first appeared as far as the page says: relative dates resolve against it.</summary>
    public PageTime? FirstAppeared => FirstPublished ?? Published;
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Editors { get; init; } = [];
    /// <summary>Agencies the article credits as its source (Reuters, AFP, Antara).</summary>
    public IReadOnlyList<string> WireSources { get; init; } = [];
    public IReadOnlyList<string> PhotoCredits { get; init; } = [];
    /// <summary>The place the story is filed from (<c>Washington</c>).</summary>
    public string? Dateline { get; init; }
    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; init; }
    /// <summary>Paragraphs separated by one blank line; headings on their own line.</summary>
    public required string Body { get; init; }
    /// <summary>What extraction removed from the page, and why.</summary>
    public IReadOnlyList<CutText> Cut { get; init; } = [];
    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];
}

/// <summary>A piece of the page that extraction removed. <paramref name="Reason"/> is one of <see cref="CutReasons"/>.</summary>
public sealed record CutText(string Text, string Reason);

/// <summary>The reasons extraction gives for cutting text.</summary>
public static class CutReasons
{
    public const string RelatedLink = "related-link";
    public const string Caption = "caption";
    public const string Ticker = "ticker";
    public const string Byline = "byline";
    public const string Navigation = "navigation";
    public const string CommentPrompt = "comment-prompt";
    public const string Advertisement = "advertisement";
    public const string Template = "template";
    public const string Headline = "headline";
    public const string Dateline = "dateline";
    public const string SignOff = "sign-off";
    public const string Boilerplate = "boilerplate";
}
