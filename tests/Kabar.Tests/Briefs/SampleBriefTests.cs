using System.Text.Json;
using Kabar.Briefs;
using Kabar.Serialization;
using Kabar.Tests.Support;

namespace Kabar.Tests.Briefs;

/// <summary>
/// The brief of the five sample pages, made the way `kabar brief samples` makes it: what it must
/// find (gold.json's recall checks, in ../shared/tools/check-samples) and, in <see cref="Never"/>,
/// a hand-checked list of what a fact-checker struck out of it and must never come back.
/// </summary>
public class SampleBriefTests
{
    private static readonly PipelineBriefs.Result Samples = PipelineBriefs.Samples;
    private static Brief Brief => Assert.Single(Samples.Briefs);

    private static string File(string source) => Path.GetFileName(source);

    [Fact]
    public void The_disagreements_are_exactly_the_three_real_ones_with_kind_and_strength()
    {
        var found = Brief.Disagreements.Select(d => (d.Kind, d.Strength)).Order().ToList();
        Assert.Equal([("date", "conflict"), ("figure", "soft"), ("role", "conflict")], found);

        var date = Assert.Single(Brief.Disagreements, d => d.Kind == DisagreementKinds.Date);
        Assert.Equal(["2022-01-11", "2022-01-12"], date.Claims.Select(c => c.Value));
        var role = Assert.Single(Brief.Disagreements, d => d.Kind == DisagreementKinds.Role);
        Assert.Equal("Sergei Lavrov", role.About);
        Assert.Contains(role.Claims, c => c.Value.Contains("juru bicara", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(role.Claims, c => c.Value == "Menteri Luar Negeri Rusia");
        var figure = Assert.Single(Brief.Disagreements, d => d.Kind == DisagreementKinds.Figure);
        Assert.Contains(figure.Claims, c => c.Value.Contains("100.000"));
        Assert.Contains(figure.Claims, c => c.Value.Contains("ratusan ribu"));
    }

    [Fact]
    public void The_brief_names_every_article_it_cites_with_its_store_id_title_and_outlet()
    {
        Assert.Equal(5, Brief.Articles.Count);
        Assert.All(Brief.Articles, a =>
        {
            Assert.NotNull(a.Id);
            Assert.Equal(Samples.Articles[a.Source].Article.Title, a.Title);
            Assert.False(string.IsNullOrWhiteSpace(a.Outlet));
        });
        Assert.Equal(5, Brief.Articles.Select(a => a.Id).Distinct().Count());
        var listed = Brief.Articles.Select(a => a.Source).ToHashSet();
        var cited = Brief.People.Concat(Brief.Organisations).SelectMany(e => e.Citations)
            .Concat(Brief.Quotes.SelectMany(g => g.Quotes).SelectMany(q => q.Citations))
            .Concat(Brief.Disagreements.SelectMany(d => d.Claims).SelectMany(c => c.Citations)).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.Contains(c.Article, listed));
    }

    [Fact]
    public void Every_citation_carries_the_sentence_around_the_cited_words()
    {
        var cited = Brief.People.SelectMany(e => e.Citations).Concat(Brief.Quotes.SelectMany(g => g.Quotes).SelectMany(q => q.Citations)).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, c =>
        {
            var words = Samples.Articles[c.Article].Body[c.Start..c.End].Replace("\n\n", " ").Trim();
            Assert.False(string.IsNullOrWhiteSpace(c.Excerpt));
            // The excerpt holds the cited words (unless they run past its length) and more around them.
            if (words.Length < 200) Assert.Contains(words.Split('\n')[0], c.Excerpt!);
            Assert.DoesNotContain('\n', c.Excerpt!);
        });
        Assert.Contains(cited, c => c.Excerpt!.Length > c.End - c.Start + 20);
    }

    /// <summary>Items of the sample brief a careful reader struck out (issue 15), each with why.</summary>
    public static TheoryData<string, string> Never => new()
    {
        { "role disagreement about Antony Blinken", "'Menteri Luar Negeri AS' and '... Amerika' are one office" },
        { "role disagreement about Joe Biden", "'Presiden Amerika Serikat' and 'Presiden AS' are one office" },
        { "timeline entry 'Kamis, 23 Desember 2021.'", "Medcom.id's own publish line" },
        { "timeline entry 'Selasa, (28/12/2021).'", "Kompas TV's own publish line" },
        { "timeline entry opening with a quote mark", "a fragment starting inside a quote" },
        { "speaker 'Mereka'", "a pronoun names no one" },
        { "organisation or speaker 'Kementerian'", "a bare common noun" },
        { "organisation 'Organisasi untuk Keamanan dan Kerjasama'", "a cut-off copy of OSCE's long name" },
    };

    [Theory]
    [MemberData(nameof(Never))]
    public void A_struck_out_item_never_comes_back(string item, string why)
    {
        var b = Brief;
        var present = item switch
        {
            "role disagreement about Antony Blinken" => b.Disagreements.Any(d => d.Kind == DisagreementKinds.Role && d.About.Contains("Blinken")),
            "role disagreement about Joe Biden" => b.Disagreements.Any(d => d.Kind == DisagreementKinds.Role && d.About.Contains("Biden")),
            "timeline entry 'Kamis, 23 Desember 2021.'" => b.Timeline.Any(t => t.What.Trim().TrimEnd('.') == "Kamis, 23 Desember 2021"),
            "timeline entry 'Selasa, (28/12/2021).'" => b.Timeline.Any(t => t.What.Trim().TrimEnd('.') == "Selasa, (28/12/2021)"),
            "timeline entry opening with a quote mark" => b.Timeline.Any(t => t.What.TrimStart().StartsWith('"') || t.What.TrimStart().StartsWith('“')),
            "speaker 'Mereka'" => b.Quotes.Any(g => g.Speaker.Equals("Mereka", StringComparison.OrdinalIgnoreCase)),
            "organisation or speaker 'Kementerian'" => b.Organisations.Any(o => o.Name == "Kementerian") || b.Quotes.Any(g => g.Speaker == "Kementerian"),
            "organisation 'Organisasi untuk Keamanan dan Kerjasama'" => b.Organisations.Any(o => o.Name == "Organisasi untuk Keamanan dan Kerjasama"),
            _ => throw new ArgumentException("no check for " + item),
        };
        Assert.False(present, $"{item} is back in the sample brief ({why})");
    }

    [Fact]
    public void What_the_struck_out_items_became_is_still_there()
    {
        // The items above are fixed, not lost: OSCE keeps its long name as an alias (no longer cut
        // off before 'di Eropa'), the ministry keeps its quote, the publish days are still cited by
        // their real happenings.
        Assert.Contains("Organisasi untuk Keamanan dan Kerjasama di Eropa", Assert.Single(Brief.Organisations, o => o.Name == "OSCE").Aliases);
        Assert.Contains(Brief.Quotes, g => g.Speaker == "Kementerian Luar Negeri Rusia");
        Assert.Contains(Brief.Timeline, t => t.Date == "2021-12-27" && !t.Background);
    }

    [Fact]
    public void Every_citation_is_a_span_of_its_article_body()
    {
        var b = Brief;
        var citations = b.Summary.Select(s => (s.Article, s.Start, s.End))
            .Concat(b.Timeline.SelectMany(t => t.Citations.Select(c => (c.Article, c.Start, c.End))))
            .Concat(b.People.Concat(b.Organisations).SelectMany(e => e.Citations.Concat(e.Roles.SelectMany(r => r.Citations))).Select(c => (c.Article, c.Start, c.End)))
            .Concat(b.Quotes.SelectMany(g => g.Quotes.SelectMany(q => q.Citations)).Select(c => (c.Article, c.Start, c.End)))
            .Concat(b.Disagreements.SelectMany(d => d.Claims.SelectMany(c => c.Citations)).Select(c => (c.Article, c.Start, c.End)))
            .ToList();
        Assert.True(citations.Count > 50, $"only {citations.Count} citations");
        foreach (var (article, start, end) in citations)
        {
            Assert.True(Samples.Articles.ContainsKey(article), article);
            Assert.InRange(end, start, Samples.Articles[article].Body.Length);
        }
        foreach (var s in b.Summary) Assert.Equal(Samples.Articles[s.Article].Body[s.Start..s.End], s.Text);
    }

    [Fact]
    public void Timeline_merges_a_date_across_outlets_and_puts_background_after_the_story_own_days()
    {
        var tenth = Assert.Single(Brief.Timeline, t => t.Date == "2022-01-10");
        Assert.Equal("day", tenth.Precision);
        Assert.True(tenth.Citations.Select(c => c.Article).Distinct().Count() >= 3);
        var days = Brief.Timeline.TakeWhile(t => !t.Background).ToList();
        Assert.True(days.Count >= 5);
        Assert.All(days, t => Assert.Equal("day", t.Precision));
        Assert.All(Brief.Timeline.Skip(days.Count), t => Assert.True(t.Background && t.Precision != "day", t.Date));
        Assert.Equal(days.Select(t => t.Date).Order(StringComparer.Ordinal), days.Select(t => t.Date));
        Assert.Contains("Satu hari setelahnya", Assert.Single(Brief.Timeline, t => t.Date == "2022-01-11").What);
    }

    [Fact]
    public void A_quote_two_outlets_carry_is_shown_once_with_both()
    {
        var quote = Assert.Single(Brief.Quotes.SelectMany(g => g.Quotes), q => q.Text.StartsWith("Akan ada area"));
        Assert.Equal(["Kompas TV", "Kontan"], quote.Outlets.Order());
        Assert.Contains(Brief.SharedPassages, p => p.Articles.Select(File).Order().SequenceEqual(["000_398cd5be2b1211ef.txt", "002_033e7a7d67a195c4.txt"]));
    }

    [Fact]
    public void Json_carries_kind_and_strength_of_each_disagreement()
    {
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(new { stories = Samples.Briefs }, KabarJson.Options));
        var story = doc.RootElement.GetProperty("stories")[0];
        foreach (var key in new[] { "id", "title", "events", "summary", "timeline", "people", "organisations", "quotes", "coverage", "disagreements", "shared_passages" })
            Assert.True(story.TryGetProperty(key, out _), key);
        foreach (var d in story.GetProperty("disagreements").EnumerateArray())
        {
            Assert.Contains(d.GetProperty("kind").GetString(), new[] { "date", "role", "figure", "place" });
            Assert.Contains(d.GetProperty("strength").GetString(), new[] { "conflict", "soft" });
        }
        Assert.True(story.GetProperty("timeline")[0].TryGetProperty("background", out _));
    }

    [Fact]
    public void Markdown_escapes_page_text()
    {
        var result = PipelineBriefs.OfPages(("x.txt",
            "<b>Judul</b> [x](y)\n\nJAKARTA - Warga <script>alert(1)</script> menulis **tebal** dan [tautan](http://contoh) di kolom komentar berita hari ini. " +
            "Warga lain membalas komentar itu dengan tulisan panjang tentang banjir yang melanda kota mereka pekan ini."));
        var brief = Assert.Single(result.Briefs);
        var md = BriefMarkdown.Write(result.Briefs);
        Assert.Contains("&lt;script", md);
        Assert.Contains(@"\*\*tebal\*\*", md);
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<b>", md);
        Assert.DoesNotContain("[x](y)", md);
        Assert.NotEmpty(brief.Summary);
    }
}
