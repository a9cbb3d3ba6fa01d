using Kabar.Model;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

/// <summary>
/// Articles whose own wrapper carries a class or id the boilerplate hints name (id="remove_no_follow"
/// matches 'follow'): the strict scoring keeps only what sits outside it, a dek or a link list, and the
/// cascade must see that this answer is suspect and take the scoring that trusts no hint.
/// </summary>
public class MisHintedArticleTests
{
    private const string Dek = "Dari kecerdasan buatan sampai keamanan siber, para pemimpin teknologi mendengarkan siniar untuk mengikuti perkembangan industri, belajar memimpin tim, dan memahami prioritas rekan mereka di jajaran direksi perusahaan, yang kini menuntut teknologi menjadi bagian dari strategi bisnis sehari-hari.";

    private static string ArticleInsideMisHintedWrapper(string outside) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>13 Siniar Pilihan Para Pemimpin TI</title></head>
        <body>
          <nav class="menu"><a href="/">Beranda</a> <a href="/tekno">Tekno</a> <a href="/bisnis">Bisnis</a></nav>
          <div class="container">
            <h1>13 Siniar Pilihan Para Pemimpin TI</h1>
            {{outside}}
            <div id="remove_no_follow"><div class="article-column">
              <p>{{Paragraph1}}</p>
              <p>{{Paragraph2}}</p>
              <p>{{Paragraph3}}</p>
              <p>{{Paragraph1.Replace("Rusia", "Prancis")}}</p>
              <p>{{Paragraph2.Replace("Amerika Serikat", "Jepang")}}</p>
              <p>{{Paragraph3.Replace("Brussel", "Tokyo")}}</p>
              <p>{{Paragraph1.Replace("Rusia", "Jerman")}}</p>
              <p>{{Paragraph2.Replace("Amerika Serikat", "Korea Selatan")}}</p>
              <p>{{Paragraph3.Replace("Brussel", "Seoul")}}</p>
            </div></div>
          </div>
          <footer>© 2025 Contoh Media. Semua hak dilindungi.</footer>
        </body></html>
        """;

    [Fact]
    public void ArticleInABoilerplateNamedWrapperWinsOverTheDekOutsideIt()
    {
        var article = Article(Extract(ArticleInsideMisHintedWrapper($"<div class=\"article-column\"><p>{Dek}</p></div>")));
        Assert.Contains(Paragraph1, article.Body, StringComparison.Ordinal);
        Assert.Contains(Paragraph3.Replace("Brussel", "Tokyo"), article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleInABoilerplateNamedWrapperWinsOverALinkListOutsideIt()
    {
        var links = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/tekno/{i}\">Baca juga artikel teknologi nomor {i} tentang siniar dan kepemimpinan</a> pilihan redaksi hari ini untuk pembaca</li>"));
        var article = Article(Extract(ArticleInsideMisHintedWrapper($"<div class=\"intro\"><p>Pilihan redaksi minggu ini, dari siniar sampai buku, untuk para pemimpin teknologi.</p><ul>{links}</ul></div>")));
        Assert.Contains(Paragraph2, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AClearArticleOutsideTheWrapperStaysTheAnswer()
    {
        // A long article with few links outside a boilerplate-named block is not suspect: the block stays out.
        var html = ArticleInsideMisHintedWrapper($"<div class=\"story\"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p></div>");
        var article = Article(Extract(html));
        Assert.DoesNotContain("Prancis", article.Body, StringComparison.Ordinal);
    }
}
