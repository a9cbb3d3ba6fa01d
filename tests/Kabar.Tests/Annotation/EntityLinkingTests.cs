using Kabar.Annotation;
using Kabar.Annotation.Entities;
using Kabar.Language;
using Kabar.Model;
using Kabar.Serialization;

namespace Kabar.Tests.Annotation;

public class EntityLinkingTests
{
    private static IReadOnlyList<AnnotatedArticle> Each(IEnumerable<Article> articles) =>
        articles.Select(a => DefaultAnnotation.Pipeline.Annotate(a)).ToList();

    [Fact]
    public void Spelling_variants_across_a_batch_become_one_entity_named_as_most_outlets_spell_it()
    {
        var articles = new[]
        {
            EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow.", "a.txt"),
            EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Sergei Lavrov bertemu Wendy Sherman.", "b.txt"),
            EntityAnnotatorTests.ArticleOf("Menurut Putin, Rusia siap berbicara, kata penasihat presiden Yuri Ushakov.", "c.txt"),
            EntityAnnotatorTests.ArticleOf("Presiden Rusia Vladimir Putin dan penasihatnya Yury Ushakov.", "d.txt"),
        };
        var each = Each(articles);
        Assert.Contains(each[0].Entities, e => e.Canonical == "Sergey Lavrov");

        var linked = DefaultAnnotation.Pipeline.AnnotateBatch(each);

        Assert.Contains(linked[0].Entities, e => e.Text == "Sergey Lavrov" && e.Canonical == "Sergei Lavrov");
        Assert.Contains(each[0].Entities, e => e.Canonical == "Sergey Lavrov"); // records are not changed in place
        var ushakov = linked.SelectMany(a => a.Entities).Where(e => e.Text.EndsWith("Ushakov")).Select(e => e.Canonical).Distinct().ToList();
        Assert.Single(ushakov);
        Assert.Contains(linked[2].Entities, e => e.Text == "Putin" && e.Canonical == "Vladimir Putin");
    }

    [Fact]
    public void Different_people_with_one_surname_stay_apart()
    {
        var articles = new[]
        {
            EntityAnnotatorTests.ArticleOf("Presiden Joe Biden berbicara di Washington.", "a.txt"),
            EntityAnnotatorTests.ArticleOf("Putra presiden, Hunter Biden, diperiksa jaksa di Delaware.", "b.txt"),
        };
        var linked = DefaultAnnotation.Pipeline.AnnotateBatch(Each(articles));
        var names = linked.SelectMany(a => a.Entities).Where(e => e.Type == "PER").Select(e => e.Canonical).ToHashSet();
        Assert.Contains("Joe Biden", names);
        Assert.Contains("Hunter Biden", names);
    }

    [Fact]
    public void A_rename_in_linking_reaches_the_quote_speaker_through_its_reference()
    {
        var articles = new[]
        {
            EntityAnnotatorTests.ArticleOf("\"Kami tidak akan mundur dari perundingan ini,\" kata Sergey Lavrov kepada wartawan di Moskow.", "a.txt"),
            EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Sergei Lavrov bertemu Wendy Sherman.", "b.txt"),
            EntityAnnotatorTests.ArticleOf("Sergei Lavrov kembali ke Moskow pada Selasa.", "c.txt"),
        };
        var each = Each(articles);
        var quote = Assert.Single(each[0].Quotes);
        Assert.Equal("Sergey Lavrov", each[0].SpeakerOf(quote)?.Canonical);
        Assert.NotNull(quote.SpeakerEntity); // a reference to the mention, not a copy of its name

        var linked = DefaultAnnotation.Pipeline.AnnotateBatch(each)[0];

        Assert.Same(quote, Assert.Single(linked.Quotes)); // linking leaves the quote layer as it was
        var speaker = linked.SpeakerOf(quote);
        Assert.Equal("Sergei Lavrov", speaker?.Canonical);
        Assert.Equal("Sergey Lavrov", speaker?.Text); // the words of the body stay as the outlet spelt them
        var json = ArticleJson.FromAnnotated(linked)["quotes"]![0]!;
        Assert.Equal("Sergei Lavrov", (string?)json["speaker_canonical"]);
        Assert.Equal("Sergey Lavrov", (string?)json["speaker"]);
        Assert.Equal("Sergey Lavrov", linked.Body[(int)json["speaker_start"]!..(int)json["speaker_end"]!]);
    }

    [Fact]
    public void Linking_is_a_declared_batch_step_of_the_default_pipeline_and_not_run_per_article()
    {
        var linker = new BatchEntityLinker();
        Assert.Equal(AnnotationLayers.Entities, linker.Requires);
        Assert.Equal(AnnotationLayers.LinkedEntities, linker.Produces);
        Assert.Equal("entity-linking", DefaultAnnotation.Pipeline.Names[^1]);

        // One article alone keeps its own spelling: what ingestion stores does not depend on its chunk.
        var alone = DefaultAnnotation.Pipeline.Annotate(EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jenewa.", "a.txt"));
        Assert.Contains(alone.Entities, e => e.Canonical == "Sergey Lavrov");
    }

    [Fact]
    public void A_batch_step_before_the_layers_it_requires_is_refused_when_the_pipeline_is_built()
    {
        var builder = new AnnotationPipelineBuilder().Add(new TokenAnnotator()).Add(new BatchEntityLinker());
        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("entity-linking", error.Message);
        Assert.Contains("Entities", error.Message);
    }
}
