using Kabar.Stories.Passages;

namespace Kabar.Tests.Stories;

public class PassageFinderTests
{
    private const string Quote = "Akan ada area di mana kita dapat membuat kemajuan, dan area di mana kita tidak akan setuju. Itulah yang dimaksud dengan diplomasi.";

    [Fact]
    public void Finds_a_quote_two_texts_share_whatever_the_quote_marks_and_gives_its_offsets_in_both()
    {
        var a = "Pejabat kedua negara sepakat bertemu. \"" + Quote + "\" kata juru bicara itu, seperti dikutip kantor berita.";
        var b = "Menurut juru bicara, pertemuan akan digelar bulan depan.\n\n“" + Quote + "”\n\nPertemuan berikutnya digelar di Wina.";

        var runs = PassageFinder.Shared(PassageFinder.Fingerprint(a), PassageFinder.Fingerprint(b));

        var run = Assert.Single(runs);
        Assert.Equal(Quote.TrimEnd('.'), a[run.StartA..run.EndA]);
        Assert.Equal(Quote.TrimEnd('.'), b[run.StartB..run.EndB]);
    }

    [Fact]
    public void Common_short_phrases_are_not_passages()
    {
        var a = "Presiden mengatakan di Jakarta pada hari Senin bahwa harga beras naik.";
        var b = "Menteri mengatakan di Jakarta pada hari Senin bahwa ekspor batu bara turun tajam.";

        Assert.Empty(PassageFinder.Shared(PassageFinder.Fingerprint(a), PassageFinder.Fingerprint(b)));
    }

    [Fact]
    public void A_copy_with_a_new_headline_is_a_near_duplicate_and_a_different_report_is_not()
    {
        var story = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"Kalimat nomor {i} tentang banjir besar di kota pesisir yang merendam rumah warga."));
        var copy = "Judul Baru Sekali\n\n" + story.ToUpperInvariant();
        var other = "Laga liga berakhir imbang setelah kedua tim gagal mencetak gol dalam dua babak yang ketat dan keras.";

        Assert.True(PassageFinder.NearDuplicate(PassageFinder.Fingerprint(story), PassageFinder.Fingerprint(copy)));
        Assert.False(PassageFinder.NearDuplicate(PassageFinder.Fingerprint(story), PassageFinder.Fingerprint(other)));
    }
}
