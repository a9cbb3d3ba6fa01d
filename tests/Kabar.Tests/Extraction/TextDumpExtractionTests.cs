using System.Text;
using Kabar.Extraction;
using Kabar.Model;
using Kabar.Tests.Support;

namespace Kabar.Tests.Extraction;

/// <summary>Text dumps from invented outlets that no data file names: the extractor must still find the article and its metadata.</summary>
public class TextDumpExtractionTests
{
    private static readonly string Fixtures = Path.Combine(Repo.Root, "tests", "Kabar.Tests", "Extraction", "Fixtures", "TextDumps");

    private static RawDocument Fixture(string name) => new(name, File.ReadAllBytes(Path.Combine(Fixtures, name)));

    private static Article ExtractOne(RawDocument document)
    {
        var outcome = ArticleExtractor.ExtractBatch([document])[0];
        if (outcome is ExtractionOutcome.Rejected rejected) Assert.Fail($"{rejected.Source} rejected: {rejected.Reason}");
        return Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
    }

    [Fact]
    public void An_unknown_outlet_with_a_domain_line_gets_its_metadata_and_clean_body()
    {
        var a = ExtractOne(Fixture("warta-bahari.txt"));
        Assert.Equal("wartabahari.id", a.OutletDomain);
        Assert.Equal("Pelabuhan Baru di Teluk Sirih Mulai Beroperasi Bulan Depan", a.Title);
        Assert.False(a.TitleGenerated);
        Assert.Equal("2022-01-05T09:15:00+07:00", a.Published?.ToIso());
        Assert.Equal(["Dewi Larasati"], a.Authors);
        Assert.Equal(["Bagus Hartono"], a.Editors);
        Assert.Equal(["Dok. Pemkab Sirih"], a.PhotoCredits);
        Assert.Equal("Sirih", a.Dateline);
        Assert.StartsWith("Pemerintah Kabupaten Sirih memastikan", a.Body);
        Assert.EndsWith("seratus kendaraan roda empat.", a.Body);
        Assert.Contains("\n\nTarif dan Jadwal Kapal\n\n", a.Body);
        Assert.Contains("\n\nFasilitas Pendukung\n\n", a.Body);
        foreach (var gone in new[] { "Baca juga", "Google News", "Tag:", "Berita Terkait", "Beranda", "(Foto:" })
            Assert.DoesNotContain(gone, a.Body);
        Assert.Contains(a.Cut, c => c.Reason == CutReasons.RelatedLink && c.Text.StartsWith("Baca juga"));
        Assert.Contains(a.Cut, c => c.Reason == CutReasons.Dateline && c.Text.StartsWith("SIRIH"));
        Assert.DoesNotContain(a.Warnings, w => w.Kind == ExtractionWarningKind.NoPublishTime);
    }

    [Fact]
    public void A_page_with_no_outlet_named_keeps_outlet_null_and_reads_byline_standfirst_and_sign_off()
    {
        var a = ExtractOne(Fixture("kabar-lembah.txt"));
        Assert.Null(a.Outlet);
        Assert.Null(a.OutletDomain);
        Assert.Equal("Pasar Tradisional Lembah Hijau Direnovasi, Pedagang Dipindah Sementara", a.Title);
        Assert.Equal("Pedagang menempati kios darurat di lapangan kecamatan selama renovasi berlangsung.", a.Subtitle);
        Assert.Equal(["Siti Rahma"], a.Authors);
        Assert.Equal(["rza"], a.Editors);
        Assert.Equal("2022-03-12T14:05:00+08:00", a.Published?.ToIso());
        Assert.Equal("Lembah Hijau", a.Dateline);
        Assert.StartsWith("Pemerintah kota mulai merenovasi", a.Body);
        Assert.EndsWith("mudah dijangkau oleh warga.", a.Body);
        Assert.Equal(5, a.Body.Split("\n\n").Length);
        Assert.DoesNotContain("(rza)", a.Body);
        Assert.Contains(a.Cut, c => c.Reason == CutReasons.CommentPrompt);
    }

    [Fact]
    public void A_listing_of_headlines_is_rejected_as_having_no_article()
    {
        var outcome = ArticleExtractor.ExtractBatch([Fixture("listing.txt")])[0];
        var rejected = Assert.IsType<ExtractionOutcome.Rejected>(outcome);
        Assert.Equal("listing.txt", rejected.Source);
        Assert.Contains("no article text", rejected.Reason);
    }

    [Fact]
    public void A_page_without_headline_gets_a_generated_title_and_a_day_inferred_from_its_source()
    {
        const string page = """
            SEMARANG, KORANTIMUR.COM - Dinas Pendidikan membuka pendaftaran sekolah menengah secara daring mulai pekan depan, kata seorang pejabat dinas seperti dilansir Harian Pantura, Kamis, (6/1/2022).
            Pendaftaran dibuka selama dua pekan dan orang tua dapat memilih tiga sekolah sekaligus menurut jarak rumah dan nilai rapor.
            Dinas juga menyiapkan posko bantuan di setiap kecamatan bagi orang tua yang tidak memiliki akses internet di rumah.
            """;
        var a = ExtractOne(new RawDocument("no-headline.txt", Encoding.UTF8.GetBytes(page)));
        Assert.True(a.TitleGenerated);
        Assert.StartsWith("Dinas Pendidikan membuka pendaftaran", a.Title);
        Assert.Equal("korantimur.com", a.OutletDomain);
        Assert.Equal("Semarang", a.Dateline);
        Assert.Equal(["Harian Pantura"], a.WireSources);
        Assert.Equal("2022-01-06", a.Published?.ToIso());
        Assert.Contains(a.Warnings, w => w.Kind == ExtractionWarningKind.PublishDayInferred);
    }

    private static readonly string[] Leads =
    [
        "Sebanyak dua puluh nelayan di kampung itu menerima bantuan perahu motor dari pemerintah provinsi untuk menambah hasil tangkapan mereka.",
        "Nelayan di pesisir timur mengeluhkan harga solar yang naik sehingga banyak perahu tidak melaut selama sepekan terakhir.",
        "Koperasi nelayan membuka tempat pelelangan ikan baru yang diharapkan membuat harga ikan lebih adil bagi para nelayan kecil.",
        "Gelombang tinggi membuat sebagian besar nelayan memilih menambatkan perahu dan memperbaiki jaring di rumah masing-masing.",
    ];

    private static readonly string[] Quotes =
    [
        "Bantuan diserahkan langsung oleh kepala dinas kelautan yang berharap perahu baru itu dapat dipakai sampai ke perairan yang lebih jauh.",
        "\"Kalau solar terus mahal, kami tidak bisa menutup ongkos melaut,\" kata seorang nelayan yang sudah melaut sejak remaja.",
        "Pengurus koperasi mengatakan pelelangan akan dibuka setiap pagi mulai pukul enam dan terbuka untuk semua pedagang.",
        "Badan cuaca memperkirakan gelombang tinggi masih akan terjadi hingga akhir pekan depan di perairan selatan.",
    ];

    [Fact]
    public void A_line_that_recurs_on_many_pages_of_one_outlet_in_a_batch_is_cut_as_template()
    {
        const string promo = "Dapatkan ulasan pilihan redaksi setiap pagi lewat surel Lembar Pagi, gratis untuk semua pembaca setia kami.";
        var pages = Enumerable.Range(1, 4).Select(i => new RawDocument($"pesisir-{i}.txt", Encoding.UTF8.GetBytes($"""
            harianpesisir.com

            Nelayan di Kampung {i} Mendapat Bantuan Perahu Baru

            Minggu, {i} Mei 2022 08:00 WIB

            {Leads[i - 1]}

            {Quotes[i - 1]}

            {promo}
            """))).ToList();
        var outcomes = ArticleExtractor.ExtractBatch(pages);
        foreach (var outcome in outcomes)
        {
            var a = Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
            Assert.DoesNotContain("Lembar Pagi", a.Body);
            Assert.Contains(a.Cut, c => c.Reason == CutReasons.Template && c.Text == promo);
        }
        // Alone, the same page has nothing to learn from: the promo reads as prose and stays.
        var alone = Assert.IsType<ExtractionOutcome.Extracted>(ArticleExtractor.ExtractBatch([pages[0]])[0]).Article;
        Assert.Contains("Lembar Pagi", alone.Body);
    }

    [Fact]
    public void The_outlet_crediting_itself_as_source_is_not_a_wire_source()
    {
        const string page = """
            Banjir Rob Rendam Jalan Pantai Utara

            JAKARTA, BERITAKITA.CO.ID - Banjir rob kembali merendam ruas jalan pantai utara sejak pagi tadi sehingga kendaraan harus memutar melalui jalan kampung yang sempit.

            Petugas mengatakan air mulai surut menjelang sore hari, tetapi warga diminta tetap waspada karena pasang tinggi diperkirakan terjadi lagi malam nanti.

            Sumber : BeritaKita.co.id/Reuters
            """;
        var a = ExtractOne(new RawDocument("self-credit.txt", Encoding.UTF8.GetBytes(page)));
        Assert.Equal(["Reuters"], a.WireSources);
        Assert.Equal("Jakarta", a.Dateline);
        Assert.Contains(ExtractionWarning.NoPublishTime, a.Warnings);
    }

    [Fact]
    public void A_crawler_dump_that_opens_with_its_url_gives_the_address_and_the_domain()
    {
        const string page = """
            https://www.harbourtimes.example.com/local/2019/ferry-fares-rise.html

            Ferry Fares Rise for the First Time in Ten Years
            March 4th, 2019 6:10 pm
            The harbour authority raised ferry fares on Monday for the first time in a decade, blaming the higher cost of fuel and repairs to the old pier.
            Commuters who cross every day will pay about twenty dollars more a month, and some said they would start driving instead.
            """;
        var a = ExtractOne(new RawDocument("ferry.txt", Encoding.UTF8.GetBytes(page)));
        Assert.Equal("https://www.harbourtimes.example.com/local/2019/ferry-fares-rise.html", a.Url);
        Assert.Equal("harbourtimes.example.com", a.OutletDomain);
        Assert.Equal("Ferry Fares Rise for the First Time in Ten Years", a.Title);
        Assert.StartsWith("2019-03-04T18:10", a.Published?.ToIso());
        Assert.StartsWith("The harbour authority raised ferry fares", a.Body);
        Assert.DoesNotContain("https://", a.Body);
    }

    [Fact]
    public void A_home_page_with_a_blurb_among_many_headlines_is_extracted_with_a_listing_warning()
    {
        var headlines = string.Join("\n", Enumerable.Range(1, 14).Select(i => $"Judul Berita Daerah Nomor {i} Hari Ini"));
        var page = $"""
            Kabar Pesisir Hari Ini

            {headlines}

            Redaksi merangkum berita terpenting dari seluruh kabupaten di pesisir utara setiap pagi untuk para pembaca setia.

            {headlines.Replace("Daerah", "Kota")}
            """;
        var a = ExtractOne(new RawDocument("home.txt", Encoding.UTF8.GetBytes(page)));
        Assert.Contains(a.Warnings, w => w.Kind == ExtractionWarningKind.ListingPage);
    }
}
