using System.Text;
using Kabar.Readers;
using static Kabar.Tests.Readers.ReaderFixtures;

namespace Kabar.Tests.Readers;

public class ContainerReaderTests
{
    private static List<ReadOutcome> ReadAll(string path) => PathReader.Read([path]).ToList();

    [Fact]
    public void A_warc_gives_one_document_per_html_response_named_by_position()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "crawl.warc");
        File.WriteAllBytes(path, [
            .. WarcRecord("warcinfo", "", "software: test\r\n"u8.ToArray()),
            .. WarcRecord("response", "https://contoh.test/a", HttpResponse(Page)),
            .. WarcRecord("response", "https://contoh.test/logo.png", HttpResponse("PNG", "image/png")),
            .. WarcRecord("response", "https://contoh.test/b", HttpResponse(Page, "text/html; charset=windows-1252")),
        ]);
        var read = ReadAll(path).OfType<ReadOutcome.Read>().Select(r => r.Document).ToList();
        Assert.Equal([$"{path}#2", $"{path}#4"], read.Select(d => d.Source));
        Assert.Equal("https://contoh.test/a", read[0].Url);
        Assert.Equal("windows-1252", read[1].Charset);
        Assert.StartsWith("<html>", Encoding.UTF8.GetString(read[0].Content.Span));
    }

    [Fact]
    public void A_warc_compressed_per_record_reads_like_a_plain_one()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "crawl.warc.gz");
        File.WriteAllBytes(path, [
            .. Gzip(WarcRecord("response", "https://contoh.test/a", HttpResponse(Page))),
            .. Gzip(WarcRecord("response", "https://contoh.test/b", HttpResponse(Page))),
        ]);
        Assert.Equal(2, ReadAll(path).OfType<ReadOutcome.Read>().Count());
    }

    [Fact]
    public void A_warc_cut_off_mid_record_keeps_the_good_records_and_reports_the_position()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "cut.warc");
        var whole = WarcRecord("response", "https://contoh.test/a", HttpResponse(Page));
        var second = WarcRecord("response", "https://contoh.test/b", HttpResponse(Page));
        File.WriteAllBytes(path, [.. whole, .. second[..(second.Length / 2)]]);
        var outcomes = ReadAll(path);
        Assert.IsType<ReadOutcome.Read>(outcomes[0]);
        var failed = Assert.IsType<ReadOutcome.Failed>(outcomes[1]);
        Assert.Equal($"{path}#2", failed.Source);
        Assert.Contains("cut off", failed.Reason);
    }

    [Fact]
    public void Json_lines_read_each_line_and_report_a_broken_one_by_line_number()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "export.jsonl");
        File.WriteAllLines(path, [
            $$"""{"url": "https://contoh.test/a", "html": {{System.Text.Json.JsonSerializer.Serialize(Page)}}, "title": "Banjir", "date_publish": "2022-01-10 08:00:00"}""",
            """{"url": "https://contoh.test/b", "html": "<p>broken""",
            """{"url": "https://contoh.test/c", "maintext": "Teks berita yang sudah bersih dan cukup panjang untuk dibaca."}""",
        ]);
        var outcomes = ReadAll(path);
        Assert.Equal(3, outcomes.Count);
        var first = Assert.IsType<ReadOutcome.Read>(outcomes[0]).Document;
        Assert.Equal("https://contoh.test/a", first.Url);
        Assert.Equal("Banjir", first.Hints?.Title);
        Assert.Equal(new DateOnly(2022, 1, 10), first.Hints?.Published?.Date);
        Assert.Equal($"{path}#2", Assert.IsType<ReadOutcome.Failed>(outcomes[1]).Source);
        Assert.IsType<ReadOutcome.Read>(outcomes[2]);
    }

    [Fact]
    public void Json_lines_field_names_can_be_mapped()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "other.jsonl");
        File.WriteAllLines(path, [$$"""{"url": "https://contoh.test/a", "page_source": {{System.Text.Json.JsonSerializer.Serialize(Page)}}, "judul": "Banjir"}"""]);
        var options = new ReaderOptions(JsonLinesReader.DefaultFields.With("html=page_source,title=judul"));
        var doc = Assert.IsType<ReadOutcome.Read>(PathReader.Read([path], options).Single()).Document;
        Assert.Equal("Banjir", doc.Hints?.Title);
        Assert.Throws<ArgumentException>(() => JsonLinesReader.DefaultFields.With("body"));
    }

    [Fact]
    public void Rss_and_atom_items_become_documents_with_their_metadata()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var rss = Path.Combine(dir, "feed.xml");
        File.WriteAllText(rss, """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Contoh</title>
            <item><title>Banjir di Kota Contoh</title><link>https://contoh.test/a</link><pubDate>Mon, 10 Jan 2022 08:00:00 +0700</pubDate><dc:creator>Rina Wati</dc:creator>
            <content:encoded><![CDATA[<p>Banjir merendam ratusan rumah warga.</p>]]></content:encoded></item>
            <item><title>Tanpa isi</title><link>https://contoh.test/b</link></item>
            </channel></rss>
            """);
        var atom = Path.Combine(dir, "atom.xml");
        File.WriteAllText(atom, """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Contoh</title>
            <entry><title>Harga Cabai Naik</title><link rel="alternate" href="https://contoh.test/c"/><published>2022-01-11T09:00:00+07:00</published>
            <author><name>Budi</name></author><content type="html">&lt;p&gt;Harga cabai naik di pasar.&lt;/p&gt;</content></entry></feed>
            """);
        var fromRss = ReadAll(rss);
        var item = Assert.IsType<ReadOutcome.Read>(fromRss[0]).Document;
        Assert.Equal($"{rss}#1", item.Source);
        Assert.Equal("https://contoh.test/a", item.Url);
        Assert.Equal(["Rina Wati"], item.Hints?.Authors);
        Assert.Contains("not at hand", Assert.IsType<ReadOutcome.Failed>(fromRss[1]).Reason);
        var entry = Assert.IsType<ReadOutcome.Read>(ReadAll(atom).Single()).Document;
        Assert.Equal("Harga Cabai Naik", entry.Hints?.Title);
        Assert.Contains("Harga cabai naik", Encoding.UTF8.GetString(entry.Content.Span));
    }

    [Fact]
    public void An_xml_bomb_is_refused_without_expanding_it()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "bomb.xml");
        var entities = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        File.WriteAllText(path, $"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n{entities}\n]>\n<rss><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>");
        var before = GC.GetTotalMemory(true);
        var failed = Assert.IsType<ReadOutcome.Failed>(ReadAll(path).Single());
        Assert.Contains("DTD", failed.Reason);
        Assert.True(GC.GetTotalMemory(false) - before < 50_000_000, "memory stayed bounded");
    }

    [Fact]
    public void A_feed_that_is_not_xml_is_reported()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var path = Path.Combine(dir, "feed.rss");
        File.WriteAllText(path, "<rss><channel><item><title>unclosed");
        Assert.Contains("not well-formed", Assert.IsType<ReadOutcome.Failed>(ReadAll(path).Single()).Reason);
    }
}

public class SpecialFileTests
{
    [Fact]
    public void A_fifo_in_a_folder_is_reported_not_waited_on()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Banjir merendam ratusan rumah warga di Kota Contoh pada Senin pagi.");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(dir, "pipe")])!) mkfifo.WaitForExit();
        var outcomes = Task.Run(() => Kabar.Extraction.ExtractionRun.FromPaths([dir]));
        Assert.True(outcomes.Wait(TimeSpan.FromSeconds(60)), "reading a folder with a FIFO finished");
        Assert.Contains(outcomes.Result, o => o is Kabar.Model.ExtractionOutcome.Rejected f && f.Source.EndsWith("pipe") && f.Reason.Contains("empty"));
        Assert.Contains(outcomes.Result, o => o is Kabar.Model.ExtractionOutcome.Extracted);
    }
}
