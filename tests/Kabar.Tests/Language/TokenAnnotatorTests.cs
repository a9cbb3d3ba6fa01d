using Kabar.Language;
using Kabar.Model;

namespace Kabar.Tests.Language;

public class TokenAnnotatorTests
{
    private static List<string> Tokens(string text, string language = "id")
    {
        var tokens = new List<Token>();
        TokenAnnotator.Tokenize(text, language, tokens);
        foreach (var t in tokens) Assert.Equal(t.Text, t.Span.Of(text));
        return tokens.Select(t => t.Text).ToList();
    }

    [Theory]
    [InlineData("Harga emas 1.350.000 naik 10,20 persen.", "1.350.000", "10,20")]
    [InlineData("Anggaran Rp 1,24 triliun dan US$ 770 Miliar.", "1,24", "US$")]
    [InlineData("Pada Senin (27/12/2021) pukul 14:53 WIB.", "27/12/2021", "14:53")]
    [InlineData("Pejabat U.S. dan Dr. Andi di Jl. Merdeka No. 5.", "U.S.", "Dr.")]
    [InlineData("Kunjungi Liputan6.com dan negara-negara AS-Rusia.", "Liputan6.com", "negara-negara")]
    [InlineData("WASHINGTON, KOMPAS.TV - Pejabat tiba.", "KOMPAS.TV", "Pejabat")]
    public void Keeps_units_that_news_writes_as_one(string text, string first, string second)
    {
        var tokens = Tokens(text);
        Assert.Contains(first, tokens);
        Assert.Contains(second, tokens);
    }

    [Fact]
    public void A_sentence_final_stop_is_its_own_token()
    {
        Assert.Equal(["Harga", "naik", "pada", "2022", "."], Tokens("Harga naik pada 2022."));
        Assert.Equal(["di", "Rusia", ".", "Kemudian"], Tokens("di Rusia.Kemudian"));
    }

    [Fact]
    public void Emoji_mixed_scripts_and_stray_marks_give_tokens_not_errors()
    {
        var text = "Warga 😀 senang 👍🏽 Москва 北京 \u200B \"tanpa penutup ... ‼";
        var tokens = Tokens(text);
        Assert.Contains("😀", tokens);
        Assert.Contains("Москва", tokens);
        Assert.Contains("北京", tokens);
        Assert.Contains("...", tokens);
    }

    [Fact]
    public void Stems_come_from_the_Lucene_analyzer_of_the_language_and_are_null_for_stop_words_and_punctuation()
    {
        var tokens = new List<Token>();
        TokenAnnotator.Tokenize("Pembicaraan keamanan, yang baru.", "id", tokens);
        Assert.Equal("bicara", tokens[0].Stem);
        Assert.Equal("aman", tokens[1].Stem);
        Assert.Null(tokens[2].Stem); // ','
        Assert.Null(tokens[3].Stem); // 'yang' is an Indonesian stop word
        tokens.Clear();
        TokenAnnotator.Tokenize("The talks in Geneva", "en", tokens);
        Assert.Null(tokens[0].Stem);
        Assert.Equal("talk", tokens[1].Stem);
        Assert.Null(tokens[2].Stem);
    }
}
