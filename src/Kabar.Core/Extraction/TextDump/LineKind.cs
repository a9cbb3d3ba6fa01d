namespace Kabar.Extraction.TextDump;

/// <summary>What one line of a text dump was read as, before its place on the page is known.</summary>
internal enum LineKind
{
    Blank,
    /// <summary>A boilerplate phrase from line-cues.tsv; the reason says which.</summary>
    Cue,
    /// <summary>Recurs on many pages of the same outlet in this batch.</summary>
    Template,
    /// <summary>A bare domain name ('kontan.co.id') or a web address alone on its line.</summary>
    Domain,
    /// <summary>People, sources or a date ('Sumber: Reuters | Editor: X', 'Name - 23 Desember 2021').</summary>
    Credit,
    /// <summary>Initials that sign an article off ('(FJR)').</summary>
    SignOff,
    Caption,
    /// <summary>Market figures: mostly digits and percentages.</summary>
    Ticker,
    /// <summary>The same text as an earlier line.</summary>
    Repeat,
    Prose,
    TitleLike,
    Other,
}

/// <summary>One line with what it was read as.</summary>
internal sealed record ReadLine(int Index, string Text, LineKind Kind, LineFeatures Features, string RepeatKey)
{
    public string? CueReason { get; init; }
    public CreditLine? Credit { get; init; }
    public IReadOnlyList<string>? SignOffInitials { get; init; }
    public string? PhotoCredit { get; init; }
    /// <summary>Index of the first line with the same text, for <see cref="LineKind.Repeat"/>.</summary>
    public int FirstSeen { get; init; } = -1;
}
