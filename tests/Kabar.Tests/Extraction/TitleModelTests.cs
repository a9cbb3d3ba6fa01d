using Kabar.Extraction.Html;
using Kabar.Model;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

/// <summary>The learnt headline chooser, on pages in the shapes outlets use.</summary>
public class TitleModelTests
{
    [Fact]
    public void CommittedModelHasAWeightForEveryFeature()
    {
        var model = TitleModel.Default;
        foreach (var name in TitleCandidates.FeatureNames) Assert.True(model.Weights.ContainsKey(name), name);
        Assert.Contains(model.Weights.Values, w => w != 0);
    }

    [Fact]
    public void HeadingThatMetaTitlesConfirmWinsOverTheSiteSuffixedTitle()
    {
        var article = Article(Extract(Page(
            head: """
                <title>Banjir Rendam Ratusan Rumah di Bekasi | Kabar Kota</title>
                <meta property="og:title" content="Banjir Rendam Ratusan Rumah di Bekasi">
                <meta property="og:site_name" content="Kabar Kota">
                """,
            articleTop: "<h1>Banjir Rendam Ratusan Rumah di Bekasi</h1>"), "https://kabarkota.example/berita/banjir"));
        Assert.Equal("Banjir Rendam Ratusan Rumah di Bekasi", article.Title);
    }

    [Fact]
    public void SiteNameSuffixIsStrippedWhenItIsTheOutletsName()
    {
        var article = Article(Extract(Page(head: """
            <title>Harga Beras Naik Jelang Lebaran - Warta Pasar</title>
            <meta property="og:site_name" content="Warta Pasar">
            """), "https://wartapasar.example/ekonomi/1"));
        Assert.Equal("Harga Beras Naik Jelang Lebaran", article.Title);
    }

    [Fact]
    public void HeadingInTheSiteHeaderLosesToTheArticlesOwn()
    {
        var html = Page(
            head: """<meta property="og:title" content="Gempa Guncang Cianjur, Warga Mengungsi">""",
            articleTop: "<h1>Gempa Guncang Cianjur, Warga Mengungsi</h1>")
            .Replace("<body>", "<body><header><h1>Portal Berita Nusantara</h1></header>");
        var article = Article(Extract(html));
        Assert.Equal("Gempa Guncang Cianjur, Warga Mengungsi", article.Title);
    }

    [Fact]
    public void HeadingThatLinksToTheFrontPageIsTheSitesLogoNotTheHeadline()
    {
        var html = Page(head: "<title>rustc_codegen_gcc: Progress Report #39</title>")
            .Replace("<body>", "<body><div class=\"top\"><h1><a href=\"/\">Antoyo's Blog</a></h1></div>");
        var article = Article(Extract(html, "https://blog.antoyo.example/rustc-codegen-gcc-progress-report-39"));
        Assert.Equal("rustc_codegen_gcc: Progress Report #39", article.Title);
    }

    private const string ThemedPost = """
        <html><head>
        <title>Tips Menanam Cabai di Pot untuk Pemula - Kebun Kita</title>
        <meta property="og:title" content="Tips Menanam Cabai di Pot untuk Pemula">
        <meta property="og:site_name" content="Kebun Kita">
        </head><body>
        <div class="site-branding"><h1>Panduan Berkebun</h1></div>
        <article class="post">
          <header class="entry-header"><h1 class="entry-title">Cara Menanam Cabai di Pot agar Berbuah Lebat</h1></header>
          <div class="entry-content">
            <p>Cabai bisa tumbuh subur di pot asalkan mendapat sinar matahari penuh paling sedikit enam jam sehari dan media tanamnya gembur.</p>
            <p>Pilih pot berdiameter minimal tiga puluh sentimeter dengan lubang di dasarnya supaya air siraman tidak menggenang di akar.</p>
            <p>Pupuk kandang yang sudah matang dicampur tanah dan sekam dengan perbandingan yang sama sebelum bibit dipindahkan ke pot.</p>
          </div>
        </article>
        </body></html>
        """;

    [Fact]
    public void HeadingTheThemeMarksAsThePostTitleIsMarked()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ThemedPost);
        var raw = new RawDocument("page.html", Array.Empty<byte>(), Url: "https://kebunkita.example/2025/05/cara-menanam-cabai-di-pot");
        var candidates = TitleCandidates.Build(HtmlMetadataReader.TitleCandidatesOf(document, raw, ContentHints.Default));
        Assert.Equal(1, Assert.Single(candidates, c => c.Text == "Cara Menanam Cabai di Pot agar Berbuah Lebat").Features["h1_marked_title"]);
        Assert.False(Assert.Single(candidates, c => c.Text == "Panduan Berkebun").Features.ContainsKey("h1_marked_title"));
        Assert.DoesNotContain(candidates, c => !c.Features.ContainsKey("from_h1") && c.Features.ContainsKey("h1_marked_title"));
    }

    [Fact]
    public void PostTitleHeadingWinsOverOtherWordingInTheMetaTitles()
    {
        var article = Article(Extract(ThemedPost, "https://kebunkita.example/2025/05/cara-menanam-cabai-di-pot"));
        Assert.Equal("Cara Menanam Cabai di Pot agar Berbuah Lebat", article.Title);
    }

    [Fact]
    public void CandidatesMarkALogoHeadingTextPrintedElsewhereAndTitleCase()
    {
        var candidates = TitleCandidates.Build(new TitleChooser.Candidates(
            ["Warta Desa", "how much should i pay for cleaning?"], "How Much Should I Pay For Cleaning?", null, null, null, [],
            HeadingLinksHome: [true, false], PrintedKey: TitleChooser.Key("Home > Blog > How Much Should I Pay For Cleaning? Share this")));
        Assert.Equal(1, Assert.Single(candidates, c => c.Text == "Warta Desa").Features["h1_links_home"]);
        var titleCase = Assert.Single(candidates, c => c.Text == "How Much Should I Pay For Cleaning?");
        Assert.Equal(1, titleCase.Features["more_capitals_than_same_words"]);
        Assert.Equal(1, titleCase.Features["printed_outside_h1"]);
        Assert.False(Assert.Single(candidates, c => c.Text == "how much should i pay for cleaning?").Features.ContainsKey("more_capitals_than_same_words"));
    }

    [Fact]
    public void TheCandidateTheAddressSpellsOutIsMarked()
    {
        var candidates = TitleCandidates.Build(new TitleChooser.Candidates(
            ["How Fast Does an Electric Skateboard Go? Top Speeds Revealed"], "How Fast Do Electric Skateboards Go? Top Speeds Revealed", null, null, null, [],
            Url: "https://www.skate.example/blog/how-fast-electric-skateboards-go/"));
        var spelt = Assert.Single(candidates, c => c.Text.StartsWith("How Fast Do ", StringComparison.Ordinal));
        var other = Assert.Single(candidates, c => c.Text.StartsWith("How Fast Does ", StringComparison.Ordinal));
        Assert.Equal(1, spelt.Features["best_slug_match"]);
        Assert.True(spelt.Features["slug_overlap"] > other.Features["slug_overlap"]);
        Assert.False(other.Features.ContainsKey("best_slug_match"));
    }

    [Fact]
    public void CandidatesCarryAgreementAndSiteNameFeatures()
    {
        var candidates = TitleCandidates.Build(new TitleChooser.Candidates(
            ["Menteri Tinjau Lokasi Longsor"], "Menteri Tinjau Lokasi Longsor", null, null,
            "Menteri Tinjau Lokasi Longsor | Suara Desa", ["Suara Desa"]));
        var headline = Assert.Single(candidates, c => c.Text == "Menteri Tinjau Lokasi Longsor");
        var suffixed = Assert.Single(candidates, c => c.Text == "Menteri Tinjau Lokasi Longsor | Suara Desa");
        Assert.True(headline.Features["sources_agreeing"] > suffixed.Features["sources_agreeing"]);
        Assert.Equal(1, suffixed.Features["contains_site_name"]);
        Assert.Equal(1, headline.Features["stripped_site_name"]);
        Assert.Equal(headline.Text, candidates[TitleModel.Default.Best(candidates)].Text);
    }
}

/// <summary>Which stated time the reader gets as published.</summary>
public class PublishedChoiceTests
{
    [Fact]
    public void PageStatingOnlyAModifiedTimeGetsItAsPublishedAndKeepsItAsModified()
    {
        var article = Article(Extract(Page(head: """
            <meta property="article:modified_time" content="2024-03-05T13:25:58+07:00">
            <meta property="og:title" content="Jalan Tol Baru Dibuka untuk Mudik">
            """)));
        Assert.Equal("2024-03-05T13:25:58+07:00", article.Published?.ToIso());
        Assert.Equal("2024-03-05T13:25:58+07:00", article.Modified?.ToIso());
        Assert.Contains(article.Warnings, w => w.Kind == ExtractionWarningKind.UpdateTimeAsPublished);
    }

    [Fact]
    public void UnknownSiteWithoutASiteNameIsNamedByItsDomain()
    {
        var article = Article(Extract(Page(head: "<title>Warga Gotong Royong Bersihkan Sungai</title>"), "https://www.beritadesa.example/warga/1"));
        Assert.Equal("beritadesa.example", article.Outlet);
        Assert.Equal("beritadesa.example", article.OutletDomain);
    }

    [Fact]
    public void AVisibleUpdateBesideAPublishTimeOnlyJsonLdStatesKeepsThatTimeAsFirstPublished()
    {
        var article = Article(Extract(Page(
            head: """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harga BBM Turun","datePublished":"2024-02-01T08:00:00+07:00","dateModified":"2024-02-03T10:00:00+07:00"}</script>
                """,
            articleTop: "<h1>Harga BBM Turun</h1><div class=\"date\">Diperbarui 3 Februari 2024, 10:00 WIB</div>")));
        // The reader's date is the update; the time the article first appeared is kept beside it.
        Assert.Equal("2024-02-03T10:00:00+07:00", article.Published?.ToIso());
        Assert.Equal("2024-02-01T08:00:00+07:00", article.FirstPublished?.ToIso());
        Assert.Equal("2024-02-01T08:00:00+07:00", article.FirstAppeared?.ToIso());
        Assert.Equal("2024-02-03T10:00:00+07:00", article.Modified?.ToIso());
    }
}
