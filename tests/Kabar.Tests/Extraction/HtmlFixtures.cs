using System.Text;
using Kabar.Extraction.Html;
using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Tests.Extraction;

/// <summary>Small invented pages for the HTML extractor's tests, and a helper that runs it on bytes as a reader would.</summary>
internal static class HtmlFixtures
{
    public const string Paragraph1 = "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan, pembicaraan dengan Amerika Serikat di Jenewa akan membahas jaminan keamanan, perluasan NATO, dan penempatan rudal di Eropa.";
    public const string Paragraph2 = "Pejabat Amerika Serikat menyatakan Washington siap mendengar usulan Moskow, tetapi menolak tuntutan agar Ukraina tidak pernah bergabung dengan aliansi itu, kata seorang juru bicara.";
    public const string Paragraph3 = "Pertemuan tingkat tinggi itu dijadwalkan berlangsung pada 10 Januari mendatang, disusul pertemuan Rusia dengan NATO di Brussel dan dengan OSCE di Wina beberapa hari kemudian.";

    /// <summary>A news page with navigation, a sidebar of related links and a footer around the article.</summary>
    public static string Page(string head = "", string articleTop = "", string articleExtra = "") => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8">{{head}}</head>
        <body>
          <nav class="menu"><a href="/">Beranda</a> <a href="/news">News</a> <a href="/bola">Bola</a> <a href="/tekno">Tekno</a></nav>
          <div class="container">
            <article class="post">
              {{articleTop}}
              <div class="article-body">
                <p>{{Paragraph1}}</p>
                <p>{{Paragraph2}}</p>
                {{articleExtra}}
                <p>{{Paragraph3}}</p>
              </div>
            </article>
            <aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Berita populer satu yang banyak dibaca</a></li><li><a href="/b">Berita populer dua yang banyak dibaca</a></li></ul></aside>
          </div>
          <footer>© 2022 Contoh Media. Semua hak dilindungi.</footer>
        </body></html>
        """;

    public static ExtractionOutcome Extract(string html, string? url = "https://www.contoh.co.id/berita/1") =>
        Extract(Encoding.UTF8.GetBytes(html), url);

    public static ExtractionOutcome Extract(byte[] bytes, string? url = "https://www.contoh.co.id/berita/1", string? charset = null)
    {
        var document = new RawDocument("page.html", bytes, Url: url, Charset: charset);
        return HtmlArticleExtractor.Extract(document, TextDecoder.Decode(document));
    }

    public static Article Article(ExtractionOutcome outcome) => outcome switch
    {
        ExtractionOutcome.Extracted e => e.Article,
        ExtractionOutcome.Rejected r => throw new Xunit.Sdk.XunitException($"expected an article, got a rejection: {r.Reason}"),
        _ => throw new InvalidOperationException(),
    };
}
