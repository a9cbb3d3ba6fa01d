using System.IO.Compression;
using System.Text;

namespace Kabar.Tests.Readers;

/// <summary>Small container files written by the tests themselves.</summary>
internal static class ReaderFixtures
{
    public const string Page = "<html><head><title>Banjir di Kota Contoh</title></head><body><article><h1>Banjir di Kota Contoh</h1><p>Banjir merendam ratusan rumah warga di Kota Contoh pada Senin pagi setelah hujan deras sejak malam.</p></article></body></html>";

    /// <param name="extra">More header lines ("Name: value"), e.g. a record id or the WARC-Refers-To-* of a revisit.</param>
    public static byte[] WarcRecord(string type, string uri, byte[] block, params string[] extra)
    {
        var more = string.Concat(extra.Select(h => h + "\r\n"));
        var header = $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2022-01-10T08:00:00Z\r\n{more}Content-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    public static byte[] HttpResponse(string body, string contentType = "text/html; charset=utf-8") =>
        Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n\r\n{body}");

    /// <summary>An HTTP response with the given extra header lines and a body already encoded as they say.</summary>
    public static byte[] HttpResponse(byte[] body, params string[] headers) =>
        [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n"), .. body];

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return output.ToArray();
    }
}
