using Kabar.Language;

namespace Kabar.Tests.Language;

public class TextAnalysisTests
{
    [Fact]
    public void Indonesian_terms_are_stemmed_and_stop_words_dropped()
    {
        var terms = TextAnalysis.Terms("Pembicaraan keamanan akan diadakan di Jenewa oleh juru bicara yang baru.", "id");
        Assert.Equal(["bicara", "aman", "jenewa", "juru", "bicara", "baru"], terms.Where(t => t != "ada"));
        Assert.DoesNotContain("akan", terms);
        Assert.DoesNotContain("yang", terms);
    }

    [Fact]
    public void English_terms_use_the_English_analyzer()
    {
        var terms = TextAnalysis.Terms("The security talks were held in Geneva.", "en");
        Assert.Contains("talk", terms);
        Assert.Contains("geneva", terms);
        Assert.DoesNotContain("the", terms);
        Assert.DoesNotContain("in", terms);
    }

    [Fact]
    public void Stop_lists_are_the_analyzers_own()
    {
        Assert.True(TextAnalysis.IsStopWord("yang", "id"));
        Assert.True(TextAnalysis.IsStopWord("the", "en"));
        Assert.False(TextAnalysis.IsStopWord("rusia", "id"));
    }

    [Fact]
    public void Other_languages_are_lower_cased_only()
    {
        Assert.Equal(["москва", "говорит"], TextAnalysis.Terms("Москва говорит", "ru"));
    }
}
