namespace Kabar.Model;

/// <summary>
/// One page as it came in, before anything is decided about it: its bytes and where they came
/// from. Readers (files, JSON Lines, feeds, WARC) all produce this; extraction consumes it.
/// </summary>
/// <param name="Source">The path as given, or <c>FILE#N</c> for the N-th page inside a container file.</param>
/// <param name="Content">The raw bytes, undecoded.</param>
/// <param name="Url">The page's address when the container states it.</param>
/// <param name="Charset">A charset declared outside the bytes (an HTTP Content-Type header), if any.</param>
/// <param name="Fetched">When the page was fetched, if known.</param>
/// <param name="Hints">Metadata stated by the container (a feed's title, date, author), used when the page lacks them.</param>
public sealed record RawDocument(
    string Source,
    ReadOnlyMemory<byte> Content,
    string? Url = null,
    string? Charset = null,
    DateTimeOffset? Fetched = null,
    MetadataHints? Hints = null);

/// <summary>Metadata a container stated about a page; hints only, the page itself wins.</summary>
public sealed record MetadataHints(
    string? Title = null,
    PageTime? Published = null,
    IReadOnlyList<string>? Authors = null);
