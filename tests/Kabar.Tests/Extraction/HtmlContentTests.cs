using System.Text;
using Kabar.Model;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

public class HtmlContentTests
{
    [Fact]
    public void BodyIsTheArticleParagraphsSeparatedByOneBlankLine()
    {
        var article = Article(Extract(Page()));
        Assert.Equal(string.Join("\n\n", Paragraph1, Paragraph2, Paragraph3), article.Body);
    }

    [Fact]
    public void CaptionsAndRelatedLinksAreCutWithReasons()
    {
        var article = Article(Extract(Page(articleExtra: """
            <figure><img src="a.jpg"><figcaption>Sergei Lavrov di Moskow. (AP Photo)</figcaption></figure>
            <p><strong>Baca Juga:</strong> <a href="/x">Putin dan Biden Bicara Lewat Telepon Selama 50 Menit</a></p>
            <div class="share-buttons">Bagikan: Facebook Twitter WhatsApp</div>
            """)));

        Assert.DoesNotContain("AP Photo", article.Body);
        Assert.DoesNotContain("Baca Juga", article.Body);
        Assert.DoesNotContain("WhatsApp", article.Body);
        Assert.Contains(article.Cut, c => c.Reason == CutReasons.Caption && c.Text.Contains("AP Photo"));
        Assert.Contains(article.Cut, c => c.Reason == CutReasons.RelatedLink && c.Text.Contains("Putin dan Biden"));
        Assert.Contains(Paragraph3, article.Body);
    }

    [Fact]
    public void HeadingInsideTheArticleStaysOnItsOwnLine()
    {
        var article = Article(Extract(Page(articleExtra: "<h2>Tuntutan Rusia</h2>")));
        Assert.Contains("\n\nTuntutan Rusia\n\n", article.Body);
    }

    [Fact]
    public void Windows1252DeclaredInAMetaTagDecodesRight()
    {
        var html = Page().Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
            .Replace(Paragraph2, "Le ministre a d\u00e9clar\u00e9 \u201cnous sommes pr\u00eats\u201d \u2014 et l\u2019OTAN a r\u00e9pondu, selon un porte-parole.");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var article = Article(Extract(bytes));
        Assert.Contains("Le ministre a d\u00e9clar\u00e9 \u201cnous sommes pr\u00eats\u201d \u2014 et l\u2019OTAN", article.Body);
    }

    [Fact]
    public void Iso88591FromTheHttpHeaderDecodesRight()
    {
        var html = Page().Replace("<meta charset=\"utf-8\">", "").Replace(Paragraph2, "La r\u00e9union \u00e0 Gen\u00e8ve a dur\u00e9 sept heures, a indiqu\u00e9 le porte-parole du minist\u00e8re des Affaires \u00e9trang\u00e8res.");
        var bytes = Encoding.Latin1.GetBytes(html);

        var article = Article(Extract(bytes, charset: "ISO-8859-1"));
        Assert.Contains("La r\u00e9union \u00e0 Gen\u00e8ve a dur\u00e9 sept heures", article.Body);
    }

    [Fact]
    public void ListingPageIsFlagged()
    {
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/berita/{i}\">Judul berita nomor {i} tentang peristiwa hari ini</a></li>"));
        var outcome = Extract($"<html><head><title>Indeks Berita</title></head><body><ul>{links}</ul><p>Kumpulan berita terbaru hari ini.</p></body></html>");

        switch (outcome)
        {
            case ExtractionOutcome.Extracted e: Assert.Contains(e.Article.Warnings, w => w.Kind == ExtractionWarningKind.ListingPage); break;
            case ExtractionOutcome.Rejected r: Assert.Contains("listing page", r.Reason); break;
        }
    }

    [Fact]
    public void EmptyPageIsRejectedWithAReason()
    {
        var outcome = Assert.IsType<ExtractionOutcome.Rejected>(Extract("   "));
        Assert.Equal("empty page", outcome.Reason);
    }

    [Fact]
    public void NestingAHundredThousandLevelsDeepCompletes()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++) html.Append("<div>");
        html.Append($"<p>{Paragraph1}</p><p>{Paragraph2}</p>");
        for (var i = 0; i < depth; i++) html.Append("</div>");
        html.Append("</body></html>");

        var article = Article(Extract(html.ToString()));
        Assert.Contains(Paragraph1, article.Body);
        Assert.Contains(article.Warnings, w => w.Kind == ExtractionWarningKind.MarkupFlattened);
    }

    [Fact]
    public void FiftyMegabytePageCompletes()
    {
        var html = new StringBuilder(Page().Replace("</head>", "<script>var state = \"" + new string('x', 30_000_000) + "\";</script></head>"));
        html.Replace("</body>", string.Concat(Enumerable.Repeat("<div class=\"filler\"><span>iklan</span></div>", 500_000)) + "</body>");
        Assert.True(html.Length > 50_000_000);

        switch (Extract(html.ToString()))
        {
            case ExtractionOutcome.Extracted e:
                Assert.Contains(Paragraph1, e.Article.Body);
                Assert.Contains(e.Article.Warnings, w => w.Kind == ExtractionWarningKind.MarkupTruncated);
                break;
            case ExtractionOutcome.Rejected r:
                Assert.Contains("budget", r.Reason);
                break;
        }
    }
}
