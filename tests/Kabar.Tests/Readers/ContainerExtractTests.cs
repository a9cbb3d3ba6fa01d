using System.Text.Json;
using Kabar.Tests.Support;
using static Kabar.Tests.Readers.ReaderFixtures;

namespace Kabar.Tests.Readers;

/// <summary>Container files through `kabar extract`: every page gets FILE#N as source and its URL.</summary>
public class ContainerExtractTests
{
    private const string Article = "<html><head><title>Banjir Rendam Ratusan Rumah di Kota Contoh</title></head><body><article><h1>Banjir Rendam Ratusan Rumah di Kota Contoh</h1>"
        + "<p>Banjir merendam ratusan rumah warga di Kota Contoh pada Senin pagi setelah hujan deras mengguyur wilayah itu sejak malam hari.</p>"
        + "<p>Petugas mendirikan posko pengungsian dan dapur umum di beberapa kelurahan, dan warga lanjut usia dievakuasi dengan perahu karet.</p></article></body></html>";

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void A_warc_and_a_json_lines_export_are_extracted_page_by_page()
    {
        using var dirFolder = new Storage.TempFolder("kabar-readers-");
        var dir = dirFolder.Path;
        var warc = Path.Combine(dir, "crawl.warc.gz");
        File.WriteAllBytes(warc, Gzip(WarcRecord("response", "https://contoh.test/banjir", HttpResponse(Article))));
        var jsonl = Path.Combine(dir, "export.jsonl");
        File.WriteAllLines(jsonl, [
            JsonSerializer.Serialize(new { url = "https://contoh.test/a", page_source = Article, judul = "Judul dari Ekspor", tanggal = "2022-01-10T08:00:00+07:00" }),
            "{broken",
        ]);
        var r = KabarProcess.Run("extract", warc, jsonl, "--json", "--map", "html=page_source,title=judul,published=tanggal");
        Assert.Equal(0, r.ExitCode);
        var pages = Lines(r.Stdout);
        Assert.Equal([$"{warc}#1", $"{jsonl}#1", $"{jsonl}#2"], pages.Select(p => p.GetProperty("source").GetString()));
        Assert.Equal("https://contoh.test/banjir", pages[0].GetProperty("url").GetString());
        Assert.Contains("Banjir merendam ratusan rumah", pages[1].GetProperty("body").GetString());
        Assert.Equal("2022-01-10", pages[1].GetProperty("published").GetString()![..10]);
        Assert.True(pages[2].TryGetProperty("error", out _));
        Assert.Contains($"{jsonl}#2", r.Stderr);
    }

    [Fact]
    public void A_malformed_map_is_a_usage_error()
    {
        var r = KabarProcess.Run("extract", Repo.Samples, "--map", "nonsense");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("ROLE=FIELD", r.Stderr);
    }
}
