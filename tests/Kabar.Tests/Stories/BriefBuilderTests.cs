using System.Text.Json;
using Kabar.Briefs;
using Kabar.Model;
using Kabar.Serialization;

namespace Kabar.Tests.Stories;

public class BriefBuilderTests
{
    private static readonly List<AnnotatedArticle> Articles = StoryFixtures.Talks();
    private static readonly Brief Brief = Assert.Single(StoryBriefs.FromArticles(Articles));

    private static IEnumerable<(string Article, int Start, int End)> AllCitations(Brief b) =>
        b.Summary.Select(s => (s.Article, s.Start, s.End))
            .Concat(b.Timeline.SelectMany(t => t.Citations.Select(c => (c.Article, c.Start, c.End))))
            .Concat(b.People.Concat(b.Organisations).SelectMany(e => e.Citations.Concat(e.Roles.SelectMany(r => r.Citations))).Select(c => (c.Article, c.Start, c.End)))
            .Concat(b.Quotes.SelectMany(g => g.Quotes.SelectMany(q => q.Citations)).Select(c => (c.Article, c.Start, c.End)))
            .Concat(b.Disagreements.SelectMany(d => d.Claims.SelectMany(c => c.Citations)).Select(c => (c.Article, c.Start, c.End)))
            .Concat(b.SharedPassages.SelectMany(p => p.Citations).Select(c => (c.Article, c.Start, c.End)));

    [Fact]
    public void Every_citation_is_a_span_of_its_article_body()
    {
        var bodies = Articles.ToDictionary(a => a.Source, a => a.Body);
        var citations = AllCitations(Brief).ToList();
        Assert.NotEmpty(citations);
        foreach (var (article, start, end) in citations)
        {
            Assert.True(bodies.ContainsKey(article), article);
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, bodies[article].Length);
        }
        foreach (var s in Brief.Summary) Assert.Equal(bodies[s.Article][s.Start..s.End], s.Text);
    }

    [Fact]
    public void Same_meeting_on_different_days_is_a_disagreement_but_a_sequence_in_one_article_is_not()
    {
        var dates = Assert.Single(Brief.Disagreements, d => d.About.StartsWith("date of"));
        Assert.Equal(["2022-01-11", "2022-01-12"], dates.Claims.Select(c => c.Value));
        Assert.Equal("a.txt", Assert.Single(dates.Claims[0].Citations).Article);
        Assert.Equal("c.txt", Assert.Single(dates.Claims[1].Citations).Article);
    }

    [Fact]
    public void Different_roles_for_one_person_and_different_figures_for_one_quantity_are_disagreements()
    {
        var role = Assert.Single(Brief.Disagreements, d => d.About.Contains("Sergei Lavrov"));
        Assert.Contains(role.Claims, c => c.Value == "Juru bicara Kementerian Luar Negeri Rusia");
        Assert.Contains(role.Claims, c => c.Value == "Menteri Luar Negeri Rusia" && c.Citations.Select(x => x.Article).Order().SequenceEqual(["b.txt", "e.txt"]));

        var figures = Assert.Single(Brief.Disagreements, d => d.About.StartsWith("figure"));
        Assert.Equal(["ratusan ribu pasukan", "lebih dari 100.000 tentara"], figures.Claims.Select(c => c.Value));
    }

    [Fact]
    public void Timeline_merges_a_date_across_outlets()
    {
        var tenth = Assert.Single(Brief.Timeline, t => t.Date == "2022-01-10");
        Assert.Equal("day", tenth.Precision);
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt"], tenth.Citations.Select(c => c.Article).Distinct().Order());
        Assert.Equal(Brief.Timeline.Select(t => t.Date).Order(StringComparer.Ordinal), Brief.Timeline.Select(t => t.Date));
        Assert.Contains("Satu hari setelahnya", Brief.Timeline.Single(t => t.Date == "2022-01-11").What);
    }

    [Fact]
    public void A_quote_several_outlets_carry_is_shown_once_with_all_of_them()
    {
        var group = Assert.Single(Brief.Quotes);
        var quote = Assert.Single(group.Quotes);
        Assert.Equal(["Harian Satu", "Kabar Tiga"], quote.Outlets.Order());
        Assert.Contains(Brief.SharedPassages, p => p.Articles.SequenceEqual(["a.txt", "c.txt"]) && p.Text.StartsWith("Akan ada area"));
    }

    [Fact]
    public void Coverage_names_the_outlet_that_reported_first_and_the_summary_speaks_for_several()
    {
        Assert.Equal("Warta Dua", Assert.Single(Brief.Coverage, c => c.ReportedFirst).Outlet);
        Assert.True(Brief.Summary.Select(s => s.Article).Distinct().Count() >= 3);
        var lavrov = Assert.Single(Brief.People, p => p.Name == "Sergei Lavrov");
        Assert.Contains("Sergey Lavrov", lavrov.Aliases);
    }

    [Fact]
    public void Json_uses_the_documented_snake_case_shape()
    {
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(new { stories = new[] { Brief } }, KabarJson.Options));
        var story = doc.RootElement.GetProperty("stories")[0];
        foreach (var key in new[] { "id", "title", "events", "summary", "timeline", "people", "organisations", "quotes", "coverage", "disagreements", "shared_passages" })
            Assert.True(story.TryGetProperty(key, out _), key);
        Assert.True(story.GetProperty("events")[0].TryGetProperty("articles", out _));
        Assert.True(story.GetProperty("disagreements")[0].GetProperty("claims")[0].TryGetProperty("citations", out _));
    }

    [Fact]
    public void Markdown_escapes_page_text()
    {
        var hostile = new ArticleBuilder("x.txt", "Warga <script>alert(1)</script> menulis **tebal** dan [tautan](http://contoh) di kolom komentar berita hari ini.")
            .Title("<b>Judul</b> [x](y)").Build();
        var md = BriefMarkdown.Write(StoryBriefs.FromArticles([hostile]));
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<b>", md);
        Assert.DoesNotContain("[x](y)", md);
    }
}
