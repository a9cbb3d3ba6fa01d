using System.IO.Compression;
using System.Text;
using Kabar.Readers;
using static Kabar.Tests.Readers.ReaderFixtures;

namespace Kabar.Tests.Readers;

/// <summary>WARC payloads as crawlers store them: chunked, compressed, deduplicated by revisit records.</summary>
public class WarcPayloadTests
{
    private static List<ReadOutcome> ReadWarc(params byte[][] records)
    {
        using var folder = new Storage.TempFolder("kabar-readers-");
        var path = Path.Combine(folder.Path, "crawl.warc");
        File.WriteAllBytes(path, records.SelectMany(r => r).ToArray());
        return PathReader.Read([path]).ToList();
    }

    private static string Text(ReadOutcome outcome) => Encoding.UTF8.GetString(Assert.IsType<ReadOutcome.Read>(outcome).Document.Content.Span);

    private static byte[] Chunked(string body, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var output = new StringBuilder();
        for (var at = 0; at < bytes.Length; at += size)
        {
            var n = Math.Min(size, bytes.Length - at);
            output.Append($"{n:x};ext=1\r\n").Append(Encoding.UTF8.GetString(bytes, at, n)).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(output.Append("0\r\nX-Trailer: ya\r\n\r\n").ToString());
    }

    private static byte[] Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var br = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)) br.Write(bytes);
        return output.ToArray();
    }

    [Fact]
    public void A_chunked_body_is_read_without_its_chunk_sizes()
    {
        var outcomes = ReadWarc(WarcRecord("response", "https://contoh.test/a", HttpResponse(Chunked(Page, 17), "Transfer-Encoding: chunked")));
        Assert.Equal(Page, Text(Assert.Single(outcomes)));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public void A_compressed_body_is_decoded(string coding)
    {
        var raw = Encoding.UTF8.GetBytes(Page);
        var body = coding switch
        {
            "gzip" => Gzip(raw),
            "br" => Brotli(raw),
            _ => ZLib(raw),
        };
        var outcomes = ReadWarc(WarcRecord("response", "https://contoh.test/a", HttpResponse(body, "Content-Encoding: " + coding)));
        Assert.Equal(Page, Text(Assert.Single(outcomes)));
    }

    [Fact]
    public void A_chunked_and_gzipped_body_is_undone_in_order()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(Page));
        var chunked = new List<byte>();
        foreach (var part in gz.Chunk(50)) chunked.AddRange([.. Encoding.ASCII.GetBytes($"{part.Length:X}\r\n"), .. part, .. "\r\n"u8.ToArray()]);
        chunked.AddRange("0\r\n\r\n"u8.ToArray());
        var outcomes = ReadWarc(WarcRecord("response", "https://contoh.test/a", HttpResponse([.. chunked], "Transfer-Encoding: chunked", "Content-Encoding: gzip")));
        Assert.Equal(Page, Text(Assert.Single(outcomes)));
    }

    [Fact]
    public void A_body_a_crawler_already_decoded_is_kept_as_it_is()
    {
        var outcomes = ReadWarc(WarcRecord("response", "https://contoh.test/a", HttpResponse(Encoding.UTF8.GetBytes(Page), "Transfer-Encoding: chunked", "Content-Encoding: gzip")));
        Assert.Equal(Page, Text(Assert.Single(outcomes)));
    }

    [Fact]
    public void A_decompression_bomb_is_refused_with_a_clear_message_and_the_next_record_is_read()
    {
        // 200 MB of zeros gzip to about 200 KB: far under the record limit, far over the page limit once inflated.
        using var bomb = new MemoryStream();
        using (var gz = new GZipStream(bomb, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 200; i++) gz.Write(zeros);
        }
        var outcomes = ReadWarc(
            WarcRecord("response", "https://contoh.test/bom", HttpResponse(bomb.ToArray(), "Content-Encoding: gzip")),
            WarcRecord("response", "https://contoh.test/a", HttpResponse(Page)));
        var failed = Assert.IsType<ReadOutcome.Failed>(outcomes[0]);
        Assert.EndsWith("#1", failed.Source);
        Assert.Contains("decompression bomb", failed.Reason);
        Assert.Contains($"{PathReader.MaxBytes} byte page limit", failed.Reason);
        Assert.Equal(Page, Text(outcomes[1]));
    }

    [Fact]
    public void An_unknown_content_encoding_is_reported()
    {
        var failed = Assert.IsType<ReadOutcome.Failed>(Assert.Single(ReadWarc(WarcRecord("response", "https://contoh.test/a", HttpResponse("zzz"u8.ToArray(), "Content-Encoding: zstd")))));
        Assert.Contains("zstd", failed.Reason);
    }

    [Fact]
    public void A_revisit_record_is_read_as_the_page_it_refers_to_in_the_same_file()
    {
        const string id = "<urn:uuid:7f2c0a64-0000-4000-8000-000000000001>";
        var revisitHttp = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"u8.ToArray();
        var outcomes = ReadWarc(
            WarcRecord("response", "https://contoh.test/a", HttpResponse(Page), $"WARC-Record-ID: {id}", "WARC-Payload-Digest: sha1:AAAA"),
            WarcRecord("revisit", "https://contoh.test/a?utm=x", revisitHttp,
                "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest", $"WARC-Refers-To: {id}",
                "WARC-Refers-To-Target-URI: https://contoh.test/a", "WARC-Refers-To-Date: 2022-01-10T08:00:00Z", "WARC-Payload-Digest: sha1:AAAA"));
        Assert.Equal(2, outcomes.Count);
        var revisit = Assert.IsType<ReadOutcome.Read>(outcomes[1]).Document;
        Assert.Equal(Page, Encoding.UTF8.GetString(revisit.Content.Span));
        Assert.Equal("https://contoh.test/a?utm=x", revisit.Url);
        Assert.EndsWith("#2", revisit.Source);
    }

    [Fact]
    public void A_warc_1_1_revisit_is_found_by_target_uri_and_date_without_a_record_id()
    {
        var outcomes = ReadWarc(
            WarcRecord("response", "https://contoh.test/a", HttpResponse(Page)),
            WarcRecord("revisit", "https://contoh.test/a", [],
                "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/server-not-modified",
                "WARC-Refers-To-Target-URI: https://contoh.test/a", "WARC-Refers-To-Date: 2022-01-10T08:00:00Z"));
        Assert.Equal(Page, Text(outcomes[1]));
    }

    [Fact]
    public void A_revisit_whose_record_is_not_in_the_file_is_reported_and_the_batch_goes_on()
    {
        var outcomes = ReadWarc(
            WarcRecord("revisit", "https://contoh.test/lama", [], "WARC-Refers-To: <urn:uuid:hilang>"),
            WarcRecord("response", "https://contoh.test/a", HttpResponse(Page)));
        var failed = Assert.IsType<ReadOutcome.Failed>(outcomes[0]);
        Assert.Contains("revisit of https://contoh.test/lama", failed.Reason);
        Assert.Contains("urn:uuid:hilang", failed.Reason);
        Assert.Equal(Page, Text(outcomes[1]));
    }

    private static byte[] ZLib(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true)) z.Write(bytes);
        return output.ToArray();
    }
}
