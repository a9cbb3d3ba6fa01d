using Kabar.Extraction.Html;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

/// <summary>Headlines that pages print with a tagline, a section or mis-decoded letters around them.</summary>
public class TitleSegmentsTests
{
    [Fact]
    public void ALongTaglineAfterTheHeadlineIsDroppedWhenTheHeadlineStandsAlone()
    {
        var article = Article(Extract(Page(head: """
            <title>Homeowners Insurance Guide 2026 | Coverage Types, Costs and Savings Explained</title>
            <meta property="og:title" content="Homeowners Insurance Guide 2026 | Coverage Types, Costs and Savings Explained">
            <meta property="og:site_name" content="Safe Home">
            """), "https://safehome.example/guides/homeowners-insurance-guide-2026"));
        Assert.Equal("Homeowners Insurance Guide 2026", article.Title);
    }

    [Fact]
    public void TheFirstSegmentAloneAndTheTitleWithoutItAreBothOffered()
    {
        var candidates = TitleCandidates.Build(new TitleChooser.Candidates(
            Headings: [], OgTitle: null, TwitterTitle: null, JsonLdHeadline: null,
            DocumentTitle: "Opini | Harga Beras Naik Jelang Lebaran", SiteNames: []));
        Assert.Contains(candidates, c => c.Text == "Harga Beras Naik Jelang Lebaran" && c.Features.ContainsKey("first_segment_dropped"));
        Assert.DoesNotContain(candidates, c => c.Text == "Opini");
    }

    [Fact]
    public void AHeadlineWhoseUtf8WasReadAsLatin1IsRepaired()
    {
        var html = Page(
            head: "<title>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators</title>",
            articleTop: "<h1>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators</h1>");
        var article = Article(Extract(html, "https://money.example/retirement-calculators"));
        Assert.Equal("A DIY Investor\u2019s Guide to Retirement Calculators", article.Title);
    }

    [Theory]
    [InlineData("caf\u00c3\u00a9 terbaik", "caf\u00e9 terbaik")]
    [InlineData("S\u00e3o Paulo", "S\u00e3o Paulo")]
    [InlineData("Harga \u00c2 naik \u2014 kata menteri", "Harga \u00c2 naik \u2014 kata menteri")]
    public void OnlyTextThatReadsAsUtf8IsChanged(string text, string expected) => Assert.Equal(expected, MisdecodedText.Repair(text));
}
