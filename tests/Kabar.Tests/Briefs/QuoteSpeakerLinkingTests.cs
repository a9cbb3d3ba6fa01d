using Kabar.Annotation;
using Kabar.Briefs;
using Kabar.Model;
using Kabar.Stories;
using Kabar.Tests.Annotation;

namespace Kabar.Tests.Briefs;

/// <summary>
/// Articles are annotated one by one (as ingestion stores them); the brief reads a story's articles
/// together and runs the pipeline's batch step there, so the spelling most outlets use names the
/// speaker of every quote, through the quote's reference to the entity.
/// </summary>
public class QuoteSpeakerLinkingTests
{
    [Fact]
    public void The_brief_groups_a_quote_under_the_name_linking_gives_its_speaker()
    {
        var articles = new[]
        {
            EntityAnnotatorTests.ArticleOf("\"Kami tidak akan mundur dari perundingan ini,\" kata Sergey Lavrov kepada wartawan di Moskow.", "a.txt"),
            EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Sergei Lavrov bertemu Wendy Sherman.", "b.txt"),
            EntityAnnotatorTests.ArticleOf("Sergei Lavrov kembali ke Moskow pada Selasa.", "c.txt"),
        }.Select(a => DefaultAnnotation.Pipeline.Annotate(a, new DateOnly(2022, 1, 10))).ToList();
        Assert.Equal("Sergey Lavrov", articles[0].SpeakerOf(articles[0].Quotes[0])?.Canonical); // alone, its own spelling

        var brief = BriefBuilder.Build(new StoryCluster("s", ["e"]), [new EventCluster("e", "s", ["a.txt", "b.txt", "c.txt"])], articles);

        var group = Assert.Single(brief.Quotes, g => g.Quotes.Any(q => q.Text.StartsWith("Kami tidak akan mundur", StringComparison.Ordinal)));
        Assert.Equal("Sergei Lavrov", group.Speaker);
        Assert.DoesNotContain(brief.Quotes, g => g.Speaker == "Sergey Lavrov");
    }
}
