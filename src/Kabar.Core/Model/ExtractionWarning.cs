namespace Kabar.Model;

/// <summary>What an extraction warning is about: code decides on the kind, people read the message.</summary>
public enum ExtractionWarningKind
{
    /// <summary>Read back from a store written before warnings had kinds: only its message is known.</summary>
    Unclassified,
    /// <summary>The page's text was longer than extraction reads; only its start was read.</summary>
    PageTruncated,
    /// <summary>The HTML markup was longer than extraction parses; only its start was read.</summary>
    MarkupTruncated,
    /// <summary>The HTML was nested deeper than extraction walks; the deepest elements were flattened.</summary>
    MarkupFlattened,
    /// <summary>The page looks like a listing (many headlines or links around little text).</summary>
    ListingPage,
    /// <summary>No paragraph of running prose: only short sentences were taken.</summary>
    LittleText,
    /// <summary>The page states no publish time.</summary>
    NoPublishTime,
    /// <summary>Only an update time is printed; it stands for the publish time.</summary>
    UpdateTimeAsPublished,
    /// <summary>The publish day is inferred from a date the text gives its source.</summary>
    PublishDayInferred,
}

/// <summary>
/// A warning about one page's extraction: its <see cref="Kind"/> for code, its <see cref="Message"/>
/// for people (what `kabar extract` prints and the JSON's <c>warnings</c> lists).
/// </summary>
public sealed record ExtractionWarning(ExtractionWarningKind Kind, string Message)
{
    /// <summary>Said by both extractors alike.</summary>
    public static ExtractionWarning NoPublishTime { get; } = new(ExtractionWarningKind.NoPublishTime, "no publish time found");

    public override string ToString() => Message;
}
