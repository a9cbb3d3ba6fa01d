using System.IO.Compression;
using System.Text;

namespace Kabar.Readers;

/// <summary>
/// The body of an HTTP response kept in a WARC record, as the browser would have seen it:
/// <c>Transfer-Encoding: chunked</c> undone, then <c>Content-Encoding</c> gzip, deflate or br
/// decoded. The page size limit holds for the decoded bytes, so a small record that inflates to
/// gigabytes (a decompression bomb) is refused, never expanded in memory.
/// </summary>
public static class HttpPayload
{
    /// <summary>A 2xx response's body and Content-Type; <see cref="Error"/> says why a body was refused.</summary>
    public sealed record Split(byte[]? Body, string? ContentType, string? Error = null);

    /// <summary>Splits status line and headers from the body. Non-2xx responses (and a block with no header end) give no body.</summary>
    public static Split Decode(byte[] block, long maxBytes)
    {
        var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0) { end = block.AsSpan().IndexOf("\n\n"u8); separator = 2; }
        if (end < 0) return new Split(null, null);
        var head = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var status = head[0].Split(' ', 3);
        if (status.Length < 2 || !status[1].StartsWith('2')) return new Split(null, null);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var contentType = headers.GetValueOrDefault("Content-Type");
        var body = block[(end + separator)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body) ?? body;
        if (headers.TryGetValue("Content-Encoding", out var coding))
        {
            var (decoded, error) = Inflate(body, coding.Trim().ToLowerInvariant(), maxBytes);
            if (error is not null) return new Split(null, contentType, error);
            body = decoded!;
        }
        return new Split(body, contentType);
    }

    /// <summary>
    /// Undoes chunked framing (RFC 9112 7.1: hex size, optional extensions, data, CRLF; a zero
    /// chunk and trailers end it). Null when the body is not chunked after all: some crawlers
    /// store the decoded body and keep the header.
    /// </summary>
    public static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(at).IndexOf((byte)'\n');
            if (lineEnd < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (sizeText.Length == 0 || sizeText.Length > 15 || !long.TryParse(sizeText, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var size))
                return null;
            at += lineEnd + 1;
            if (size == 0) return output.ToArray();
            if (at + size > body.Length) return null;
            output.Write(body, at, (int)size);
            at += (int)size;
            // The CRLF after each chunk's data.
            if (at < body.Length && body[at] == '\r') at++;
            if (at < body.Length && body[at] == '\n') at++;
        }
    }

    private static (byte[]? Body, string? Error) Inflate(byte[] body, string coding, long maxBytes)
    {
        if (coding is "" or "identity") return (body, null);
        if (coding is not ("gzip" or "x-gzip" or "deflate" or "br"))
            return (null, $"the page is sent with Content-Encoding '{coding}', which Kabar cannot decode");
        // A crawler that decoded the body but kept the header: a gzip body starts 1f 8b.
        if (coding is "gzip" or "x-gzip" && !(body.Length >= 2 && body[0] == 0x1f && body[1] == 0x8b)) return (body, null);
        try
        {
            using var compressed = new MemoryStream(body);
            using Stream decoder = coding switch
            {
                "br" => new BrotliStream(compressed, CompressionMode.Decompress),
                "deflate" => IsZlib(body) ? new ZLibStream(compressed, CompressionMode.Decompress) : new DeflateStream(compressed, CompressionMode.Decompress),
                _ => new GZipStream(compressed, CompressionMode.Decompress),
            };
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > maxBytes)
                    return (null, $"the {coding} payload of {body.Length} bytes inflates past the {maxBytes} byte page limit: refused as a decompression bomb");
                output.Write(buffer, 0, n);
            }
            return (output.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            // A body already decoded by the crawler reads as text; keep it rather than lose the page.
            return LooksLikeText(body) ? (body, null) : (null, $"the {coding} payload cannot be decoded: {e.Message}");
        }
    }

    // RFC 1950: "deflate" in HTTP is meant to be zlib-wrapped, but some servers send raw deflate.
    private static bool IsZlib(byte[] body) => body.Length >= 2 && (body[0] & 0x0f) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;

    private static bool LooksLikeText(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 256)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<');
    }
}
