using Kabar.Briefs;
using Kabar.Model;
using Kabar.Tests.Stories;

namespace Kabar.Tests.Briefs;

/// <summary>Names a brief may show and dated clauses it may list, on text in the shape outlets print.</summary>
public class NamesAndHappeningsTests
{
    private static StoryArticle Article(ArticleBuilder b) => new(b.Build());

    [Fact]
    public void A_pronoun_names_no_one_and_a_bare_noun_becomes_the_one_body_of_its_kind()
    {
        var a = Article(new ArticleBuilder("a.txt", "Kementerian Luar Negeri Indonesia menyatakan sikapnya. Kementerian juga meminta warga tenang, kata mereka.")
            .Entity("Kementerian Luar Negeri Indonesia", "ORG").Entity("Kementerian", "ORG"));
        var names = new StoryNames([a]);
        Assert.Null(names.Resolve(a, "Mereka"));
        Assert.Null(names.Resolve(a, "dia"));
        Assert.Equal("Kementerian Luar Negeri Indonesia", names.Resolve(a, "Kementerian"));
        Assert.Equal("Kementerian Luar Negeri Indonesia", names.Resolve(a, "Kementerian Luar Negeri Indonesia"));
    }

    [Fact]
    public void A_bare_noun_with_two_bodies_of_its_kind_is_left_out()
    {
        var a = Article(new ArticleBuilder("a.txt", "Kementerian Kesehatan dan Kementerian Sosial bertemu. Kementerian menyebut rapat berjalan baik.")
            .Entity("Kementerian Kesehatan", "ORG").Entity("Kementerian Sosial", "ORG"));
        Assert.Null(new StoryNames([a]).Resolve(a, "Kementerian"));
    }

    [Fact]
    public void A_cut_off_long_name_merges_into_the_entity_it_begins()
    {
        var a = Article(new ArticleBuilder("a.txt", "Badan Kesehatan Dunia (WHO) mengumumkan status darurat. Pejabat Badan Kesehatan memberi keterangan.")
            .Entity("Badan Kesehatan Dunia", "ORG", "WHO").Entity("Badan Kesehatan", "ORG"));
        Assert.Equal("WHO", new StoryNames([a]).Resolve(a, "Badan Kesehatan"));
    }

    [Theory]
    [InlineData("Jakarta, Kamis, 5 Januari 2023.", "Kamis, 5 Januari 2023", false)]
    [InlineData("Selasa, (3/1/2023).", "Selasa, (3/1/2023)", false)]
    [InlineData("Foto: Antara, 3 Januari 2023.", "3 Januari 2023", false)]
    [InlineData("Gempa mengguncang Cianjur pada 3 Januari 2023 dan merusak ratusan rumah.", "3 Januari 2023", true)]
    public void Only_a_clause_that_tells_a_happening_is_a_timeline_entry(string body, string date, bool happening)
    {
        var a = Article(new ArticleBuilder("a.txt", body).Date(date, "2023-01-03"));
        var time = a.Annotated.Times[0].Span;
        Assert.Equal(happening, Happening.IsHappening(a, time, a.ClauseAround(time)));
    }

    [Fact]
    public void A_date_inside_a_quote_takes_the_quoted_words_whole()
    {
        const string quote = "Kami akan bertemu lagi pada 20 Januari, setelah semua pihak siap";
        var builder = new ArticleBuilder("a.txt", $"Menteri itu berkata, \"{quote}.\" Ia lalu pergi.").Date("20 Januari", "2023-01-20");
        builder.Quote(quote, "Menteri");
        var a = Article(builder);
        var clause = a.ClauseAround(a.Annotated.Times[0].Span);
        Assert.Equal(quote, a.Annotated.Text(clause));
    }
}
