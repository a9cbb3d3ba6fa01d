using Kabar.Annotation;
using Kabar.Annotation.Quotes;
using Kabar.Model;
using Kabar.Tests.Language;

namespace Kabar.Tests.Annotation;

/// <summary>Quote patterns of Indonesian news, on invented sentences; entities are given by hand, as the entity layer would give them.</summary>
public class QuoteAnnotatorTests
{
    private static List<SeenQuote> Quotes(AnnotationDocument document)
    {
        new QuoteAnnotator().Annotate(document);
        var quotes = SeenQuote.Of(document);
        foreach (var q in quotes)
        {
            Assert.Equal(q.Text, q.Span.Of(document.Text));
            if (q.SpeakerSpan is { } s) Assert.Equal(q.Speaker, s.Of(document.Text));
        }
        return quotes;
    }

    private static SeenQuote Single(AnnotationDocument document) => Assert.Single(Quotes(document));

    [Theory]
    [InlineData("\"Kami tidak akan mundur,\" kata Budi Santoso.", "kata")]
    [InlineData("“Kami tidak akan mundur,” ujar Budi Santoso kepada wartawan.", "ujar")]
    [InlineData("\"Kami tidak akan mundur,\" tegas Budi Santoso di Jakarta, Senin.", "tegas")]
    [InlineData("\"Kami tidak akan mundur,\" Budi Santoso menambahkan.", "menambahkan")]
    public void The_speaker_after_the_quote(string body, string cue)
    {
        var quote = Single(TestDocuments.Split(body).With("Budi Santoso", EntityTypes.Person, "Budi Santoso"));
        Assert.True(quote.Direct);
        Assert.Equal("Kami tidak akan mundur", quote.Text);
        Assert.Equal("Budi Santoso", quote.SpeakerCanonical);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void The_speaker_before_the_quote()
    {
        var quote = Single(TestDocuments.Split("Menteri Perdagangan Andi Wijaya mengatakan, \"Harga beras akan turun.\"")
            .With("Andi Wijaya", EntityTypes.Person, "Andi Wijaya", "Menteri Perdagangan"));
        Assert.True(quote.Direct);
        Assert.Equal("Harga beras akan turun.", quote.Text);
        Assert.Equal("Andi Wijaya", quote.SpeakerCanonical);
        Assert.Equal("mengatakan", quote.Cue);
    }

    [Fact]
    public void A_surname_carries_the_canonical_name_of_its_entity()
    {
        var quote = Single(TestDocuments.Split("\"Kami siap,\" kata jubir Wijaya.").With("Wijaya", EntityTypes.Person, "Andi Wijaya"));
        Assert.Equal("Wijaya", quote.Speaker);
        Assert.Equal("Andi Wijaya", quote.SpeakerCanonical);
    }

    [Theory]
    [InlineData("\"Harga beras naik,\" ujarnya.", "ujarnya")]
    [InlineData("\"Harga beras naik,\" kata dia.", "kata")]
    [InlineData("\"Harga beras naik,\" lanjut beliau.", "lanjut")]
    [InlineData("Ia menambahkan, harga beras naik tajam pekan ini.", "menambahkan")]
    public void A_pronoun_is_the_last_person_named(string second, string cue)
    {
        var body = "Menteri Perdagangan Andi Wijaya meninjau pasar bersama Gubernur Jawa Barat. " + second;
        var quote = Single(TestDocuments.Split(body).With("Andi Wijaya", EntityTypes.Person).With("Jawa Barat", EntityTypes.Location));
        Assert.Equal("Andi Wijaya", quote.SpeakerCanonical);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void Names_inside_a_quote_are_not_antecedents()
    {
        var body = "Rina Kusuma tiba di Bandung. \"Saya bertemu Joko Susilo kemarin,\" katanya.";
        var quote = Single(TestDocuments.Split(body).With("Rina Kusuma", EntityTypes.Person).With("Joko Susilo", EntityTypes.Person));
        Assert.Equal("Rina Kusuma", quote.SpeakerCanonical);
    }

    [Fact]
    public void An_unnamed_speaker_keeps_the_role_phrase()
    {
        var quote = Single(TestDocuments.Split("\"Tim sudah berangkat,\" kata sang juru bicara Badan SAR Nasional, seperti dikutip Antara.")
            .With("Badan SAR Nasional", EntityTypes.Organisation));
        Assert.Equal("juru bicara Badan SAR Nasional", quote.Speaker);
        Assert.Null(quote.SpeakerCanonical);
        Assert.Null(quote.Quote.SpeakerEntity); // the role's words, not the organisation inside them
        Assert.Equal("juru bicara Badan SAR Nasional", quote.Who?.Name);
    }

    [Fact]
    public void A_person_after_a_possessive_noun_is_not_the_speaker()
    {
        var quote = Single(TestDocuments.Split("Harga minyak akan naik tahun depan, kata juru bicara pemerintahan Wijaya pada Senin.")
            .With("Wijaya", EntityTypes.Person));
        Assert.False(quote.Direct);
        Assert.Equal("juru bicara pemerintahan Wijaya", quote.Speaker);
    }

    [Fact]
    public void A_quote_paragraph_without_attribution_takes_the_speaker_of_the_paragraph_before()
    {
        var body = "Pembangunan jembatan akan selesai tahun depan, kata juru bicara Kementerian Pekerjaan Umum, seperti dikutip Antara.\n\n" +
                   "\"Kami sudah menyiapkan anggarannya.\"\n\n" +
                   "“Pekerja juga sudah siap.”";
        var quotes = Quotes(TestDocuments.Split(body).With("Kementerian Pekerjaan Umum", EntityTypes.Organisation));
        Assert.Equal(3, quotes.Count);
        Assert.False(quotes[0].Direct);
        Assert.All(quotes, q => Assert.Equal("juru bicara Kementerian Pekerjaan Umum", q.Speaker));
        Assert.True(quotes[1].Direct);
        Assert.Equal("Pekerja juga sudah siap.", quotes[2].Text);
    }

    [Fact]
    public void A_paragraph_that_ends_with_a_colon_introduces_the_quote_below()
    {
        var quote = Single(TestDocuments.Split("Andi Wijaya mengatakan:\n\n\"Kami siap membantu korban banjir.\"")
            .With("Andi Wijaya", EntityTypes.Person));
        Assert.True(quote.Direct);
        Assert.Equal("Andi Wijaya", quote.SpeakerCanonical);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_takes_the_speaker_named_at_its_end()
    {
        var body = "Banjir melanda kota itu sejak pagi.\n\n“Air naik sangat cepat dan kami tidak sempat menyelamatkan barang.\n\n“Kami butuh bantuan,” kata Rina Kusuma.";
        var quotes = Quotes(TestDocuments.Split(body).With("Rina Kusuma", EntityTypes.Person));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Rina Kusuma", q.SpeakerCanonical));
        Assert.StartsWith("Air naik", quotes[0].Text);
    }

    [Fact]
    public void A_role_mentioned_again_points_back_to_its_holder()
    {
        var body = "Juru bicara Kepolisian Daerah pada Senin mengatakan, dua tersangka sudah ditahan. Polisi masih mencari pelaku lain, tambah juru bicara itu.";
        var quotes = Quotes(TestDocuments.Split(body));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Juru bicara Kepolisian Daerah", q.Speaker));
        Assert.Equal("tambah", quotes[1].Cue);
    }

    [Fact]
    public void A_capital_speaks_for_its_government()
    {
        var withEntity = Single(TestDocuments.Split("\"Kami menolak tuduhan itu,\" kata Beijing dalam sebuah pernyataan.")
            .With("Beijing", EntityTypes.Location));
        Assert.Equal("Beijing", withEntity.Speaker);
        Assert.Equal("Tiongkok", withEntity.SpeakerCanonical);
        var withoutEntities = Single(TestDocuments.Split("\"Kami menolak tuduhan itu,\" kata Brussel dalam sebuah pernyataan."));
        Assert.Equal("Uni Eropa", withoutEntities.SpeakerCanonical);
    }

    [Fact]
    public void An_organisation_can_speak()
    {
        var quote = Single(TestDocuments.Split("Badan Pusat Statistik mengatakan inflasi bulan ini turun menjadi dua persen.")
            .With("Badan Pusat Statistik", EntityTypes.Organisation, "BPS"));
        Assert.False(quote.Direct);
        Assert.Equal("BPS", quote.SpeakerCanonical);
        Assert.Equal("inflasi bulan ini turun menjadi dua persen", quote.Text);
    }

    [Theory]
    [InlineData("Andi Wijaya mengatakan bahwa harga beras akan turun bulan depan.", "harga beras akan turun bulan depan", "mengatakan")]
    [InlineData("Andi Wijaya menegaskan bahwa harga beras akan turun bulan depan.", "harga beras akan turun bulan depan", "menegaskan")]
    [InlineData("Menurut Andi Wijaya, harga beras akan turun bulan depan.", "harga beras akan turun bulan depan", "Menurut")]
    [InlineData("Harga beras akan turun bulan depan, menurut Andi Wijaya.", "Harga beras akan turun bulan depan", "menurut")]
    [InlineData("Harga beras akan turun bulan depan, kata Andi Wijaya kepada wartawan.", "Harga beras akan turun bulan depan", "kata")]
    [InlineData("Andi Wijaya pada Senin (4/3) mengatakan pada rapat kabinet bahwa harga beras akan turun.", "harga beras akan turun", "mengatakan")]
    public void Reported_speech_is_not_direct(string body, string text, string cue)
    {
        var quote = Single(TestDocuments.Split(body).With("Andi Wijaya", EntityTypes.Person));
        Assert.False(quote.Direct);
        Assert.Equal(text, quote.Text);
        Assert.Equal("Andi Wijaya", quote.SpeakerCanonical);
        Assert.Equal(cue, quote.Cue);
    }

    public static TheoryData<string> Complementisers() => new(QuoteLexicon.Complementisers.Words);

    [Theory]
    [MemberData(nameof(Complementisers))]
    public void A_complementiser_from_the_data_file_opens_reported_words_and_is_left_out_of_them(string word)
    {
        var reported = Single(TestDocuments.Split($"Andi Wijaya mengatakan {word} harga beras akan turun bulan depan.").With("Andi Wijaya", EntityTypes.Person));
        Assert.Equal(("harga beras akan turun bulan depan", "Andi Wijaya"), (reported.Text, reported.SpeakerCanonical));
        var direct = Single(TestDocuments.Split($"Andi Wijaya mengatakan {word} \"Harga beras akan turun bulan depan.\"").With("Andi Wijaya", EntityTypes.Person));
        Assert.Equal((true, "Andi Wijaya"), (direct.Direct, direct.SpeakerCanonical));
    }

    public static TheoryData<string> RelativeWords() => new(QuoteLexicon.RelativeWords.Words);

    [Theory]
    [MemberData(nameof(RelativeWords))]
    public void A_cue_verb_after_a_relative_word_speaks_for_the_speaker_already_in_its_sentence(string word)
    {
        var quotes = Quotes(TestDocuments.Split($"\"Stok kita cukup,\" kata Andi Wijaya, {word} mengatakan bahwa harga beras akan turun bulan depan.")
            .With("Andi Wijaya", EntityTypes.Person));
        var reported = Assert.Single(quotes, q => !q.Direct);
        Assert.Equal(("harga beras akan turun bulan depan", "Andi Wijaya"), (reported.Text, reported.SpeakerCanonical));
    }

    [Fact]
    public void English_cues_work_too()
    {
        var quote = Single(TestDocuments.Split("\"We are ready,\" said John Smith on Monday.", "en").With("John Smith", EntityTypes.Person));
        Assert.Equal("John Smith", quote.SpeakerCanonical);
        Assert.Equal("said", quote.Cue);
    }

    [Theory]
    [InlineData("Harga beras naik di pasar. Banyak warga mengeluh soal harga.")]
    [InlineData("Dengan kata lain, harga beras akan naik tahun ini.")]
    [InlineData("Ketik kata kunci yang diinginkan lalu tekan tombol kirim.")]
    [InlineData("Lebih lanjut, pemerintah akan membangun jembatan baru.")]
    [InlineData("Kota itu dijuluki \"Kota Kembang\" oleh warganya sejak dulu.")]
    [InlineData("Pertandingan berakhir imbang. \"Final\" akan digelar pekan depan di stadion utama.")]
    [InlineData("Sinyal itu disampaikan oleh Andi Wijaya dalam jumpa pers.")]
    public void Sentences_without_quote_marks_or_cues_give_no_quote(string body)
    {
        Assert.Empty(Quotes(TestDocuments.Split(body).With("Andi Wijaya", EntityTypes.Person)));
    }

    [Theory]
    [InlineData("Reid talked about her career. She said of the show.")]
    [InlineData("California prosecutors had said that the actress would be arrested soon.")]
    public void English_cues_without_a_clear_speaker_or_content_give_nothing(string body)
    {
        Assert.Empty(Quotes(TestDocuments.Split(body, "en")));
    }

    [Fact]
    public void The_speaker_is_the_entity_mention_it_names_whatever_order_the_entities_were_added_in()
    {
        // Entities added out of body order: the frozen article orders them by position, and the quote's reference follows.
        var document = TestDocuments.Split("Andi Wijaya membuka rapat. \"Kami siap membantu warga,\" kata Rina Kusuma.")
            .With("Rina Kusuma", EntityTypes.Person, "Rina Kusuma").With("Andi Wijaya", EntityTypes.Person, "Andi Wijaya");
        new QuoteAnnotator().Annotate(document);
        var article = document.Freeze();
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(1, quote.SpeakerEntity);
        Assert.Same(article.Entities[1], article.SpeakerOf(quote)?.Entity);
        Assert.Equal("Rina Kusuma", article.SpeakerOf(quote)?.Canonical);
    }

    [Fact]
    public void The_pipeline_declares_what_quotes_need()
    {
        var annotator = new QuoteAnnotator();
        Assert.Equal(AnnotationLayers.Sentences | AnnotationLayers.Entities, annotator.Requires);
        Assert.Equal(AnnotationLayers.Quotes, annotator.Produces);
    }
}
