using System.Security.Cryptography;
using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Watching;

/// <summary>
/// One round of watching: fetch every feed (conditionally), read its items, fetch the page of an
/// item that carries no content, and hand the items not seen before to the caller. It logs one
/// line per fetch. What it has seen is remembered across rounds, so an unchanged feed yields nothing.
/// </summary>
public sealed class FeedWatcher(PoliteFetcher fetcher, Action<string> log)
{
    private readonly HashSet<string> _seen = [];

    public async Task<IReadOnlyList<RawDocument>> PollAsync(IReadOnlyList<Uri> feeds, CancellationToken cancellation)
    {
        var found = new List<RawDocument>();
        foreach (var feedUrl in feeds)
        {
            cancellation.ThrowIfCancellationRequested();
            var result = await fetcher.FetchAsync(feedUrl, cancellation);
            Log(result);
            if (result.Status != FetchStatus.Ok) continue;
            if (InputSniffer.Sniff(result.Body) != InputKind.Feed)
            {
                log($"{feedUrl}: not a feed (Content-Type {result.ContentType ?? "none"}); skipped");
                continue;
            }
            var feed = FeedReader.Parse(new MemoryStream(result.Body!));
            if (feed.Error is not null)
            {
                log($"{feedUrl}: {feed.Error}");
                continue;
            }
            for (var i = 0; i < feed.Items.Count; i++)
            {
                var item = feed.Items[i];
                var key = item.Link ?? Hash(item.Html ?? item.Title ?? "");
                if (_seen.Contains(key)) continue;
                var source = $"{feedUrl}#{i + 1}";
                if (item.Html is not null)
                    found.Add(FeedReader.ToDocument(source, item));
                else if (item.Link is not null && Uri.TryCreate(item.Link, UriKind.Absolute, out var pageUrl))
                {
                    var page = await fetcher.FetchAsync(pageUrl, cancellation, conditional: false);
                    Log(page);
                    if (page.Status != FetchStatus.Ok) continue;
                    found.Add(FeedReader.ToDocument(pageUrl.AbsoluteUri, item, page.Body, Charset(page.ContentType)));
                }
                else
                {
                    log($"{source}: item has neither content nor a link; skipped");
                }
                _seen.Add(key);
            }
        }
        return found;
    }

    private void Log(FetchResult r) =>
        log($"GET {r.Url} -> {r.Status.ToString().ToLowerInvariant()}: {r.Message} ({r.Elapsed.TotalMilliseconds:0} ms{(r.Attempts > 1 ? $", {r.Attempts} attempts" : "")})");

    private static string? Charset(string? contentType)
    {
        var at = contentType?.IndexOf("charset=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : contentType![(at + 8)..].Split(';')[0].Trim().Trim('"');
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
