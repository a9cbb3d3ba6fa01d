using System.Xml;
using System.Xml.Linq;

namespace Kabar.Watching;

/// <summary>
/// The feeds to watch: a text file with one URL a line ('#' starts a comment), or an OPML file
/// whose outlines carry <c>xmlUrl</c>. Lines that are not http(s) URLs are reported, not fetched.
/// </summary>
public static class WatchSources
{
    public sealed record Parsed(IReadOnlyList<Uri> Feeds, IReadOnlyList<string> Problems);

    public static Parsed Load(string path)
    {
        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('<') ? FromOpml(path, text) : FromLines(path, text);
    }

    private static Parsed FromLines(string path, string text)
    {
        var feeds = new List<Uri>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (TryFeedUri(line, out var uri)) feeds.Add(uri);
            else problems.Add($"{path}:{i + 1}: '{line}' is not an http(s) URL");
        }
        return new Parsed(feeds.Distinct().ToList(), problems);
    }

    private static Parsed FromOpml(string path, string text)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var feeds = new List<Uri>();
            var problems = new List<string>();
            foreach (var outline in XDocument.Load(reader).Descendants("outline"))
            {
                var url = (string?)outline.Attribute("xmlUrl");
                if (url is null) continue;
                if (TryFeedUri(url, out var uri)) feeds.Add(uri);
                else problems.Add($"{path}: outline '{url}' is not an http(s) URL");
            }
            return new Parsed(feeds.Distinct().ToList(), problems);
        }
        catch (XmlException e)
        {
            return new Parsed([], [$"{path}: not a readable OPML file: {e.Message}"]);
        }
    }

    private static bool TryFeedUri(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
