using Kabar.Language;

namespace Kabar.Tests.Language;

/// <summary>Only the Lingua models Kabar asks for are shipped, and every one it asks for is.</summary>
public class LanguageModelTests
{
    private static readonly string Models = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    [Fact]
    public void Every_candidate_language_has_its_model_beside_the_program()
    {
        var shipped = Directory.GetDirectories(Models).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(LanguageIdentifier.CandidateCodes.Order(StringComparer.Ordinal).ToList(), shipped);
    }

    [Fact]
    public void Each_candidate_is_recognised_with_the_shipped_models()
    {
        Assert.Equal("id", LanguageIdentifier.Identify("Pemerintah kota mulai memperbaiki jalan yang rusak sebelum musim hujan tiba, kata wali kota kepada wartawan."));
        Assert.Equal("en", LanguageIdentifier.Identify("The city government began repairing the damaged roads before the rainy season, the mayor told reporters."));
    }
}
