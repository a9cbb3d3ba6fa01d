using Kabar.Model;
using Kabar.Web.Html;
using Kabar.Web.Localization;
using Kabar.Web.Pages;

namespace Kabar.Web.Tests;

/// <summary>The article page names a quote's speaker through the quote's reference to the entity mention.</summary>
public class AnnotatedBodyWriterTests
{
    private const string Body = "\"Kami siap berunding,\" kata Lavrov. \"Tim sudah berangkat,\" kata juru bicara itu.";

    private static AnnotatedArticle Article(string canonical)
    {
        var lavrov = Body.IndexOf("Lavrov", StringComparison.Ordinal);
        var spokesman = Body.IndexOf("juru bicara", StringComparison.Ordinal);
        return new AnnotatedArticle(
            new Article { Source = "a.txt", Title = "Judul", Language = "id", Body = Body },
            [new Sentence(new TextSpan(0, Body.Length))], [],
            [new EntityMention(new TextSpan(lavrov, lavrov + 6), "Lavrov", EntityTypes.Person, canonical)],
            [new Quote(Find("Kami siap berunding"), "Kami siap berunding", true, 0, null, null, "kata"),
             new Quote(Find("Tim sudah berangkat"), "Tim sudah berangkat", true, null, new TextSpan(spokesman, spokesman + 11), null, "kata")],
            [], []);
    }

    private static TextSpan Find(string text)
    {
        var at = Body.IndexOf(text, StringComparison.Ordinal);
        return new TextSpan(at, at + text.Length);
    }

    private static string Page(AnnotatedArticle article)
    {
        var h = new HtmlWriter();
        AnnotatedBodyWriter.Write(h, article, null, UiLanguage.English);
        return h.ToString();
    }

    [Fact]
    public void A_quote_shows_the_name_its_entity_carries_now()
    {
        var article = Article("Sergey Lavrov");
        var renamed = article with { Entities = [article.Entities[0] with { Canonical = "Sergei Lavrov" }] };

        Assert.Contains("Quote: Sergey Lavrov", Page(article));
        Assert.Contains("Quote: Sergei Lavrov", Page(renamed));
        Assert.DoesNotContain("Sergey", Page(renamed));
    }

    [Fact]
    public void A_speaker_who_is_no_entity_is_shown_by_the_words_that_name_them() =>
        Assert.Contains("Quote: juru bicara", Page(Article("Sergey Lavrov")));
}
