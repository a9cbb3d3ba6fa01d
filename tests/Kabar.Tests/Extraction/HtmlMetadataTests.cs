using Kabar.Model;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

public class HtmlMetadataTests
{
    [Fact]
    public void JsonLdGivesHeadlineDatesAuthorsAndPublisher()
    {
        const string jsonLd = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Contoh Media"},
              {"@type":"NewsArticle","headline":"AS dan Rusia Bertemu di Jenewa",
               "datePublished":"2021-12-28T14:53:00+07:00","dateModified":"2021-12-29T08:03:00+07:00",
               "author":[{"@type":"Person","name":"Nur Hidayati"},{"@type":"Person","name":"Budi Santoso"}],
               "publisher":{"@type":"Organization","name":"Contoh Media"}}]}
            </script>
            <title>Judul lain | Contoh Media</title>
            """;
        var article = Article(Extract(Page(head: jsonLd)));

        Assert.Equal("AS dan Rusia Bertemu di Jenewa", article.Title);
        Assert.False(article.TitleGenerated);
        Assert.Equal("2021-12-28T14:53:00+07:00", article.Published?.ToIso());
        Assert.Equal("2021-12-29T08:03:00+07:00", article.Modified?.ToIso());
        Assert.Equal(["Nur Hidayati", "Budi Santoso"], article.Authors);
        Assert.Equal("Contoh Media", article.Outlet);
        Assert.Equal("contoh.co.id", article.OutletDomain);
    }

    [Fact]
    public void OpenGraphAndArticleMetaAreTheFallback()
    {
        const string head = """
            <meta property="og:title" content="Lavrov: Pembicaraan Jenewa Tidak Akan Mudah">
            <meta property="og:site_name" content="Contoh Media">
            <meta property="article:published_time" content="2022-01-09T20:15:00+07:00">
            <meta name="author" content="Rina Kusuma">
            """;
        var article = Article(Extract(Page(head: head)));

        Assert.Equal("Lavrov: Pembicaraan Jenewa Tidak Akan Mudah", article.Title);
        Assert.Equal("2022-01-09T20:15:00+07:00", article.Published?.ToIso());
        Assert.Equal(["Rina Kusuma"], article.Authors);
    }

    [Theory]
    [InlineData("<title>Rusia Tolak Tuntutan NATO - Kompas.com</title>", "https://www.kompas.com/x", "Rusia Tolak Tuntutan NATO")]
    [InlineData("<title>Rusia Tolak Tuntutan NATO | Contoh Media</title><meta property=\"og:site_name\" content=\"Contoh Media\">", null, "Rusia Tolak Tuntutan NATO")]
    [InlineData("<title>Talks in Geneva end without a deal | World News</title>", null, "Talks in Geneva end without a deal")]
    [InlineData("<title>Contoh Media - Rusia Tolak Tuntutan NATO</title><meta property=\"og:site_name\" content=\"Contoh Media\">", null, "Rusia Tolak Tuntutan NATO")]
    public void SiteNamesAreStrippedFromTitles(string head, string? url, string expected)
    {
        var article = Article(Extract(Page(head: head), url));
        Assert.Equal(expected, article.Title);
    }

    [Fact]
    public void PrintedHeadlineWinsWhenTheTitleConfirmsIt()
    {
        var article = Article(Extract(Page(
            head: "<title>AS-Rusia Sepakat Bertemu Lagi - Contoh Media</title>",
            articleTop: "<h1>AS-Rusia Sepakat Bertemu Lagi</h1>")));
        Assert.Equal("AS-Rusia Sepakat Bertemu Lagi", article.Title);
        Assert.DoesNotContain("AS-Rusia Sepakat Bertemu Lagi", article.Body);
    }

    [Fact]
    public void IndonesianVisibleDateIsRead()
    {
        var article = Article(Extract(Page(articleTop: """
            <h1>Rusia dan AS Bertemu</h1>
            <div class="read__time">Kompas.com - Selasa, 28 Desember 2021 / 14:53 WIB</div>
            """)));
        Assert.Equal("2021-12-28T14:53:00+07:00", article.Published?.ToIso());
        Assert.DoesNotContain(article.Warnings, w => w.Kind == ExtractionWarningKind.NoPublishTime);
    }

    [Fact]
    public void UpdatedDateIsNotTakenForThePublishDate()
    {
        var article = Article(Extract(Page(articleTop: """
            <h1>Rusia dan AS Bertemu</h1>
            <div class="date">Diperbarui 03 Feb 2022, 08:03 WIB</div>
            <div class="date">Jumat 31 Dec 2021 10:29 WIB</div>
            """)));
        Assert.Equal("2021-12-31T10:29:00+07:00", article.Published?.ToIso());
    }

    [Fact]
    public void MissingPublishTimeIsAWarning()
    {
        var article = Article(Extract(Page(), url: null));
        Assert.Contains(ExtractionWarning.NoPublishTime, article.Warnings);
    }
}
