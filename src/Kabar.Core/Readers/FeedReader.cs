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

    public static IEnumerable<ReadOutcome> Read(string path, Stream stream)
    {
        XDocument feed;
        string? error = null;
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
            feed = new XDocument();
            error = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "feed declares a DTD, which Kabar refuses (it could expand entities without bound)"
                : $"feed is not well-formed XML: {e.Message}";
        }
        if (error is not null)
        {
            yield return new ReadOutcome.Failed(path, error);
            yield break;
        }
        var items = feed.Descendants().Where(e => e.Name.LocalName is "item" || e.Name == Atom + "entry").ToList();
        if (items.Count == 0)
        {
            yield return new ReadOutcome.Failed(path, "feed has no items");
            yield break;
        }
        for (var i = 0; i < items.Count; i++)
            yield return ReadItem($"{path}#{i + 1}", items[i]);
    }

    private static ReadOutcome ReadItem(string source, XElement item)
    {
        var title = Child(item, "title");
        var link = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") is null or "alternate") is { } l
            ? ((string?)l.Attribute("href") ?? l.Value).Trim()
            : null;
        var body = (string?)item.Element(Content + "encoded") ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        if (string.IsNullOrWhiteSpace(body))
            return new ReadOutcome.Failed(source, $"feed item has no content{(link is null ? "" : $" and its page ({link}) is not at hand")}");
        var published = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "updated") ?? (string?)item.Element(Dc + "date");
        var authors = item.Elements().Where(e => e.Name.LocalName is "author" || e.Name == Dc + "creator")
            .Select(e => (e.Element(Atom + "name")?.Value ?? e.Value).Trim()).Where(a => a.Length > 0).ToList();
        // The item's content is an HTML fragment: give it a document with its headline, so the
        // HTML extractor sees the same shape as a saved page.
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title ?? "")}</title></head>"
                 + $"<body><article><h1>{WebUtility.HtmlEncode(title ?? "")}</h1>{body}</article></body></html>";
        return new ReadOutcome.Read(new RawDocument(source, Encoding.UTF8.GetBytes(html), Url: link, Charset: "utf-8",
            Hints: new MetadataHints(title, JsonLinesReader.DateHint(published), authors.Count > 0 ? authors : null)));
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value is { Length: > 0 } v ? v.Trim() : null;
}
