using Kabar.Extraction;
using Kabar.Model;

namespace Kabar.Tests.Extraction;

public class LeadParagraphTests
{
    [Fact]
    public void A_noun_heavy_lead_after_a_title_case_dateline_stays_the_first_paragraph()
    {
        const string page = """
            Pemerintah Kota Cirebon Bahas Anggaran Air Bersih Tahap 2

            Cirebon - Rencana anggaran air bersih tahap 2 dibicarakan dalam rapat dewan kota pada Senin (4/3/2024), kata Menteri Rina Wati.

            "Kami ingin proyek ini selesai tahun ini, dengan biaya Rp 102 miliar," kata Rina Wati kepada wartawan di Cirebon.

            Rapat itu juga membahas jadwal pembangunan, pipa baru sepanjang 12 kilometer, dan waduk cadangan untuk musim kemarau.
            """;
        var outcome = ArticleExtractor.Extract(new RawDocument("lead.txt", System.Text.Encoding.UTF8.GetBytes(page)));
        var article = Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
        Assert.StartsWith("Rencana anggaran air bersih tahap 2 dibicarakan", article.Body);
        Assert.Equal("Cirebon", article.Dateline);
        Assert.Null(article.Subtitle);
    }
}
