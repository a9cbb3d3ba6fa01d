using System.Text;
using Kabar.Extraction;
using Kabar.Model;

namespace Kabar.Tests.Extraction;

/// <summary>A page that prints no headline gets one title generator, whether it is HTML or a text dump: the lead's first sentence, by the shared splitter.</summary>
public class TitleGeneratorTests
{
    private const string Lead = "Dr. Siti Rahma membuka klinik apung di Pulau Contoh pada Senin. Klinik itu melayani warga dari enam desa yang jauh dari puskesmas.";
    private const string Second = "Kepala dinas kesehatan mengatakan kapal klinik akan singgah di setiap desa dua kali dalam sebulan selama musim kemarau.";

    private static Article Extract(string source, string content) =>
        Assert.IsType<ExtractionOutcome.Extracted>(ArticleExtractor.Extract(new RawDocument(source, Encoding.UTF8.GetBytes(content)))).Article;

    [Fact]
    public void Html_and_a_text_dump_without_a_headline_get_the_same_title_the_leads_first_sentence()
    {
        var html = Extract("klinik.html", $"<html><body><article><p>{Lead}</p><p>{Second}</p></article></body></html>");
        var text = Extract("klinik.txt", $"{Lead}\n\n{Second}\n");
        Assert.True(html.TitleGenerated);
        Assert.True(text.TitleGenerated);
        // 'Dr.' is an abbreviation the tokenizer keeps whole, not the end of a sentence.
        Assert.Equal("Dr. Siti Rahma membuka klinik apung di Pulau Contoh pada Senin", text.Title);
        Assert.Equal(text.Title, html.Title);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_its_first_long_enough_clause()
    {
        const string lead = "Pemerintah kabupaten akan membangun dermaga baru bagi kapal nelayan di pesisir selatan tahun depan, kata bupati dalam rapat bersama para kepala desa.";
        var a = Extract("dermaga.txt", $"{lead}\n\n{Second}\n");
        Assert.Equal("Pemerintah kabupaten akan membangun dermaga baru bagi kapal nelayan di pesisir selatan tahun depan", a.Title);
    }
}
