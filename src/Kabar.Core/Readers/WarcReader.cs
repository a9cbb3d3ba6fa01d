using System.Globalization;
using System.Text;
using Kabar.Model;

namespace Kabar.Readers;

/// <summary>
/// Reads WARC 1.0/1.1 files record by record from a stream (gzip per record is undone by the
/// caller's GZipStream, which reads concatenated members), so a multi-gigabyte archive never sits
/// in memory. Response records with an HTML or text payload become raw documents named
/// <c>FILE#N</c> (N the record's position), with the target URI and the charset of the HTTP
/// Content-Type. Other records (requests, metadata, images) are skipped. A record cut off
/// mid-way is reported with its position; the records before it are kept.
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
        while (true)
        {
            Step step;
            try { step = Next(path, input, ++position, maxRecordBytes); }
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

    private static Step Next(string path, Stream input, int position, long maxRecordBytes)
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
        if (type is not ("response" or "resource") || length > maxRecordBytes)
        {
            var skipped = Skip(input, length);
            if (skipped < length) return new Stop(source, $"record cut off: {skipped} of {length} bytes");
            return length > maxRecordBytes && type is "response" or "resource"
                ? new Problem(source, $"record of {length} bytes is over the {maxRecordBytes} byte page limit")
                : new Skipped();
        }
        var block = new byte[length];
        var read = input.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        if (read < length) return new Stop(source, $"record cut off: {read} of {length} bytes");
        headers.TryGetValue("WARC-Target-URI", out var uri);
        headers.TryGetValue("WARC-Date", out var dateText);
        DateTimeOffset? fetched = DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        var (payload, contentType) = type == "response" ? SplitHttp(block) : (block, headers.GetValueOrDefault("Content-Type"));
        if (payload is null) return new Skipped();
        if (contentType is not null && !IsText(contentType)) return new Skipped();
        return new Page(new RawDocument(source, payload, Url: uri?.Trim('<', '>'), Charset: Charset(contentType), Fetched: fetched));
    }

    // An HTTP response: status line, headers, blank line, body. Only 2xx bodies are pages.
    private static (byte[]? Body, string? ContentType) SplitHttp(byte[] block)
    {
        var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0) { end = block.AsSpan().IndexOf("\n\n"u8); separator = 2; }
        if (end < 0) return (null, null);
        var head = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var status = head[0].Split(' ', 3);
        if (status.Length < 2 || !status[1].StartsWith('2')) return (null, null);
        string? contentType = null;
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                contentType = line[(colon + 1)..].Trim();
        }
        return (block[(end + separator)..], contentType);
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
