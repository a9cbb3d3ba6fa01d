using System.Text;
using Kabar.Extraction;
using Kabar.Model;

namespace Kabar.Tests.Extraction;

/// <summary>How extraction decides what a page is, and how one bad page stays one failure.</summary>
public class ExtractionDispatchTests
{
    private const string GoodPage = """
        Jalan Desa Diperbaiki Menjelang Musim Hujan

        Pemerintah desa mulai memperbaiki jalan utama yang rusak sebelum musim hujan tiba agar hasil panen warga tetap bisa diangkut ke pasar.

        Perbaikan dikerjakan bersama warga secara bergotong royong dan ditargetkan selesai dalam tiga pekan ke depan.
        """;

    private static RawDocument Doc(string name, byte[] bytes) => new(name, bytes);

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("  \n\r\n\t ", "empty file")]
    public void An_empty_page_is_rejected_as_empty(string content, string reason)
    {
        var outcome = ArticleExtractor.ExtractBatch([Doc("empty.txt", Encoding.UTF8.GetBytes(content))])[0];
        Assert.Equal(new ExtractionOutcome.Rejected("empty.txt", reason), outcome);
    }

    [Theory]
    [InlineData("page.txt", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData("page.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData("data.txt", new byte[] { 0x41, 0x42, 0x00, 0x01, 0x43, 0x00, 0x44 }, "NUL")]
    public void A_binary_file_is_rejected_naming_what_it_looks_like_whatever_its_name(string name, byte[] bytes, string what)
    {
        var rejected = Assert.IsType<ExtractionOutcome.Rejected>(ArticleExtractor.ExtractBatch([Doc(name, bytes)])[0]);
        Assert.Equal(name, rejected.Source);
        Assert.Contains(what, rejected.Reason);
    }

    [Fact]
    public void Bad_pages_fail_alone_and_the_batch_goes_on_in_order()
    {
        var outcomes = ArticleExtractor.ExtractBatch([
            Doc("a-empty.txt", []),
            Doc("b-good.txt", Encoding.UTF8.GetBytes(GoodPage)),
            Doc("c-pdf.txt", Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n")),
        ]);
        Assert.Equal(["a-empty.txt", "b-good.txt", "c-pdf.txt"], outcomes.Select(o => o.Source));
        Assert.IsType<ExtractionOutcome.Rejected>(outcomes[0]);
        Assert.Equal("Jalan Desa Diperbaiki Menjelang Musim Hujan", Assert.IsType<ExtractionOutcome.Extracted>(outcomes[1]).Article.Title);
        Assert.IsType<ExtractionOutcome.Rejected>(outcomes[2]);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", true)]
    [InlineData("\n  <html lang=\"id\"><head><title>x</title></head>", true)]
    [InlineData("<div><p>a</p><p>b</p><span>c</span><a href=x>d</a><br></div>", true)]
    [InlineData("Judul berita\n\nIsi berita <b>tebal</b> di sini.", false)]
    public void Html_is_told_from_a_text_dump_by_its_markup(string text, bool html) =>
        Assert.Equal(html, ContentSniffer.LooksLikeHtml(text));

    [Fact]
    public void A_page_that_never_finishes_is_stopped_at_its_budget_with_a_clear_reason()
    {
        var outcome = PageGuard.Run("slow.html", TimeSpan.FromMilliseconds(100), _ =>
        {
            Thread.Sleep(Timeout.Infinite);
            return (ExtractionOutcome)new ExtractionOutcome.Rejected("slow.html", "unreachable");
        });
        var rejected = Assert.IsType<ExtractionOutcome.Rejected>(outcome);
        Assert.Contains("budget", rejected.Reason);
    }

    [Fact]
    public void A_crashing_extractor_becomes_a_rejection_naming_the_error()
    {
        var outcome = PageGuard.Run("crash.html", TimeSpan.FromSeconds(10), _ => throw new InvalidOperationException("boom"));
        Assert.Equal(new ExtractionOutcome.Rejected("crash.html", "extraction failed: InvalidOperationException: boom"), outcome);
    }

    [Fact]
    public void Page_work_has_stack_for_a_walk_over_100000_nested_elements()
    {
        static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);
        var outcome = PageGuard.Run("deep.html", TimeSpan.FromSeconds(30),
            _ => (ExtractionOutcome)new ExtractionOutcome.Rejected("deep.html", $"depth {Depth(100_000)}"));
        Assert.Equal("depth 100000", Assert.IsType<ExtractionOutcome.Rejected>(outcome).Reason);
    }
}
