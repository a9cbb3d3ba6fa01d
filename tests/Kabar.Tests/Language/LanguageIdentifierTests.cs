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
