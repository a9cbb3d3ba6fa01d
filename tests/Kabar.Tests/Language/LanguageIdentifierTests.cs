using Kabar.Language;

namespace Kabar.Tests.Language;

public class LanguageIdentifierTests
{
    [Fact]
    public void Tells_Indonesian_from_English()
    {
        Assert.Equal("id", LanguageIdentifier.Identify("Pejabat tinggi Rusia dan Amerika Serikat sepakat untuk mengadakan pembicaraan keamanan pada bulan depan."));
        Assert.Equal("en", LanguageIdentifier.Identify("Senior Russian and American officials agreed to hold security talks next month in Geneva."));
    }

    [Fact]
    public void Other_languages_are_named_not_forced_into_Indonesian()
    {
        Assert.Equal("ru", LanguageIdentifier.Identify("Министр иностранных дел России заявил, что переговоры начнутся в январе."));
        Assert.Equal("fr", LanguageIdentifier.Identify("Les responsables russes et américains ont convenu de tenir des pourparlers en janvier."));
    }

    // Long enough for the fast path (Indonesian, Malay, English, Tagalog): it must hand all but Indonesian to the full candidate set.
    [Theory]
    [InlineData("nl", "De ministers van buitenlandse zaken van Rusland en de Verenigde Staten hebben afgesproken om volgende maand in Genève opnieuw met elkaar te praten over de veiligheid in Europa.")]
    [InlineData("fr", "Les responsables russes et américains ont convenu de tenir des pourparlers sur la sécurité en Europe le mois prochain à Genève, a déclaré le ministère des Affaires étrangères.")]
    [InlineData("tl", "Nagkasundo ang mga opisyal ng Russia at Estados Unidos na magsagawa ng pag-uusap tungkol sa seguridad sa susunod na buwan sa Geneva, ayon sa pahayag ng kagawaran.")]
    [InlineData("ms", "Kerajaan Malaysia akan mengumumkan pakej rangsangan ekonomi baharu minggu hadapan bagi membantu peniaga kecil yang terjejas, kata Menteri Kewangan kepada pemberita di Putrajaya semalam.")]
    [InlineData("id", "Pemerintah kota mulai memperbaiki jalan yang rusak sebelum musim hujan tiba, kata wali kota kepada wartawan di balai kota, Senin. Perbaikan ditargetkan rampung akhir bulan depan.")]
    public void Long_texts_are_named_among_all_candidates_not_only_the_common_three(string expected, string text)
    {
        Assert.True(text.Length >= LanguageIdentifier.LongText);
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OK")]
    [InlineData("12/12/2021 14:53")]
    [InlineData("😀👍")]
    public void Text_too_short_to_tell_gets_the_fallback(string text)
    {
        Assert.Equal(LanguageIdentifier.Default, LanguageIdentifier.Identify(text));
        Assert.Equal("en", LanguageIdentifier.Identify(text, fallback: "en"));
    }
}
