using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kabar.Model;

namespace Kabar.Readers;

/// <summary>
/// Reads RSS 2.0 and Atom feeds: each item with content (content:encoded, Atom content, else
/// the description/summary) becomes a raw HTML document named <c>FILE#N</c> (N the item's
/// position), with the item's link as its URL and its title, date and authors as metadata hints.
/// DTDs are refused, so an entity-expansion bomb is reported instead of expanded.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>One item of a feed, before it becomes a document.</summary>
    public sealed record FeedItem(string? Title, string? Link, string? Html, PageTime? Published, IReadOnlyList<string>? Authors);

    /// <summary>The feed's items, or the reason the feed cannot be read.</summary>
    public sealed record ParsedFeed(IReadOnlyList<FeedItem> Items, string? Error);

    public static IEnumerable<ReadOutcome> Read(string path, Stream stream)
    {
        var feed = Parse(stream);
        if (feed.Error is not null)
        {
            yield return new ReadOutcome.Failed(path, feed.Error);
            yield break;
        }
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = feed.Items[i];
            var source = $"{path}#{i + 1}";
            yield return item.Html is null
                ? new ReadOutcome.Failed(source, $"feed item has no content{(item.Link is null ? "" : $" and its page ({item.Link}) is not at hand")}")
                : new ReadOutcome.Read(ToDocument(source, item));
        }
    }

    public static ParsedFeed Parse(Stream stream)
    {
        XDocument feed;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                MaxCharactersFromEntities = 1024,
                MaxCharactersInDocument = PathReader.MaxBytes,
                XmlResolver = null,
            };
            using var reader = XmlReader.Create(stream, settings);
            feed = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return new ParsedFeed([], e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "feed declares a DTD, which Kabar refuses (it could expand entities without bound)"
                : $"feed is not well-formed XML: {e.Message}");
        }
        var items = feed.Descendants().Where(e => e.Name.LocalName is "item" || e.Name == Atom + "entry").Select(ParseItem).ToList();
        return items.Count == 0 ? new ParsedFeed([], "feed has no items") : new ParsedFeed(items, null);
    }

    private static FeedItem ParseItem(XElement item)
    {
        var link = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") is null or "alternate") is { } l
            ? ((string?)l.Attribute("href") ?? l.Value).Trim()
            : null;
        var body = (string?)item.Element(Content + "encoded") ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        var published = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "updated") ?? (string?)item.Element(Dc + "date");
        var authors = item.Elements().Where(e => e.Name.LocalName is "author" || e.Name == Dc + "creator")
            .Select(e => (e.Element(Atom + "name")?.Value ?? e.Value).Trim()).Where(a => a.Length > 0).ToList();
        return new FeedItem(Child(item, "title"), link, string.IsNullOrWhiteSpace(body) ? null : body,
            JsonLinesReader.DateHint(published), authors.Count > 0 ? authors : null);
    }

    /// <summary>
    /// The item's content is an HTML fragment: give it a document with its headline, so the HTML
    /// extractor sees the same shape as a saved page. The feed's metadata travels as hints.
    /// </summary>
    public static RawDocument ToDocument(string source, FeedItem item, byte[]? page = null, string? charset = "utf-8")
    {
        var content = page ?? Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(item.Title ?? "")}</title></head>"
            + $"<body><article><h1>{WebUtility.HtmlEncode(item.Title ?? "")}</h1>{item.Html}</article></body></html>");
        return new RawDocument(source, content, Url: item.Link, Charset: charset,
            Hints: new MetadataHints(item.Title, item.Published, item.Authors));
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value is { Length: > 0 } v ? v.Trim() : null;
}
