using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Tests.Annotation;

public class EntityAnnotatorTests
{
    internal static Article ArticleOf(string body, string source = "fixture.txt") => new()
    {
        Source = source,
        Title = "fixture",
        Language = "id",
        Body = body,
    };

    private static AnnotatedArticle Annotate(string body) => DefaultAnnotation.Pipeline.Annotate(ArticleOf(body), new DateOnly(2022, 1, 10));

    private static EntityMention Mention(AnnotatedArticle a, string text) =>
        a.Entities.FirstOrDefault(e => e.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{text}'; found: {string.Join(", ", a.Entities.Select(e => $"{e.Text}/{e.Type}"))}");

    [Fact]
    public void Person_gets_the_role_printed_before_the_name()
    {
        var a = Annotate("Menteri Luar Negeri Rusia Sergei Lavrov bertemu dengan Presiden Prancis Emmanuel Macron di Paris pada Senin.");
        var lavrov = Mention(a, "Sergei Lavrov");
        Assert.Equal("PER", lavrov.Type);
        Assert.Equal("Sergei Lavrov", lavrov.Canonical);
        Assert.Equal("Menteri Luar Negeri Rusia", lavrov.Role);
        Assert.Equal("Menteri Luar Negeri Rusia", a.Text(lavrov.RoleSpan!.Value));
        Assert.Equal("Presiden Prancis", Mention(a, "Emmanuel Macron").Role);
    }

    [Fact]
    public void Role_after_a_comma_and_body_with_a_country_short_name()
    {
        var a = Annotate("Ned Price, juru bicara Departemen Luar Negeri AS, mengatakan pembicaraan akan berlanjut.");
        var price = Mention(a, "Ned Price");
        Assert.Equal("juru bicara Departemen Luar Negeri AS", price.Role);
        Assert.Contains(a.Entities, e => e.Canonical == "Departemen Luar Negeri Amerika Serikat" && e.Type == "ORG");
    }

    [Fact]
    public void Countries_get_one_canonical_name_across_languages_and_epithets()
    {
        var a = Annotate("Amerika Serikat (AS) dan Rusia akan bertemu. Negeri Beruang Merah menuntut jaminan keamanan dari AS. United States menolak.");
        Assert.All(a.Entities.Where(e => e.Text is "Amerika Serikat" or "AS" or "United States"), e => Assert.Equal("Amerika Serikat", e.Canonical));
        var epithet = Mention(a, "Negeri Beruang Merah");
        Assert.Equal("Rusia", epithet.Canonical);
        Assert.Equal("LOC", epithet.Type);
    }

    [Fact]
    public void Acronym_after_its_expansion_shares_its_canonical_name()
    {
        var a = Annotate("Utusan Rusia akan bertemu dengan Organisasi untuk Keamanan dan Kerjasama di Eropa (OSCE) pada 13 Januari. Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.");
        Assert.Equal("OSCE", Mention(a, "Organisasi untuk Keamanan dan Kerjasama di Eropa").Canonical);
        Assert.Equal("OSCE", Mention(a, "OSCE").Canonical);
        Assert.Equal(Mention(a, "KPK").Canonical, Mention(a, "Komisi Pemberantasan Korupsi").Canonical);
    }

    [Fact]
    public void Surname_alone_is_the_full_name_seen_before()
    {
        var a = Annotate("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Lavrov mengatakan Rusia ingin jaminan. \"Kami ingin melakukannya pada Januari,\" lanjut Lavrov.");
        var surnames = a.Entities.Where(e => e.Text == "Lavrov").ToList();
        Assert.Equal(2, surnames.Count);
        Assert.All(surnames, e => Assert.Equal("Sergei Lavrov", e.Canonical));
    }

    [Fact]
    public void A_ministry_named_with_its_country_is_that_country_s()
    {
        var a = Annotate("Kementerian Luar Negeri Ukraina membantah laporan itu. Kementerian Luar Negeri AS tidak berkomentar.");
        Assert.DoesNotContain(a.Entities, e => e.Canonical == "Kementerian Luar Negeri Indonesia");
        Assert.Contains(a.Entities, e => e.Canonical == "Departemen Luar Negeri Amerika Serikat");
    }

    [Fact]
    public void Hyphenated_country_pair_gives_two_places()
    {
        var a = Annotate("Ketegangan AS-Rusia meningkat.");
        Assert.Equal("Amerika Serikat", Mention(a, "AS").Canonical);
        Assert.Equal("Rusia", Mention(a, "Rusia").Canonical);
    }

    [Fact]
    public void Spans_point_into_the_body()
    {
        var a = Annotate("Presiden Joko Widodo meninjau banjir di Jakarta dan Bandung, Jawa Barat.");
        Assert.NotEmpty(a.Entities);
        Assert.All(a.Entities, e => Assert.Equal(e.Text, a.Text(e.Span)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tanpa huruf kapital sama sekali dan tanpa titik")]
    [InlineData("🙂🙂 Москва и Вашингтон 😀 北京 \"tanda kutip tidak seimbang")]
    public void Odd_text_gives_a_result(string body)
    {
        var a = Annotate(body);
        Assert.All(a.Entities, e => Assert.Equal(e.Text, a.Text(e.Span)));
    }

    [Fact]
    public void One_very_long_sentence_is_annotated()
    {
        var body = string.Concat(Enumerable.Repeat("Presiden Joe Biden berbicara dengan Vladimir Putin tentang Ukraina dan ", 3000)) + "NATO.";
        Assert.True(body.Length > 200_000);
        var a = Annotate(body);
        Assert.Contains(a.Entities, e => e.Canonical == "Joe Biden");
    }
}
