using Kabar.Annotation;
using Kabar.Annotation.Quotes;
using Kabar.Model;
using Kabar.Tests.Language;

namespace Kabar.Tests.Annotation;

/// <summary>
/// Quotes in the dress real pages and research corpora print them in: the same mark on both sides,
/// spaces around punctuation, a whole article on one line, stray marks; speakers from pronouns and roles.
/// Invented sentences in the shape of Indonesian news; entities are given by hand.
/// </summary>
public class QuoteDressTests
{
    private static List<SeenQuote> Quotes(AnnotationDocument document)
    {
        new QuoteAnnotator().Annotate(document);
        foreach (var q in document.Quotes) Assert.Equal(q.Text, q.Span.Of(document.Text));
        return SeenQuote.Of(document).Where(q => q.Direct).ToList();
    }

    private const string Article =
        "Menteri Perdagangan Andi Wijaya meninjau Pasar Induk pada Senin pagi . " +
        "{o} Harga beras akan turun pekan depan . Stok kita cukup sampai Lebaran , {c} kata Andi . " +
        "Ia juga meminta pedagang tidak menimbun . " +
        "{o} Kami akan menindak tegas siapa pun yang bermain harga , {c} ujarnya . " +
        "Sementara itu , Ketua Asosiasi Pedagang Rina Lestari mengatakan , {o} Kami mendukung langkah itu . {c} " +
        "Pedagang di pasar itu menyebut harga cabai masih tinggi .";

    [Theory]
    [InlineData("\"", "\"")]
    [InlineData("”", "”")]
    [InlineData("“", "”")]
    [InlineData("''", "''")]
    [InlineData("«", "»")]
    [InlineData("»", "«")]
    public void Tokenised_one_line_text_gives_the_same_quotes_in_any_marks(string open, string close)
    {
        var body = Article.Replace("{o}", open).Replace("{c}", close);
        var quotes = Quotes(TestDocuments.Split(body)
            .With("Andi Wijaya", EntityTypes.Person, "Andi Wijaya", "Menteri Perdagangan")
            .With("Andi", EntityTypes.Person, "Andi Wijaya")
            .With("Rina Lestari", EntityTypes.Person, "Rina Lestari", "Ketua Asosiasi Pedagang"));
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Harga beras akan turun pekan depan . Stok kita cukup sampai Lebaran", quotes[0].Text);
        Assert.Equal("Kami akan menindak tegas siapa pun yang bermain harga", quotes[1].Text);
        Assert.StartsWith("Kami mendukung langkah itu", quotes[2].Text);
        Assert.Equal(["Andi Wijaya", "Andi Wijaya", "Rina Lestari"], quotes.Select(q => q.SpeakerCanonical));
    }

    [Theory]
    [InlineData("\"Kami siap bertanding\", kata Budi Santoso.")]
    [InlineData("\"Kami siap bertanding,\" kata Budi Santoso.")]
    [InlineData("\" Kami siap bertanding \" , kata Budi Santoso .")]
    public void The_closing_mark_before_or_after_the_comma(string body)
    {
        var quote = Assert.Single(Quotes(TestDocuments.Split(body).With("Budi Santoso", EntityTypes.Person)));
        Assert.Equal("Kami siap bertanding", quote.Text.Trim());
        Assert.Equal("Budi Santoso", quote.SpeakerCanonical);
    }

    [Fact]
    public void A_stray_mark_does_not_swallow_the_article()
    {
        var narration = string.Concat(Enumerable.Repeat("Pembangunan jembatan itu dimulai tahun lalu dan ditargetkan selesai akhir tahun ini . ", 30));
        var body = "Warga menyebut jembatan itu \" jembatan harapan sejak lama . " + narration +
                   "\" Kami berharap jembatan ini segera dibuka , \" kata Budi Santoso . " + narration;
        var quotes = Quotes(TestDocuments.Split(body).With("Budi Santoso", EntityTypes.Person));
        Assert.All(quotes, q => Assert.True(q.Text.Length <= QuoteMarks.MaximumLength, $"{q.Text.Length} characters"));
        var quote = Assert.Single(quotes, q => q.Speaker is not null);
        Assert.Equal("Kami berharap jembatan ini segera dibuka", quote.Text);
        Assert.Equal("Budi Santoso", quote.SpeakerCanonical);
    }

    [Fact]
    public void Curly_marks_may_enclose_a_long_quote()
    {
        var inner = string.Concat(Enumerable.Repeat("Kami akan terus membangun jalan dan jembatan di seluruh daerah . ", 30)).Trim();
        var quote = Assert.Single(Quotes(TestDocuments.Split("“" + inner + "” kata Budi Santoso.").With("Budi Santoso", EntityTypes.Person)));
        Assert.True(quote.Text.Length > QuoteMarks.MaximumLength);
        Assert.Equal("Budi Santoso", quote.SpeakerCanonical);
    }

    [Fact]
    public void A_quote_run_over_paragraphs_on_one_line_waits_for_its_speaker()
    {
        var body = "“Kami sudah menyiapkan anggaran.\n“Pembangunan dimulai bulan depan.\n“Semua warga akan dilibatkan,” kata Budi Santoso.";
        var quotes = Quotes(TestDocuments.Split(body).With("Budi Santoso", EntityTypes.Person));
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Budi Santoso", q.SpeakerCanonical));
    }

    [Fact]
    public void A_pronoun_with_no_person_before_it_gives_no_speaker()
    {
        var quote = Assert.Single(Quotes(TestDocuments.Split("\"Harga beras akan naik bulan depan,\" kata dia.")));
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerCanonical);
    }

    [Fact]
    public void A_role_names_the_person_who_holds_it_in_the_article()
    {
        var body = "Menteri Keuangan Sri Wahyuni membuka rapat anggaran di Jakarta. Rapat berlangsung tertutup. " +
                   "\"Defisit tahun ini tetap di bawah tiga persen,\" kata Menkeu.";
        var quote = Assert.Single(Quotes(TestDocuments.Split(body).With("Sri Wahyuni", EntityTypes.Person, "Sri Wahyuni", "Menteri Keuangan")));
        Assert.Equal("Sri Wahyuni", quote.SpeakerCanonical);
    }

    [Fact]
    public void A_role_before_a_comma_and_a_name_is_spoken_by_the_name()
    {
        var body = "\"Pelaku sudah kami tangkap,\" ucap Kasat Reskrim Polres Kota Baru, AKBP Dedi Kurnia kepada wartawan.";
        var quote = Assert.Single(Quotes(TestDocuments.Split(body).With("Kota Baru", EntityTypes.Location).With("Dedi Kurnia", EntityTypes.Person)));
        Assert.Equal("Dedi Kurnia", quote.SpeakerCanonical);
    }

    [Fact]
    public void A_group_pronoun_names_the_last_organisation()
    {
        var body = "Serikat Buruh Nasional menolak kenaikan harga itu. \"Kenaikan ini memberatkan buruh di seluruh daerah,\" kata mereka.";
        var quote = Assert.Single(Quotes(TestDocuments.Split(body).With("Serikat Buruh Nasional", EntityTypes.Organisation)));
        Assert.Equal("Serikat Buruh Nasional", quote.SpeakerCanonical);
    }
}
