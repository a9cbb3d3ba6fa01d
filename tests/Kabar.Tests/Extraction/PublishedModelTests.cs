using Kabar.Extraction.Html;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

/// <summary>The learnt publish-day chooser, on pages in the shapes sites use.</summary>
public class PublishedModelTests
{
    [Fact]
    public void CommittedModelHasAWeightForEveryFeature()
    {
        var model = PublishedModel.Default;
        foreach (var name in PublishedCandidates.FeatureNames) Assert.True(model.Weights.ContainsKey(name), name);
        Assert.Contains(model.Weights.Values, w => w != 0);
    }

    [Fact]
    public void TheDayTheTagsAndThePageAgreeOnKeepsTheTagsClockTime()
    {
        var article = Article(Extract(Page(
            head: """<meta property="article:published_time" content="2024-03-05T09:30:00+07:00">""",
            articleTop: "<h1>Pasar Murah Digelar di Alun-alun</h1><div class=\"date\">Selasa, 5 Maret 2024</div>"),
            "https://warta.example/2024/03/05/pasar-murah"));
        Assert.Equal("2024-03-05T09:30:00+07:00", article.Published?.ToIso());
    }

    [Fact]
    public void ADatePrintedUnderTheHeadlineWinsOverTodaysDateInTheSiteHeader()
    {
        // No tags: the header prints today's date above the headline, the byline prints the article's below it.
        var article = Article(Extract(Page(
            articleTop: "<div class=\"header-date\">Senin, 9 Desember 2024</div><h1>Jembatan Gantung Diresmikan</h1><div class=\"post-date\">Kamis, 14 November 2024</div>")));
        Assert.Equal("2024-11-14", article.Published?.ToIso());
    }

    [Fact]
    public void AnUpdateThePagePrintsBesideAPublishTimeOnlyJsonLdStatesIsPublishedAndTheFirstPublishStays()
    {
        // The reader sees 'Diperbarui 1 September 2024'; only the JSON-LD says when the article first appeared.
        var article = Article(Extract(Page(
            head: """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tarif Tol Naik","datePublished":"2024-06-10T07:00:00+07:00","dateModified":"2024-09-01T12:00:00+07:00"}</script>""",
            articleTop: "<h1>Tarif Tol Naik</h1><div class=\"date\">Diperbarui 1 September 2024</div>",
            articleExtra: "<p>Kemarin pengelola jalan tol mengumumkan tarif baru untuk semua golongan kendaraan di ruas itu.</p>")));
        Assert.Equal("2024-09-01T12:00:00+07:00", article.Published?.ToIso());
        Assert.Equal("2024-06-10T07:00:00+07:00", article.FirstPublished?.ToIso());
        Assert.Equal("2024-09-01T12:00:00+07:00", article.Modified?.ToIso());
        Assert.Contains(article.Warnings, w => w.Kind == Kabar.Model.ExtractionWarningKind.UpdateTimeAsPublished);
        // 'Kemarin' is the day before the article first appeared, not the day before the update.
        var times = Kabar.Annotation.Times.TimeEvaluation.Pipeline().Annotate(article).Times;
        Assert.Contains(times, t => t.Text == "Kemarin" && t.Value == "2024-06-09");
    }

    [Fact]
    public void AnUpdateNeverBecomesThePublishTimeBesideAPrintedOne()
    {
        var article = Article(Extract(Page(
            head: """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tarif Tol Naik","datePublished":"2024-06-10T07:00:00+07:00","dateModified":"2024-09-01T12:00:00+07:00"}</script>""",
            articleTop: "<h1>Tarif Tol Naik</h1><div class=\"date\">Diterbitkan 10 Juni 2024</div><div class=\"date\">Diperbarui 1 September 2024</div>")));
        Assert.Equal("2024-06-10T07:00:00+07:00", article.Published?.ToIso());
        Assert.Null(article.FirstPublished);
        Assert.Equal("2024-09-01T12:00:00+07:00", article.Modified?.ToIso());
    }

    [Fact]
    public void APageStatingOnlyAnUpdateGetsItAsPublished()
    {
        var article = Article(Extract(Page(
            head: """<meta property="article:modified_time" content="2024-09-01T12:00:00+07:00">""",
            articleTop: "<h1>Tarif Tol Naik</h1>")));
        Assert.Equal("2024-09-01T12:00:00+07:00", article.Published?.ToIso());
        Assert.Contains(article.Warnings, w => w.Kind == Kabar.Model.ExtractionWarningKind.UpdateTimeAsPublished);
    }
}
