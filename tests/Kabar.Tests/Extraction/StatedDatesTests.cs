using AngleSharp.Html.Parser;
using Kabar.Extraction.Html;
using Kabar.Extraction.Metadata;
using Kabar.Model;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

/// <summary>The days a page states, where sites state them: each source the publish-day model weighs is found.</summary>
public class StatedDatesTests
{
    private static IReadOnlyList<StatedDate> Stated(string html, string url = "https://www.contoh.co.id/berita/1")
    {
        var hints = ContentHints.Default;
        using var document = new HtmlParser().ParseDocument(html);
        var tree = PageTree.Build(document.DocumentElement, hints, new ExtractionBudget(ExtractionBudget.Default));
        var raw = new RawDocument("page.html", Array.Empty<byte>(), Url: url);
        return HtmlMetadataReader.DatesOf(document, tree, raw, hints, scriptDate: null).Stated;
    }

    private static bool States(IReadOnlyList<StatedDate> stated, string source, string isoDay) =>
        stated.Any(s => s.Source == source && s.Time.ToIso().StartsWith(isoDay, StringComparison.Ordinal));

    [Fact]
    public void NumericDatesAreReadDayFirstUnlessThePageWritesMonthFirst()
    {
        Assert.Equal("2025-04-03", PageDateParser.Parse("3/4/2025")?.ToIso());
        Assert.Equal("2025-03-04", PageDateParser.Parse("3/4/2025", monthFirst: true)?.ToIso());
        // A reading whose month would pass 12 is read the other way round, whatever the language.
        Assert.Equal("2024-10-31", PageDateParser.Parse("Updated: 10/31/2024")?.ToIso());
        Assert.Equal("2024-10-31", PageDateParser.Parse("31/10/2024", monthFirst: true)?.ToIso());
    }

    [Fact]
    public void AnAmericanPagesBylineDateIsReadMonthFirst()
    {
        var html = Page(articleTop: "<h1>Smart Home Basics</h1><div class=\"author\"><span class=\"time\">3/4/2025</span></div>")
            .Replace("<html>", "<html lang=\"en-US\">", StringComparison.Ordinal);
        Assert.Equal("2025-03-04", Article(Extract(html)).Published?.ToIso());
    }

    [Fact]
    public void AMetaTagNoListNamesCountsWhenItsNameSaysPublishOrUpdate()
    {
        var stated = Stated(Page(head: """
            <meta name="w-published-date" content="2025-05-27T06:03:43Z">
            <meta name="Updated Date" content="2025-07-02T14:13:01Z">
            """, articleTop: "<h1>Tarif Tol Naik</h1>"));
        Assert.True(States(stated, "meta_other_published", "2025-05-27"));
        Assert.True(States(stated, "meta_other_modified", "2025-07-02"));
        Assert.True(StatedDates.ModifiedSources.Contains("meta_other_modified"));
    }

    [Fact]
    public void TheFirstTimeElementAfterTheHeadlineIsStatedApartFromAListingsTimesAboveIt()
    {
        var listing = string.Concat(Enumerable.Range(1, 7).Select(d => $"<li><time datetime=\"2025-01-0{d}T12:00:00Z\">{d} Jan</time></li>"));
        var stated = Stated(Page(articleTop: $"<ul class=\"latest\">{listing}</ul><h1>Tarif Tol Naik</h1><time datetime=\"2017-03-01T12:00:00Z\">03/01/2017</time>"));
        Assert.True(States(stated, "time_after_h1", "2017-03-01"));
    }

    [Fact]
    public void AZonedTimeAlsoStatesItsDayInUtc()
    {
        var stated = Stated(Page(head: """<meta property="article:published_time" content="2025-05-14T19:30:03-07:00">""", articleTop: "<h1>Tarif Tol Naik</h1>"));
        Assert.True(States(stated, "meta_published", "2025-05-14"));
        Assert.True(States(stated, "utc_published", "2025-05-15"));
    }

    [Fact]
    public void AnUpdatedLabelInTheDatesParentMarksItAsAnUpdate()
    {
        var stated = Stated(Page(articleTop: "<h1>Tarif Tol Naik</h1><p class=\"meta\"><span>Updated</span> <span>April 1, 2025</span></p>"));
        Assert.True(States(stated, "visible_updated", "2025-04-01"));
        Assert.False(States(stated, "visible_date_only", "2025-04-01"));
    }

    [Fact]
    public void ADatePrintedInTheBylineUnderTheHeadlineIsStatedNearIt()
    {
        var stated = Stated(Page(articleTop: "<header><h1>How AI Is Transforming Healthcare</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p></header>"));
        Assert.True(States(stated, "visible_near_h1", "2025-07-02"));
    }

    [Fact]
    public void ADatePrintedLooseInABlockUnderTheHeadlineIsStatedNearIt()
    {
        var stated = Stated(Page(articleTop: $"<h1>Advent of Code, week 2</h1><fieldset><legend>Advent of Code 2025 week 2</legend> 20 December 2025 <div class=\"body\"><p>{Paragraph1}</p><p>{Paragraph2}</p></div></fieldset>"));
        Assert.True(States(stated, "visible_near_h1", "2025-12-20"));
    }
}
