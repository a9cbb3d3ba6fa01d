using System.Globalization;
using System.Text;
using Kabar.Model;

namespace Kabar.Readers;

/// <summary>
/// Reads WARC 1.0/1.1 files record by record from a stream (gzip per record is undone by the
/// caller's GZipStream, which reads concatenated members), so a multi-gigabyte archive never sits
/// in memory. Response records with an HTML or text payload become raw documents named
/// <c>FILE#N</c> (N the record's position), with the target URI and the charset of the HTTP
/// Content-Type; the HTTP body is decoded first (<see cref="HttpPayload"/>). A <c>revisit</c> record
/// (a crawl that stored an unchanged page once) becomes the page it refers to when that record is
/// in the same file (<see cref="WarcRevisits"/>), and is reported when it is not. Other records
/// (requests, metadata, images) are skipped. A record cut off mid-way is reported with its
/// position; the records before it are kept.
/// </summary>
public static class WarcReader
{
    private abstract record Step;
    private sealed record Page(RawDocument Document) : Step;
    private sealed record Skipped : Step;
    private sealed record Problem(string Source, string Reason) : Step;
    private sealed record Stop(string? Source, string? Reason) : Step;

    public static IEnumerable<ReadOutcome> Read(string path, Stream stream, long maxRecordBytes = PathReader.MaxBytes)
    {
        var input = new BufferedStream(stream, 1 << 16);
        var position = 0;
        var revisits = new WarcRevisits();
        while (true)
        {
            Step step;
            try { step = Next(path, input, ++position, maxRecordBytes, revisits); }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                step = new Stop($"{path}#{position}", $"archive is damaged: {e.Message}");
            }
            switch (step)
            {
                case Page p: yield return new ReadOutcome.Read(p.Document); break;
                case Problem p: yield return new ReadOutcome.Failed(p.Source, p.Reason); break;
                case Stop { Source: not null } s: yield return new ReadOutcome.Failed(s.Source, s.Reason!); yield break;
                case Stop: yield break;
            }
        }
    }

    private static Step Next(string path, Stream input, int position, long maxRecordBytes, WarcRevisits revisits)
    {
        var source = $"{path}#{position}";
        string? version;
        do version = ReadLine(input); while (version == "");
        if (version is null) return new Stop(null, null);
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            return new Stop(source, $"expected a WARC record header, found '{Shorten(version)}'");
        var headers = ReadHeaders(input);
        if (headers is null) return new Stop(source, "record cut off in its headers");
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
            return new Stop(source, "record has no valid Content-Length");
        headers.TryGetValue("WARC-Type", out var type);
        var isPage = type is "response" or "resource";
        if (!(isPage || type == "revisit") || length > maxRecordBytes)
        {
            var skipped = Skip(input, length);
            if (skipped < length) return new Stop(source, $"record cut off: {skipped} of {length} bytes");
            if (!(isPage && length > maxRecordBytes)) return new Skipped();
            var reason = $"record of {length} bytes is over the {maxRecordBytes} byte page limit";
            revisits.Remember(headers, new WarcRevisits.Original(source, null, null, reason));
            return new Problem(source, reason);
        }
        var block = new byte[length];
        var read = input.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        if (read < length) return new Stop(source, $"record cut off: {read} of {length} bytes");
        headers.TryGetValue("WARC-Target-URI", out var uri);
        headers.TryGetValue("WARC-Date", out var dateText);
        DateTimeOffset? fetched = DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        var url = uri?.Trim('<', '>');
        if (type == "revisit") return Revisit(source, url, fetched, headers, revisits);
        var payload = type == "response" ? HttpPayload.Decode(block, maxRecordBytes) : new HttpPayload.Split(block, headers.GetValueOrDefault("Content-Type"));
        var page = payload.Body is not null && (payload.ContentType is null || IsText(payload.ContentType));
        revisits.Remember(headers, new WarcRevisits.Original(source, page ? payload.Body : null, payload.ContentType, payload.Error));
        if (payload.Error is not null) return new Problem(source, payload.Error);
        if (!page) return new Skipped();
        return new Page(new RawDocument(source, payload.Body!, Url: url, Charset: Charset(payload.ContentType), Fetched: fetched));
    }

    /// <summary>A revisit is read as the body of the record it refers to, at the revisit's own URI and date.</summary>
    private static Step Revisit(string source, string? url, DateTimeOffset? fetched, Dictionary<string, string> headers, WarcRevisits revisits)
    {
        var original = revisits.Find(headers);
        if (original is null)
        {
            var target = headers.GetValueOrDefault("WARC-Refers-To") ?? headers.GetValueOrDefault("WARC-Refers-To-Target-URI") ?? headers.GetValueOrDefault("WARC-Payload-Digest") ?? "no reference";
            return new Problem(source, $"revisit of {url ?? "an unnamed page"} refers to a record that is not earlier in this file ({target}); the page is not read");
        }
        if (original.Body is not null)
            return new Page(new RawDocument(source, original.Body, Url: url, Charset: Charset(original.ContentType), Fetched: fetched));
        return original.NotRead is null
            ? new Skipped()
            : new Problem(source, $"revisit of {url ?? "an unnamed page"} refers to {original.Source}, which was not read: {original.NotRead}");
    }

    private static bool IsText(string contentType) =>
        contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    private static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : contentType[(at + 8)..].Split(';')[0].Trim().Trim('"', '\'');
    }

    private static Dictionary<string, string>? ReadHeaders(Stream input)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var line = ReadLine(input);
            if (line is null) return null;
            if (line.Length == 0) return headers;
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
    }

    // Header lines are short; a line over 64 KiB means this is not a header.
    private static string? ReadLine(Stream input)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = input.ReadByte();
            if (b < 0) return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            if (b == '\n') return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add((byte)b);
            if (bytes.Count > 65536) throw new InvalidDataException("header line over 64 KiB");
        }
    }

    private static long Skip(Stream input, long count)
    {
        var buffer = new byte[81920];
        long skipped = 0;
        while (skipped < count)
        {
            var n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, count - skipped));
            if (n == 0) break;
            skipped += n;
        }
        return skipped;
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
