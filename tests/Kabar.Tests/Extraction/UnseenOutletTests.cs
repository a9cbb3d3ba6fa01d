using System.Text;
using Kabar.Extraction;
using Kabar.Model;

namespace Kabar.Tests.Extraction;

/// <summary>
/// Text dumps in the layout of an outlet Kabar has never seen (no profile, no cue names it): site
/// line, section, headline, byline, date line, body, a sign-off that restates the headline with a
/// link, an app-download line. The body comes out without the sign-off and the app line, with
/// the headline as the title, on every page.
/// </summary>
public class UnseenOutletTests
{
    private static readonly (string Headline, string[] Body)[] Stories =
    [
        ("Warga Desa Sukamaju Bangun Jembatan Bambu Secara Swadaya", ["Warga Desa Sukamaju gotong royong membangun jembatan bambu sepanjang 40 meter di atas Sungai Cikaso, Sabtu (12/3/2022).", "Kepala desa mengatakan jembatan itu dibangun karena jembatan lama hanyut diterjang banjir bulan lalu dan anak-anak harus memutar sejauh lima kilometer untuk bersekolah."]),
        ("Harga Cabai di Pasar Induk Naik Dua Kali Lipat Jelang Ramadan", ["Harga cabai rawit di pasar induk kota naik menjadi Rp 90.000 per kilogram, dua kali lipat dibanding pekan lalu.", "Para pedagang menyebut pasokan dari daerah sentra berkurang karena hujan deras merusak tanaman petani di lereng gunung."]),
        ("Pemkot Tambah Sepuluh Bus Listrik untuk Rute Sekolah", ["Pemerintah kota menambah sepuluh bus listrik yang akan melayani rute menuju sekolah mulai bulan depan.", "Wali kota berharap bus gratis itu mengurangi kemacetan pada jam berangkat sekolah dan menekan polusi udara di pusat kota."]),
        ("Banjir Rendam Ratusan Rumah di Bantaran Kali Cipinang", ["Banjir setinggi satu meter merendam ratusan rumah warga di bantaran Kali Cipinang sejak Selasa dini hari.", "Petugas pemadam kebakaran dan relawan mengevakuasi warga lanjut usia ke masjid terdekat sementara air belum juga surut."]),
        ("Tim Voli Putri Kabupaten Juara Turnamen Antarprovinsi", ["Tim voli putri kabupaten menjuarai turnamen antarprovinsi setelah menang tiga set langsung di partai final, Minggu malam.", "Pelatih tim memuji kekompakan para pemain muda yang sebagian besar baru pertama kali tampil di turnamen sebesar itu."]),
    ];

    private static RawDocument Page(int i, bool straightQuotes, string siteLine = "KabarPelosok.net")
    {
        var (headline, body) = Stories[i];
        var slug = string.Join('-', headline.ToLowerInvariant().Split(' ').Take(6));
        var q = straightQuotes ? "\"" : "“";
        var qc = straightQuotes ? "\"" : "”";
        var text = new StringBuilder()
            .AppendLine(siteLine)
            .AppendLine("Regional")
            .AppendLine(headline)
            .AppendLine("Oleh: Rina Wulandari")
            .AppendLine($"Senin, {14 + i} Maret 2022 10:{10 + i} WIB")
            .AppendLine();
        foreach (var p in body) text.AppendLine(p).AppendLine();
        text.AppendLine($"Baca artikel KabarPelosok, {q}{headline}{qc} selengkapnya https://www.kabarpelosok.net/regional/{slug}-{1000 + i}")
            .AppendLine()
            .AppendLine("Download aplikasi KabarPelosok di Google Play dan App Store untuk berita terkini.");
        return new RawDocument($"kabarpelosok-{i}.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_sign_off_and_the_app_line_are_cut_and_the_headline_is_the_title(bool straightQuotes)
    {
        var pages = Enumerable.Range(0, Stories.Length).Select(i => Page(i, straightQuotes)).ToList();
        var outcomes = ArticleExtractor.ExtractBatch(pages);
        for (var i = 0; i < pages.Count; i++)
        {
            var article = Assert.IsType<ExtractionOutcome.Extracted>(outcomes[i]).Article;
            Assert.Equal(Stories[i].Headline, article.Title);
            Assert.False(article.TitleGenerated);
            Assert.EndsWith(Stories[i].Body[^1], article.Body.TrimEnd());
            Assert.DoesNotContain("selengkapnya", article.Body);
            Assert.DoesNotContain("Download aplikasi", article.Body);
            Assert.Contains(article.Cut, c => c.Reason == "sign-off" && c.Text.Contains("selengkapnya"));
            Assert.Equal("kabarpelosok.net", article.OutletDomain);
            Assert.NotNull(article.Outlet);
        }
    }

    [Fact]
    public void A_site_named_without_its_domain_is_known_by_the_link_of_its_sign_off()
    {
        var pages = Enumerable.Range(0, Stories.Length).Select(i => Page(i, straightQuotes: true, siteLine: "Kabar Pelosok")).ToList();
        foreach (var outcome in ArticleExtractor.ExtractBatch(pages))
            Assert.Equal("kabarpelosok.net", Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article.OutletDomain);
    }

    [Fact]
    public void A_closing_paragraph_with_a_link_that_says_something_else_stays()
    {
        var (headline, body) = Stories[0];
        var text = $"{headline}\n\n{body[0]}\n\n{body[1]}\n\nWarga yang ingin menyumbang bambu dapat menghubungi panitia pembangunan melalui laman https://sukamaju.desa.id/jembatan sebelum akhir bulan ini.\n";
        var article = Assert.IsType<ExtractionOutcome.Extracted>(ArticleExtractor.Extract(new RawDocument("one.txt", Encoding.UTF8.GetBytes(text)))).Article;
        Assert.Contains("menyumbang bambu", article.Body);
    }
}
