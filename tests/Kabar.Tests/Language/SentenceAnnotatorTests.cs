namespace Kabar.Tests.Language;

public class SentenceAnnotatorTests
{
    [Fact]
    public void Titles_addresses_numbers_and_dates_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["Dr. Andi tiba di Jl. Merdeka No. 5 pukul 10.30 WIB bersama pejabat U.S. Department of State.", "Ia disambut warga."],
            TestDocuments.Sentences("Dr. Andi tiba di Jl. Merdeka No. 5 pukul 10.30 WIB bersama pejabat U.S. Department of State. Ia disambut warga."));
        Assert.Equal(
            ["Anggaran Rp 1,24 triliun dan US$ 770 Miliar disetujui pada Senin (27/12).", "Harga emas 1.350.000 naik 10,20 persen."],
            TestDocuments.Sentences("Anggaran Rp 1,24 triliun dan US$ 770 Miliar disetujui pada Senin (27/12). Harga emas 1.350.000 naik 10,20 persen."));
    }

    [Fact]
    public void A_quote_that_closes_after_the_stop_stays_with_its_attribution()
    {
        var sentences = TestDocuments.Sentences("\"Akan ada kemajuan. Itulah diplomasi,\" kata sang juru bicara. Rapat berakhir.");
        Assert.Equal(["\"Akan ada kemajuan.", "Itulah diplomasi,\" kata sang juru bicara.", "Rapat berakhir."], sentences);
        Assert.Equal(["\"Itulah diplomasi.\" kata dia."], TestDocuments.Sentences("\"Itulah diplomasi.\" kata dia."));
    }

    [Fact]
    public void A_closing_mark_after_the_stop_ends_the_sentence()
    {
        Assert.Equal(["“Itulah yang dimaksud dengan diplomasi.”", "Presiden tiba kemudian."],
            TestDocuments.Sentences("“Itulah yang dimaksud dengan diplomasi.” Presiden tiba kemudian."));
        Assert.Equal(["Ia bertanya: \"Kapan?\"", "Tidak ada jawaban."],
            TestDocuments.Sentences("Ia bertanya: \"Kapan?\" Tidak ada jawaban."));
    }

    [Fact]
    public void Line_and_paragraph_breaks_always_end_a_sentence()
    {
        Assert.Equal(["Judul tanpa titik", "Kalimat pertama", "Baris kedua."],
            TestDocuments.Sentences("Judul tanpa titik\n\nKalimat pertama\nBaris kedua."));
    }

    [Fact]
    public void Text_without_sentences_gives_none_or_one_and_never_fails()
    {
        Assert.Empty(TestDocuments.Sentences(""));
        Assert.Empty(TestDocuments.Sentences("   \n\n  "));
        Assert.Single(TestDocuments.Sentences("..."));
        Assert.Single(TestDocuments.Sentences("😀😀 👍"));
    }
}
